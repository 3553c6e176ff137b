package org.taperwise.taper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.taper.TaperFixtures.START;
import static org.taperwise.taper.TaperFixtures.fentanyl;
import static org.taperwise.taper.TaperFixtures.oxycodone;
import static org.taperwise.taper.TaperFixtures.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.model.TaperBasis;
import org.taperwise.model.TaperStep;

/**
 * Golden plans under the profile's pacing (the built-in profiles' values: at most 25% of the current dose per policy
 * interval, a review at least every 28 days): the research note's worked examples E1 and E9 with their late steps
 * slowed, review dates within long steps, and a patch's last strength held before it is stopped.
 */
class TaperPacingTest {
    private static final Pacing UK = new Pacing(25, 28);

    private static List<TaperStep> plan(Drug d, int intervalDays, List<String> notes) {
        return TaperSchedule.steps(List.of(d), policy(10, TaperBasis.ORIGINAL, intervalDays), UK, START, notes);
    }

    private static List<Double> totals(List<TaperStep> steps) {
        return steps.stream().map(TaperStep::totalDailyMme).toList();
    }

    private static List<Long> days(List<TaperStep> steps) {
        return steps.stream().map(s -> ChronoUnit.DAYS.between(s.start(), s.end()) + 1).toList();
    }

    /** The plan's start, every review date within a step, and the review due by the end of each step but the last. */
    private static List<LocalDate> reviewPoints(List<TaperStep> steps) {
        List<LocalDate> out = new ArrayList<>(List.of(steps.get(0).start()));
        for (int i = 0; i + 1 < steps.size(); i++) {
            out.addAll(steps.get(i).reviewDates());
            out.add(steps.get(i).end());
        }
        return out;
    }

    /**
     * E1 (oxycodone MR 40 mg twice a day, 10% of the original a month) under the pacing: the first seven steps are
     * E1's; from 45 mg MME a tenth of the original is more than a quarter of what is left, so the steps shrink to 25%
     * (45 -> 37.5 -> 30 -> 22.5) and where 5 mg tablets allow no smaller step the hold before it grows (33% after 42
     * days, 50% after 56); the final stop from 5 mg once a day is the exempt step.
     */
    @Test
    void e1_lateSteps_areAtMostAQuarterOfTheCurrentDose_orWaitLonger() throws Exception {
        List<String> notes = new ArrayList<>();
        List<TaperStep> steps = plan(oxycodone(40, 1, 2), 28, notes);
        assertEquals(List.of(120.0, 105.0, 97.5, 82.5, 75.0, 60.0, 45.0, 37.5, 30.0, 22.5, 15.0, 7.5, 0.0),
                totals(steps));
        assertEquals(List.of(28L, 28L, 28L, 28L, 28L, 28L, 28L, 28L, 28L, 42L, 56L, 28L, 28L), days(steps));
        for (int i = 1; i + 1 < steps.size(); i++) {
            double share = steps.get(i).reductionMme() / steps.get(i - 1).totalDailyMme();
            double intervals = days(steps).get(i - 1) / 28.0;
            assertTrue(share <= 0.25 * Math.max(1, intervals) + 1e-9, "step " + i + " cuts " + share);
        }
        assertEquals("5 mg at night", steps.get(11).doses().get(0).regimen());
        assertEquals(List.of(LocalDate.of(2027, 7, 31)), steps.get(9).reviewDates(), "42 days: one review within");
        assertTrue(notes.contains("oxycodone mr-tablet: no step removes more than 25% of the current daily dose in 28"
                + " days; where the listed products allow no smaller step, the dose before it is held longer (up to 56"
                + " days), as the pace slows near the end of a taper (CDC 2022: the taper may need to slow at low"
                + " doses)."), notes::toString);
    }

    /**
     * E9 (fentanyl 50 microgram/hour, 10% of the original a month): one patch strength a step, each after 72 days
     * (the policy's rate); the last patch is a 100% cut, so at 25% per 28 days it is worn 112 days, 114 on whole
     * 3-day changes, then stopped, and the plan says so.
     */
    @Test
    void e9_theLastPatch_isHeldBeforeItIsStopped_andThePlanSaysSo() throws Exception {
        List<String> notes = new ArrayList<>();
        List<TaperStep> steps = plan(fentanyl(50, 1), 28, notes);
        assertEquals(List.of(120.0, 90.0, 60.0, 30.0, 0.0), totals(steps));
        assertEquals(List.of(72L, 72L, 72L, 114L, 30L), days(steps));
        assertTrue(notes.contains("fentanyl patch: the last patch (12 microgram/hour) is worn for 114 days, then removed"
                + " and not replaced. The listed patches allow no smaller dose, so removing it is a cut of 100% of the"
                + " current daily dose; the hold before it keeps that within 25% of the current daily dose in 28 days on"
                + " average. A prescriber may instead switch the last steps to a small oral dose; this plan does not"
                + " make that switch."), notes::toString);
        assertTrue(notes.stream().noneMatch(n -> n.contains("held longer")),
                "the 72-day holds are the policy's own (explained by the unit-step note): " + notes);
    }

    /**
     * Under the 14-day policy the last patch, once kept 18 days (the review's "stopped after 14-30 days"), is worn four
     * intervals (57 days on whole patch changes).
     */
    @Test
    void theLastPatch_ofAPercentStepTaper_isNoLongerStoppedAfterOneInterval() throws Exception {
        List<TaperStep> steps = plan(fentanyl(100, 1), 14, new ArrayList<>());
        TaperStep lastPatch = steps.get(steps.size() - 2);
        assertEquals(30.0, lastPatch.totalDailyMme(), steps::toString);
        assertEquals(57, days(List.of(lastPatch)).get(0));
        List<TaperStep> before = TaperSchedule.steps(List.of(fentanyl(100, 1)), policy(10, TaperBasis.ORIGINAL, 14),
                Pacing.NONE, START, new ArrayList<>());
        long unpaced = days(List.of(before.get(before.size() - 2))).get(0);
        assertTrue(unpaced <= 30, "without the pacing the last patch stopped after " + unpaced + " days");
    }

    @Test
    void reviewPoints_areNeverMoreThan28DaysApart_untilTheStop() throws Exception {
        for (List<TaperStep> steps : List.of(plan(fentanyl(50, 1), 28, new ArrayList<>()),
                plan(oxycodone(40, 1, 2), 28, new ArrayList<>()), plan(fentanyl(100, 1), 14, new ArrayList<>()))) {
            List<LocalDate> points = reviewPoints(steps);
            for (int i = 1; i < points.size(); i++) {
                long gap = ChronoUnit.DAYS.between(points.get(i - 1), points.get(i));
                assertTrue(gap > 0 && gap <= 28, gap + " days between reviews: " + points);
            }
            assertEquals(steps.get(steps.size() - 1).start().minusDays(1), points.get(points.size() - 1),
                    "the last review is before the stop");
            assertTrue(steps.get(steps.size() - 1).reviewDates().isEmpty(), "none after the stop");
        }
    }

    @Test
    void e9_reviewDates_splitEach72DayHoldIntoThreeAndTheLastPatchIntoFive() throws Exception {
        List<TaperStep> steps = plan(fentanyl(50, 1), 28, new ArrayList<>());
        // step 0: the plan starts at a review (1 Nov) and the next is due by 11 Jan (71 days): 24 and 47 days in
        assertEquals(List.of(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 18)), steps.get(0).reviewDates());
        // the last patch: 114 days from the review due by 4 Jun, in five parts of 22-23 days
        assertEquals(List.of(LocalDate.of(2027, 6, 27), LocalDate.of(2027, 7, 20), LocalDate.of(2027, 8, 11),
                LocalDate.of(2027, 9, 3)), steps.get(3).reviewDates());
    }

    @Test
    void reviewDates_splitAGapEvenly_intoTheFewestPartsOfAtMostTheLimit() {
        LocalDate from = LocalDate.of(2027, 1, 1);
        assertEquals(List.of(), TaperSchedule.reviewDates(from, from.plusDays(28), 28));
        assertEquals(List.of(from.plusDays(15)), TaperSchedule.reviewDates(from, from.plusDays(29), 28));
        assertEquals(List.of(from.plusDays(24), from.plusDays(48)), TaperSchedule.reviewDates(from, from.plusDays(72), 28));
    }

    @Test
    void withoutPacing_thePolicyAloneDecides() throws Exception {
        List<TaperStep> steps = TaperSchedule.steps(List.of(oxycodone(40, 1, 2)), policy(10, TaperBasis.ORIGINAL, 28),
                Pacing.NONE, START, new ArrayList<>());
        assertEquals(List.of(120.0, 105.0, 97.5, 82.5, 75.0, 60.0, 45.0, 37.5, 22.5, 15.0, 7.5, 0.0), totals(steps));
        assertTrue(steps.stream().allMatch(s -> s.reviewDates().isEmpty()));
    }
}

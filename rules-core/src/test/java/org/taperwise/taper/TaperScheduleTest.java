package org.taperwise.taper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.taper.TaperFixtures.START;
import static org.taperwise.taper.TaperFixtures.fentanyl;
import static org.taperwise.taper.TaperFixtures.oxycodone;
import static org.taperwise.taper.TaperFixtures.policy;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.model.TaperBasis;
import org.taperwise.model.TaperDose;
import org.taperwise.model.TaperStep;

class TaperScheduleTest {
    /** Oxycodone MR 40 mg twice a day (120 mg MME), then fentanyl 25 microgram/hour (60), 10% of 180 a month. */
    private static List<TaperStep> oxycodoneThenFentanyl(List<String> notes) throws Exception {
        return TaperSchedule.steps(List.of(oxycodone(40, 1, 2), fentanyl(25, 1)),
                policy(10, TaperBasis.ORIGINAL, 28), Pacing.NONE, START, notes);
    }

    /** Daily dose of the medicine at each step (0 when it is not taken). */
    private static List<Double> dailyOf(List<TaperStep> steps, String medicine) {
        return steps.stream().map(s -> s.doses().stream().filter(d -> d.medicine().equals(medicine))
                .mapToDouble(d -> d.dailyDose().value()).sum()).toList();
    }

    private static List<Long> days(List<TaperStep> steps) {
        return steps.stream().map(s -> ChronoUnit.DAYS.between(s.start(), s.end()) + 1).toList();
    }

    @Test
    void eachStepStartsTheDayAfterThePreviousEnds() throws Exception {
        List<TaperStep> steps = oxycodoneThenFentanyl(new ArrayList<>());
        assertEquals(START, steps.get(0).start());
        for (int i = 1; i < steps.size(); i++) {
            assertEquals(steps.get(i - 1).end().plusDays(1), steps.get(i).start(), "step " + i);
            assertEquals(i, steps.get(i).step());
        }
    }

    @Test
    void stepZero_isTheRegimenNow_withNoReductionAndNoReviewBefore() throws Exception {
        TaperStep first = oxycodoneThenFentanyl(new ArrayList<>()).get(0);
        assertEquals(0, first.step());
        assertEquals(180.0, first.totalDailyMme());
        assertEquals(0.0, first.reductionMme());
        assertFalse(first.reviewBefore());
        assertEquals(List.of("oxycodone", "fentanyl"), first.doses().stream().map(TaperDose::medicine).toList());
    }

    @Test
    void theOpioidsAreReducedOneAfterAnother_theLaterOneHeldMeanwhile() throws Exception {
        // oxycodone's targets are (180 - 18k - 60 held) / 1.5 mg: 68 -> 70, 56 -> 55, 44 -> 45, 32 -> 30, 20, 8 -> 10,
        // then 5 once a day and stop; then fentanyl one patch strength at a time
        List<TaperStep> steps = oxycodoneThenFentanyl(new ArrayList<>());
        assertEquals(List.of(80.0, 70.0, 55.0, 45.0, 30.0, 20.0, 10.0, 5.0, 0.0, 0.0, 0.0), dailyOf(steps, "oxycodone"));
        assertEquals(List.of(25.0, 25.0, 25.0, 25.0, 25.0, 25.0, 25.0, 25.0, 25.0, 12.0, 0.0), dailyOf(steps, "fentanyl"));
        assertEquals(List.of(180.0, 165.0, 142.5, 127.5, 105.0, 90.0, 75.0, 67.5, 60.0, 30.0, 0.0),
                steps.stream().map(TaperStep::totalDailyMme).toList());
        assertEquals(List.of(0.0, 15.0, 22.5, 15.0, 22.5, 15.0, 15.0, 7.5, 7.5, 30.0, 30.0),
                steps.stream().map(TaperStep::reductionMme).toList());
        assertTrue(steps.stream().skip(1).allMatch(TaperStep::reviewBefore));
    }

    @Test
    void whenAnOpioidStops_thatStepLastsAsLongAsTheNextOnesFirstHold() throws Exception {
        // fentanyl's first hold: 30 of 180 mg MME at 18 a month is 47 days, rounded up to whole 3-day changes: 48
        List<TaperStep> steps = oxycodoneThenFentanyl(new ArrayList<>());
        assertEquals(List.of(28L, 28L, 28L, 28L, 28L, 28L, 28L, 28L, 48L, 48L, 30L), days(steps));
    }

    @Test
    void patchSteps_fallOnChangeDays() throws Exception {
        List<TaperStep> steps = TaperSchedule.steps(List.of(fentanyl(75, 1)), policy(10, TaperBasis.ORIGINAL, 28),
                Pacing.NONE, START, new ArrayList<>());
        assertTrue(steps.size() > 3, steps::toString);
        for (TaperStep s : steps) {
            assertEquals(0, ChronoUnit.DAYS.between(START, s.start()) % 3, s.start() + " is not a change day");
            assertEquals(0, days(List.of(s)).get(0) % 3);
        }
    }

    @Test
    void theStopStep_hasNothingToTake() throws Exception {
        List<TaperStep> steps = oxycodoneThenFentanyl(new ArrayList<>());
        TaperStep last = steps.get(steps.size() - 1);
        assertTrue(last.doses().isEmpty());
        assertEquals(0.0, last.totalDailyMme());
    }

    @Test
    void eachOpioidsPlanNotes_areAddedInTheOrderTheyAreReduced() throws Exception {
        List<String> notes = new ArrayList<>();
        oxycodoneThenFentanyl(notes);
        assertEquals(3, notes.size(), notes::toString);
        assertTrue(notes.get(0).startsWith("oxycodone mr-tablet: at the smallest dose"), notes::toString);
        assertTrue(notes.get(1).startsWith("fentanyl patch: every step is a whole number of patch changes"), notes::toString);
        assertTrue(notes.get(2).startsWith("fentanyl patch: the smallest step the products allow"), notes::toString);
    }
}

package org.taperwise.taper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.taper.TaperFixtures.drug;
import static org.taperwise.taper.TaperFixtures.fentanyl;
import static org.taperwise.taper.TaperFixtures.milli;
import static org.taperwise.taper.TaperFixtures.oral;
import static org.taperwise.taper.TaperFixtures.oxycodone;
import static org.taperwise.taper.TaperFixtures.policy;
import static org.taperwise.taper.TaperFixtures.products;
import static org.taperwise.taper.TaperFixtures.solution;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.model.Form;
import org.taperwise.model.TaperBasis;
import org.taperwise.tables.TaperPolicy;

class StepPlanTest {
    private static Drug morphine(double strength, double units, int times) throws Drug.NotPlannable {
        return drug(oral("morphine", Form.MR_TABLET, strength, units, times, false), strength * units * times,
                products("morphine", Form.MR_TABLET, true, null, 5, 10, 15, 30, 60));
    }

    private static Drug tramadolCapsules(int times) throws Drug.NotPlannable {
        return drug(oral("tramadol", Form.CAPSULE, 50, 1, times, false), 50.0 * times,
                products("tramadol", Form.CAPSULE, false, null, 50));
    }

    private static List<StepPlan.Segment> plan(Drug d, TaperPolicy policy, List<String> notes) {
        return StepPlan.plan(d, policy, StepPlan.Basis.own(d), Pacing.NONE, notes);
    }

    private static List<Double> daily(List<StepPlan.Segment> segments) {
        return segments.stream().map(s -> Thousandths.value(s.dose().daily())).toList();
    }

    private static List<Integer> days(List<StepPlan.Segment> segments) {
        return segments.stream().map(StepPlan.Segment::days).toList();
    }

    @Test
    void percentOfTheOriginal_eachUnroundedTargetIsRoundedToTheNearestMakeableDose() throws Exception {
        // 120 mg less 12 mg a month: 108 -> 110, 96 -> 95, 84 -> 85, 72 -> 70, 60, 48 -> 50, 36 -> 35, 24 -> 25, 12 -> 10
        List<StepPlan.Segment> s = plan(morphine(60, 1, 2), policy(10, TaperBasis.ORIGINAL, 28), new ArrayList<>());
        assertEquals(List.of(120.0, 110.0, 95.0, 85.0, 70.0, 60.0, 50.0, 35.0, 25.0, 10.0, 5.0, 0.0), daily(s));
        assertTrue(days(s).stream().allMatch(d -> d == 28), days(s)::toString);
    }

    @Test
    void percentOfTheCurrentDose_stepsShrink_andAStepThatWouldNotChangeTheDoseLengthensTheHold() throws Exception {
        // 25% of the unrounded target a week: 90, 67.5 -> 70 (tie up), 50.6 -> 50, 38 -> 40, 28.5 -> 30, 21.4 -> 20,
        // 16 -> 15, 12 -> 10, 9 -> 10 (held a second week), 6.8 -> 5, 5.1 -> 5 (held a second week), then stop
        List<StepPlan.Segment> s = plan(morphine(60, 1, 2), policy(25, TaperBasis.CURRENT, 7), new ArrayList<>());
        assertEquals(List.of(120.0, 90.0, 70.0, 50.0, 40.0, 30.0, 20.0, 15.0, 10.0, 5.0, 0.0), daily(s));
        assertEquals(List.of(7, 7, 7, 7, 7, 7, 7, 7, 14, 14, 7), days(s));
    }

    @Test
    void belowTheSmallestDose_itIsFirstTakenOnceADay_thenStopped() throws Exception {
        List<String> notes = new ArrayList<>();
        List<StepPlan.Segment> s = plan(morphine(60, 1, 2), policy(10, TaperBasis.ORIGINAL, 28), notes);
        Dose beforeStop = s.get(s.size() - 2).dose();
        assertEquals(milli(5), beforeStop.daily());
        assertEquals(1, beforeStop.count(), "10 mg was 5 mg twice a day; 5 mg is taken once");
        assertEquals(List.of("morphine mr-tablet: at the smallest dose it is taken once a day before stopping (CDC 2022:"
                + " extend the interval at the smallest available dose, then stop)."), notes);
    }

    @Test
    void whenOneUnitIsMoreThanThePolicyAllows_eachStepRemovesOneUnit_heldLongerToKeepTheRate() throws Exception {
        // one 50 mg capsule is 5 mg MME, the policy 2 mg MME a fortnight: 14 x 5 / 2 = 35 days a capsule
        List<String> notes = new ArrayList<>();
        List<StepPlan.Segment> s = plan(tramadolCapsules(4), policy(10, TaperBasis.ORIGINAL, 14), notes);
        assertEquals(List.of(200.0, 150.0, 100.0, 50.0, 0.0), daily(s));
        assertEquals(List.of(35, 35, 35, 35, 14), days(s));
        assertEquals(List.of(4, 3, 2, 1, 0), s.stream().map(x -> x.dose().count()).toList());
        assertEquals(List.of("tramadol capsule: the smallest step the products allow is more than the policy's 10% a step,"
                + " so each step removes the least the listed products allow and steps are spaced up to 35 days apart to keep the average rate"
                + " within the policy."), notes);
    }

    @Test
    void patchSteps_areHeldForWholePatchChanges() throws Exception {
        // 25 -> 12 microgram/hour is 30 of 60 mg MME, the policy 6 a month: 140 days, rounded up to 47 changes
        List<String> notes = new ArrayList<>();
        List<StepPlan.Segment> s = plan(fentanyl(25, 1), policy(10, TaperBasis.ORIGINAL, 28), notes);
        assertEquals(List.of(25.0, 12.0, 0.0), daily(s));
        assertEquals(List.of(141, 141, 30), days(s));
        assertEquals("fentanyl patch: every step is a whole number of patch changes (every 3 days), so no step is shorter"
                + " than 30 days, the policy's 28 rounded up.", notes.get(0));
    }

    @Test
    void whenRoundingWouldCutMoreThanAllowed_theLargestCutWithinThePolicyIsTaken() throws Exception {
        // at 150 microgram/hour (360 mg MME) the target rounds to 75 (180), a cut of 180 where 30% of 480 plus one
        // 12 microgram/hour patch (174) is allowed: 87 (210) is the largest cut within
        List<StepPlan.Segment> s = plan(fentanyl(100, 2), policy(30, TaperBasis.ORIGINAL, 7), new ArrayList<>());
        List<Double> daily = daily(s);
        int at150 = daily.indexOf(150.0);
        assertTrue(at150 > 0, daily::toString);
        assertEquals(87.0, daily.get(at150 + 1), daily::toString);
    }

    @Test
    void noStepRises_noAdministrationGrows_andNoStepCutsMoreThanThePolicyAllowsPlusOneUnit() throws Exception {
        Drug coCodamol = drug(oral("co-codamol", Form.TABLET, 30, 2, 4, false), 240,
                products("co-codamol", Form.TABLET, false, null, 8, 15, 30));
        Drug liquid = drug(solution("morphine", 10, 2, 2, false), 40,
                products("morphine", Form.ORAL_SOLUTION, true, null, 10, 1));
        Object[][] cases = {
            {oxycodone(40, 1, 2), policy(10, TaperBasis.ORIGINAL, 28)},
            {oxycodone(20, 1, 3), policy(25, TaperBasis.CURRENT, 7)},
            {oxycodone(80, 2, 2), policy(20, TaperBasis.ORIGINAL, 14)},
            {morphine(60, 1, 2), policy(10, TaperBasis.ORIGINAL, 7, 30.0, 10.0)},
            {morphine(30, 1, 4), policy(5, TaperBasis.CURRENT, 28)},
            {tramadolCapsules(4), policy(10, TaperBasis.ORIGINAL, 14)},
            {fentanyl(100, 2), policy(30, TaperBasis.ORIGINAL, 7)},
            {fentanyl(75, 1), policy(15, TaperBasis.CURRENT, 28)},
            {coCodamol, policy(10, TaperBasis.ORIGINAL, 14)},
            {liquid, policy(10, TaperBasis.CURRENT, 7)},
        };
        for (Object[] c : cases) {
            Drug d = (Drug) c[0];
            TaperPolicy policy = (TaperPolicy) c[1];
            List<StepPlan.Segment> s = plan(d, policy, new ArrayList<>());
            String context = d.label() + " " + Thousandths.value(d.original.daily()) + " under " + policy + ": "
                    + daily(s) + " " + days(s);
            assertSame(d.original, s.get(0).dose(), context);
            assertEquals(0, s.get(s.size() - 1).dose().daily(), "ends at zero: " + context);
            double p = policy.reductionPercent() / 100.0;
            for (int i = 1; i < s.size(); i++) {
                Dose before = s.get(i - 1).dose();
                Dose after = s.get(i).dose();
                assertTrue(after.daily() < before.daily(), "every step is lower: " + context);
                double cut = d.weight(before) - d.weight(after);
                double perInterval = p * (policy.basis() == TaperBasis.ORIGINAL ? d.weight(d.original) : d.weight(before));
                double perDayRate = cut * policy.intervalDays() / s.get(i - 1).days();
                assertTrue(cut <= perInterval + d.unitWeight() + 1e-9 || perDayRate <= perInterval + 1e-9,
                        "step " + i + " cuts " + cut + " mg MME after " + s.get(i - 1).days() + " days; the policy allows "
                                + perInterval + " plus one unit of " + d.unitWeight() + ": " + context);
                if (!d.patch) {
                    assertTrue(after.count() <= before.count(), context);
                    for (int j = 0; j < after.count(); j++) {
                        assertTrue(after.parts()[j] <= before.parts()[before.count() - after.count() + j],
                                "administration " + j + " grows at step " + i + ": " + context);
                    }
                }
            }
        }
    }

    @Test
    void aSolutionTaperedBelowWhatItsConcentrationMeasures_movesToAWeakerOne_withANote() throws Exception {
        List<String> notes = new ArrayList<>();
        Drug liquid = drug(solution("morphine", 10, 2, 2, false), 40,
                products("morphine", Form.ORAL_SOLUTION, true, null, 10, 1));
        List<StepPlan.Segment> s = plan(liquid, policy(10, TaperBasis.CURRENT, 7), notes);
        assertTrue(s.stream().anyMatch(x -> x.dose().daily() > 0 && x.dose().concentration() == milli(1)), daily(s)::toString);
        assertTrue(notes.contains("morphine oral-solution: the smaller doses are measured from the 1 mg/ml solution, not the 10"
                + " mg/ml now prescribed: prescribe it by name and strength, and check the patient has the right bottle and"
                + " knows the new volume."), notes::toString);
    }

    @Test
    void aPolicyIntervalThatIsNotWholePatchChanges_isRoundedUp_withANote() throws Exception {
        List<String> notes = new ArrayList<>();
        List<StepPlan.Segment> s = plan(fentanyl(50, 1), policy(25, TaperBasis.ORIGINAL, 7), notes);
        assertEquals("fentanyl patch: every step is a whole number of patch changes (every 3 days), so no step is shorter"
                + " than 9 days, the policy's 7 rounded up.", notes.get(0));
        assertTrue(days(s).stream().allMatch(d -> d % 3 == 0), days(s)::toString);
    }

    @Test
    void alignUp_roundsUpToWholePeriods() {
        assertEquals(30, StepPlan.alignUp(28, 3));
        assertEquals(28, StepPlan.alignUp(28, 7));
        assertEquals(35, StepPlan.alignUp(29, 7));
        assertEquals(5, StepPlan.alignUp(5, 1));
        assertEquals(5, StepPlan.alignUp(5, 0));
    }

    @Test
    void theBasis_ofADrugAlone_isItsOwnDose() throws Exception {
        StepPlan.Basis b = StepPlan.Basis.own(oxycodone(40, 1, 2));
        assertEquals(120.0, b.total0(), 1e-9);
        assertEquals(0.0, b.held(), 0.0);
    }
}

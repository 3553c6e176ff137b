package org.taperwise.taper;

import org.taperwise.rules.Parameters;

/**
 * The profile's limits on a taper's pace (and on how much one prescription of it supplies), whatever the policy: the largest share of the regimen's current daily dose
 * one step may remove per policy interval ({@code taperMaxCutPercentOfCurrent}), and the longest interval between
 * review points while tapering ({@code taperReviewMaxDays}).
 *
 * <p>A step the products cannot make that small comes after a hold lengthened in proportion (a 50% cut under a 25%
 * limit after two intervals); the final stop from the smallest once-a-day oral dose is the only exempt step (CDC
 * 2022: at the smallest available dose extend the interval, then stop). A patch has no once-a-day dose to extend,
 * so its last strength is held before it is stopped.
 *
 * <p>{@code switchOnceDaily} ({@code taperSwitchOnceDailyMr}): a once-daily modified-release product that cannot make
 * a step within the limit moves to the 12-hourly product of the same medicine and form ({@link ProductSwitch}).
 * {@code weekdayStarts} ({@code taperStepsStartOnWeekdays}): a step changing an oral dose never starts on a Saturday
 * or Sunday ({@link WeekdayStarts}). {@code newStrengthCost} ({@code taperNewStrengthCostTablets}): the tablets a day a
 * strength added in a step is worth when the plan's strengths are chosen ({@link StrengthPlan}).
 */
record Pacing(double maxCutPercentOfCurrent, int reviewMaxDays, int supplyMaxDaysPerIssue, boolean switchOnceDaily,
        boolean weekdayStarts, int newStrengthCost) {
    /** No limit beyond the policy's own: the research note's worked examples as published. */
    static final Pacing NONE = new Pacing(100, Integer.MAX_VALUE, Integer.MAX_VALUE);

    /** Pace and supply limits, with no product switch and steps on any weekday. */
    Pacing(double maxCutPercentOfCurrent, int reviewMaxDays, int supplyMaxDaysPerIssue) {
        this(maxCutPercentOfCurrent, reviewMaxDays, supplyMaxDaysPerIssue, false, false, 0);
    }

    /** Pace limits with no limit on the days one issue supplies. */
    Pacing(double maxCutPercentOfCurrent, int reviewMaxDays) {
        this(maxCutPercentOfCurrent, reviewMaxDays, Integer.MAX_VALUE);
    }

    static Pacing of(Parameters p) {
        return new Pacing(p.taperMaxCutPercentOfCurrent(), p.taperReviewMaxDays(), p.supplyMaxDaysPerIssue(),
                p.taperSwitchOnceDailyMr(), p.taperStepsStartOnWeekdays(), p.taperNewStrengthCostTablets());
    }

    /** The limit as a fraction: 0.25 for 25%. */
    double share() {
        return maxCutPercentOfCurrent / 100.0;
    }
}

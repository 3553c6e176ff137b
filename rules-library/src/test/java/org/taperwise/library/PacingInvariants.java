package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.taperwise.model.Form;
import org.taperwise.model.TaperDose;
import org.taperwise.model.TaperPolicyInfo;
import org.taperwise.model.TaperStep;

/**
 * The profile's pacing, checked on a plan as a prescriber reads it ({@link TaperInvariantsTest}): review points at
 * most {@code taperReviewMaxDays} apart until the stop, and no step removing more than
 * {@code taperMaxCutPercentOfCurrent} of the current total per policy interval of the hold before it, except the final
 * stop of a medicine from one oral dose a day.
 */
final class PacingInvariants {
    /** The built-in profiles' values (every profile): 25% of the current dose, a review at least every 28 days. */
    static final double MAX_CUT_PERCENT = 25;
    static final int REVIEW_MAX_DAYS = 28;

    private PacingInvariants() {
    }

    /** The plan states the profile's limits. */
    static void assertStated(TaperPolicyInfo policy, String context) {
        assertEquals(MAX_CUT_PERCENT, policy.maxCutPercentOfCurrent(), context);
        assertEquals(REVIEW_MAX_DAYS, policy.reviewMaxDays(), context);
    }

    /**
     * The plan's start, each review date within a step and the review due by the end of every step but the last: each
     * after the one before, at most the limit apart; review dates fall within their step; none in the stop step.
     */
    static void assertReviewsWithinLimit(List<TaperStep> steps, int max, String context) {
        List<LocalDate> points = new ArrayList<>(List.of(steps.get(0).start()));
        for (int i = 0; i + 1 < steps.size(); i++) {
            TaperStep s = steps.get(i);
            for (LocalDate d : s.reviewDates()) {
                assertTrue(!d.isBefore(s.start()) && d.isBefore(s.end()), d + " is within step " + i + ": " + context);
            }
            points.addAll(s.reviewDates());
            points.add(s.end());
        }
        assertTrue(steps.get(steps.size() - 1).reviewDates().isEmpty(), "no review dates after the stop: " + context);
        for (int i = 1; i < points.size(); i++) {
            long gap = ChronoUnit.DAYS.between(points.get(i - 1), points.get(i));
            assertTrue(gap > 0 && gap <= max, gap + " days between reviews " + points.get(i - 1) + " and "
                    + points.get(i) + " (at most " + max + "): " + context);
        }
    }

    /**
     * Every reduction is at most the limit's share of the total it starts from, times the policy intervals the dose
     * before it was held (at least one); only a medicine's final stop from one oral dose a day is exempt.
     */
    static void assertNoCutBeyondLimit(List<TaperStep> steps, TaperPolicyInfo policy, String context) {
        double share = policy.maxCutPercentOfCurrent() / 100.0;
        for (int i = 1; i < steps.size(); i++) {
            TaperStep prev = steps.get(i - 1);
            TaperStep s = steps.get(i);
            double cut = prev.totalDailyMme() - s.totalDailyMme();
            if (cut <= 0 || finalOralStop(prev, s)) {
                continue;
            }
            long held = ChronoUnit.DAYS.between(prev.start(), prev.end()) + 1;
            double intervals = Math.max(1, held / (double) policy.intervalDays());
            assertTrue(cut <= share * intervals * prev.totalDailyMme() + 0.11, "step " + s.step() + " cuts " + cut
                    + " of " + prev.totalDailyMme() + " mg MME after " + held + " days (at most "
                    + policy.maxCutPercentOfCurrent() + "% per " + policy.intervalDays() + " days): " + context);
        }
    }

    /** What names one regimen in a step: medicine, form, and whether it is taken only when needed. */
    static String regimen(TaperDose d) {
        return d.medicine() + "|" + d.form() + "|" + d.regimen().startsWith("only when needed");
    }

    /** A medicine taken as one oral dose a day before {@code s} is not taken in it. */
    private static boolean finalOralStop(TaperStep prev, TaperStep s) {
        for (TaperDose d : prev.doses()) {
            boolean stops = s.doses().stream().noneMatch(x -> regimen(x).equals(regimen(d)));
            if (stops && d.form() != Form.PATCH && d.administrations().size() == 1) {
                return true;
            }
        }
        return false;
    }
}

package org.taperwise.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One step of a taper plan: from {@code start} to {@code end} inclusive, take these doses.
 *
 * @param step          0 for the current regimen, then 1, 2, ...; the last step has no doses (stopped)
 * @param totalDailyMme the step's daily oral morphine equivalent (medicines without a factor are not in it)
 * @param reductionMme  how much the total fell from the previous step (0 for step 0)
 * @param reviewBefore  whether the prescriber reviews the patient before this step starts (before every reduction)
 * @param reviewDates   dates within the step by which the patient is reviewed again, besides the review before the
 *                      next step, so that review points are never further apart than the profile's
 *                      {@code taperReviewMaxDays} while tapering; empty when the step is short enough
 */
public record TaperStep(int step, LocalDate start, LocalDate end, double totalDailyMme, double reductionMme,
        boolean reviewBefore, List<TaperDose> doses, List<LocalDate> reviewDates) {
    public TaperStep {
        doses = List.copyOf(doses);
        reviewDates = reviewDates == null ? List.of() : List.copyOf(reviewDates);
    }

    /** A step with no review dates within it. */
    public TaperStep(int step, LocalDate start, LocalDate end, double totalDailyMme, double reductionMme,
            boolean reviewBefore, List<TaperDose> doses) {
        this(step, start, end, totalDailyMme, reductionMme, reviewBefore, doses, List.of());
    }
}

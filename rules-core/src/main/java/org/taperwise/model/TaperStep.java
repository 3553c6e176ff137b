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
 */
public record TaperStep(int step, LocalDate start, LocalDate end, double totalDailyMme, double reductionMme,
        boolean reviewBefore, List<TaperDose> doses) {
    public TaperStep {
        doses = List.copyOf(doses);
    }
}

package org.taperwise.rules;

import java.time.LocalDate;

/**
 * The dates an evaluation is judged against, computed from {@code asOf} and the profile's windows.
 *
 * @param asOf              "today" for this evaluation
 * @param reviewWindowStart first day of the window in which opioid prescriptions are counted
 *                          ({@code asOf} minus the profile's {@code reviewWindowMonths}, inclusive)
 * @param longTermSince     continuous opioid supply that started on or before this day is long-term use
 *                          ({@code asOf} minus the profile's {@code longTermUseMonths})
 * @param scoreLookbackStart questionnaires dated before this day are too old to act on
 * @param longDurationSince continuous opioid supply that started on or before this day chooses the long-term taper
 *                          policy ({@code asOf} minus the profile's {@code longTermTaperAfterMonths})
 */
public record EvaluationDates(LocalDate asOf, LocalDate reviewWindowStart, LocalDate longTermSince,
        LocalDate scoreLookbackStart, LocalDate longDurationSince) {
}

package org.taperwise.examples.worklist;

/**
 * What the worklist keeps of one listed patient: a few hundred bytes, never the assessment.
 *
 * @param line          the input line the assessment was on (the last tie-break, for a patient id given twice)
 * @param patientId     as the assessment gives it
 * @param asOf          the assessment's date (ISO-8601)
 * @param status        the eligibility status: {@code ELIGIBLE} or {@code UNDETERMINED}
 * @param eligibilityReasons the eligibility reason codes, {@code ;}-separated (empty for ELIGIBLE)
 * @param undeterminedWhy for UNDETERMINED: each reason's code and message, one line; else empty
 * @param dailyMme      {@code mme.totalDailyMg}
 * @param mmeComplete   {@code mme.complete}
 * @param high          flags of severity HIGH
 * @param moderate      flags of severity MODERATE
 * @param info          flags of severity INFO
 * @param dataQuality   flags of severity DATA_QUALITY
 * @param flags         the flag codes, most severe first, space-separated
 * @param reasons       the one-line reason summary ({@link ReasonLine})
 * @param taperStatus   {@code taper.status}, or empty when the assessment has no taper
 * @param ruleset       index of the assessment's ruleset and profile in {@link Worklist#rulesets()}
 */
public record WorklistEntry(long line, String patientId, String asOf, String status, String eligibilityReasons,
        String undeterminedWhy, double dailyMme, boolean mmeComplete, int high, int moderate, int info,
        int dataQuality, String flags, String reasons, String taperStatus, int ruleset) {
}

package org.taperwise.model;

/**
 * Why no taper plan was proposed ({@code taper.reasonCode}, contract section 2). The first five are decided by the
 * taper rules; the last three by the planner when the rules chose a policy but the plan cannot be made.
 */
public enum TaperReason implements JsonCode {
    /** End-of-life care is recorded: opioids are not tapered under this guidance (status NOT_PROPOSED). */
    END_OF_LIFE_CARE,
    /**
     * Methadone, pregnancy, opioid use disorder or a very high daily dose: a specialist plans any taper (status
     * SPECIALIST_REQUIRED).
     */
    SPECIALIST_REQUIRED,
    /** No opioid supply covers the review date (status NO_CURRENT_OPIOID). */
    NO_CURRENT_OPIOID,
    /** A current medicine is unrecognised or its daily dose unknown (status NOT_PROPOSED). */
    DOSE_UNKNOWN,
    /** Not (or not known to be) eligible for review, and no plan was requested (status NOT_PROPOSED). */
    NOT_ELIGIBLE,
    /** The profile defines no taper policy (status NOT_PROPOSED). */
    NO_POLICY,
    /** A current regimen's shape cannot be planned, e.g. a patch changed at an unusual interval (NOT_PROPOSED). */
    REGIMEN_NOT_PLANNABLE,
    /** The products table lists no product that can make a current dose (status NOT_PROPOSED). */
    PRODUCTS_UNKNOWN;

    @Override
    public String code() {
        return name();
    }
}

package org.taperwise.model;

/** Whether a taper plan was proposed, and if not, why not. */
public enum TaperStatus implements JsonCode {
    /** A dated, stepwise plan is proposed. */
    PROPOSED,
    /** Not eligible and no plan was requested, or end-of-life care, or the regimen cannot be planned. */
    NOT_PROPOSED,
    /** A specialist must lead (methadone, pregnancy, opioid use disorder, a very high daily dose). */
    SPECIALIST_REQUIRED,
    /** No opioid is in supply on the review date. */
    NO_CURRENT_OPIOID;

    @Override
    public String code() {
        return name();
    }
}

package org.taperwise.model;

/** What a taper policy's percentage is a percentage of. */
public enum TaperBasis implements JsonCode {
    /** The dose at the start of the taper: equal steps (CDC long-term; eTG). */
    ORIGINAL,
    /** The dose of the previous step: ever smaller steps. */
    CURRENT;

    @Override
    public String code() {
        return name();
    }
}

package org.taperwise.model;

/** Outcome of the review-eligibility decision. */
public enum EligibilityStatus implements JsonCode {
    ELIGIBLE("ELIGIBLE"),
    NOT_ELIGIBLE("NOT_ELIGIBLE"),
    UNDETERMINED("UNDETERMINED");

    private final String code;

    EligibilityStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

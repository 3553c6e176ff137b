package org.taperwise.model;

/**
 * Why a patient is not (or not yet known to be) eligible for an opioid pain review.
 * An {@link Kind#UNMET} reason makes the decision NOT_ELIGIBLE; an {@link Kind#UNKNOWN} reason,
 * when no criterion is definitely unmet, makes it UNDETERMINED.
 */
public enum ReasonCode implements JsonCode {
    FEWER_THAN_3_OPIOID_PRESCRIPTIONS_IN_3_MONTHS(Kind.UNMET),
    OPIOID_USE_UNDER_3_MONTHS(Kind.UNMET),
    END_OF_LIFE_CARE(Kind.UNMET),
    ILLICIT_DRUG_USE(Kind.UNMET),
    ACTIVE_CANCER(Kind.UNMET),
    UNDER_18(Kind.UNMET),
    BIRTH_DATE_MISSING(Kind.UNKNOWN),
    HISTORY_TOO_SHORT(Kind.UNKNOWN),
    /**
     * A medicine the ruleset does not recognise was issued, and counting it as an opioid could meet an opioid
     * criterion that the recognised opioids alone do not: the criterion is unknown, not unmet.
     */
    UNRECOGNISED_MEDICINE(Kind.UNKNOWN);

    /** Whether a reason settles the decision or leaves it open. */
    public enum Kind {
        /** A criterion is definitely not met, or an exclusion applies. */
        UNMET,
        /** The data cannot show whether a criterion is met. */
        UNKNOWN
    }

    private final Kind kind;

    ReasonCode(Kind kind) {
        this.kind = kind;
    }

    @Override
    public String code() {
        return name();
    }

    /** Whether this reason settles the decision (UNMET) or leaves it open (UNKNOWN). */
    public Kind kind() {
        return kind;
    }
}

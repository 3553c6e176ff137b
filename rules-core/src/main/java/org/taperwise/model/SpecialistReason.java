package org.taperwise.model;

/** Why a specialist must be involved before a taper. */
public enum SpecialistReason implements JsonCode {
    METHADONE("METHADONE"),
    PREGNANCY("PREGNANCY"),
    OPIOID_USE_DISORDER("OPIOID_USE_DISORDER"),
    VERY_HIGH_DOSE("VERY_HIGH_DOSE");

    private final String code;

    SpecialistReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

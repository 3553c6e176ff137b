package org.taperwise.model;

/** Whether a current prescription's morphine equivalent could be computed under the profile. */
public enum MmeStatus implements JsonCode {
    COMPUTED("COMPUTED"),
    EXCLUDED("EXCLUDED"),
    NOT_COMPUTABLE("NOT_COMPUTABLE");

    private final String code;

    MmeStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

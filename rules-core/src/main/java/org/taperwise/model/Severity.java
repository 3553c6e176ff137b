package org.taperwise.model;

/** How much attention a flag asks for. */
public enum Severity implements JsonCode {
    HIGH("HIGH"),
    MODERATE("MODERATE"),
    INFO("INFO"),
    DATA_QUALITY("DATA_QUALITY");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

package org.taperwise.model;

/** Unit of one administration: whole units (tablets, capsules, patches), or an amount of ingredient or solution. */
public enum DoseUnit implements JsonCode {
    UNIT("unit"),
    MG("mg"),
    MICROGRAM("microgram"),
    ML("ml");

    private final String code;

    DoseUnit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

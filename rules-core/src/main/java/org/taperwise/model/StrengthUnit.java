package org.taperwise.model;

/** Unit of a product strength, per unit of the opioid (or co-medicine) ingredient. */
public enum StrengthUnit implements JsonCode {
    MG("mg"),
    MICROGRAM("microgram"),
    MG_PER_ML("mg/ml"),
    MICROGRAM_PER_HOUR("microgram/hour");

    private final String code;

    StrengthUnit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

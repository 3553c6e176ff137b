package org.taperwise.model;

/** Class of a medicine in the ruleset's medicines table. */
public enum MedicineClass implements JsonCode {
    OPIOID("opioid"),
    BENZODIAZEPINE("benzodiazepine"),
    Z_DRUG("z-drug"),
    GABAPENTINOID("gabapentinoid"),
    OTHER("other");

    private final String code;

    MedicineClass(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

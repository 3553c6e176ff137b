package org.taperwise.model;

/** A clinical concept the rules understand; host codings are mapped to these by the ruleset's code table. */
public enum ConditionConcept implements JsonCode {
    END_OF_LIFE_CARE("END_OF_LIFE_CARE"),
    ACTIVE_CANCER("ACTIVE_CANCER"),
    ILLICIT_DRUG_USE("ILLICIT_DRUG_USE"),
    OPIOID_USE_DISORDER("OPIOID_USE_DISORDER"),
    SICKLE_CELL_DISEASE("SICKLE_CELL_DISEASE"),
    RESPIRATORY_DISEASE("RESPIRATORY_DISEASE"),
    RENAL_IMPAIRMENT("RENAL_IMPAIRMENT"),
    HEPATIC_IMPAIRMENT("HEPATIC_IMPAIRMENT"),
    ALCOHOL_MISUSE("ALCOHOL_MISUSE");

    private final String code;

    ConditionConcept(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

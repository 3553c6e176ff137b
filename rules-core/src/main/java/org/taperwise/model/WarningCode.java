package org.taperwise.model;

/** Codes of the warnings an assessment may carry: the data was usable, but something was assumed or ignored. */
public enum WarningCode implements JsonCode {
    /** No days supply and none derivable: the profile's default supply was assumed. */
    DAYS_SUPPLY_ASSUMED,
    /** A field the contract does not define was ignored (a lenient reader only; by default such a field is refused). */
    UNKNOWN_FIELD,
    /** A condition or medicine coding is not in the ruleset's code tables and was ignored. */
    CODING_UNMAPPED,
    /** No opioid supply covers asOf: the regimen in supply when opioid supply last ran was used. */
    CURRENT_REGIMEN_FROM_LAST_SUPPLY,
    /** An earlier issue of the same product with a different dose was replaced by a later issue. */
    REGIMEN_SUPERSEDED,
    /** A condition recorded as starting after asOf was not counted. */
    CONDITION_AFTER_AS_OF,
    /** A questionnaire has no date; it was treated as current. */
    SCORE_DATE_MISSING,
    /** A condition's concept code and its coding disagree; the concept code was used. */
    CONDITION_CODE_AND_CODING,
    /** A dispensing record with no dosage instruction: the daily dose is the quantity over the days supply. */
    DAILY_DOSE_FROM_SUPPLY,
    /** A patch is recorded as changed less often than its product is made to be worn. */
    PATCH_CHANGED_AFTER_WEAR_TIME,
    /**
     * A prescription's medicine coding disagrees with its name, form or strength (a product code of another medicine
     * or form, another strength, or an ingredient code of another ingredient); the prescription's own values were used.
     */
    CODING_DISAGREES,
    /** A medicine name could be two or more medicines; it was not guessed (the warning lists the candidates). */
    MEDICINE_NAME_AMBIGUOUS;

    @Override
    public String code() {
        return name();
    }
}

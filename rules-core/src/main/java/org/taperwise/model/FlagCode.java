package org.taperwise.model;

/** Risk and data-quality flags of the contract (added to, never renamed). */
public enum FlagCode implements JsonCode {
    HIGH_DOSE("HIGH_DOSE"),
    ELEVATED_DOSE("ELEVATED_DOSE"),
    BENZODIAZEPINE_COPRESCRIBED("BENZODIAZEPINE_COPRESCRIBED"),
    Z_DRUG_COPRESCRIBED("Z_DRUG_COPRESCRIBED"),
    GABAPENTINOID_COPRESCRIBED("GABAPENTINOID_COPRESCRIBED"),
    MULTIPLE_OPIOIDS("MULTIPLE_OPIOIDS"),
    EARLY_OR_OVERLAPPING_SUPPLY("EARLY_OR_OVERLAPPING_SUPPLY"),
    MISUSE_SCREEN_POSITIVE("MISUSE_SCREEN_POSITIVE"),
    NALOXONE_RECOMMENDED("NALOXONE_RECOMMENDED"),
    SPECIALIST_INPUT_REQUIRED("SPECIALIST_INPUT_REQUIRED"),
    UNRECOGNISED_MEDICINE("UNRECOGNISED_MEDICINE"),
    DOSE_NOT_COMPUTABLE("DOSE_NOT_COMPUTABLE"),
    /** Issue 15: an opioid that accumulates or needs caution in renal impairment, with renal impairment recorded. */
    RENAL_IMPAIRMENT_OPIOID("RENAL_IMPAIRMENT_OPIOID"),
    /** Issue 15: an opioid with hepatic impairment recorded. */
    HEPATIC_IMPAIRMENT_OPIOID("HEPATIC_IMPAIRMENT_OPIOID"),
    /** Issue 15: an opioid for a patient at or above the profile's older-adult age. */
    OLDER_ADULT_OPIOID("OLDER_ADULT_OPIOID"),
    /** Issue 15: codeine or tramadol for a patient under 18 (MHRA 2013, FDA 2017). */
    CODEINE_OR_TRAMADOL_UNDER_18("CODEINE_OR_TRAMADOL_UNDER_18"),
    /** Issue 15: opioids stopped recently: tolerance is lost, the old dose is not a current dose. */
    TOLERANCE_LOST("TOLERANCE_LOST"),
    /** Issue 15: illicit drug use recorded: involve drug and alcohol services. */
    DRUG_SERVICE_REFERRAL("DRUG_SERVICE_REFERRAL"),
    /** Issue 15: opioid use disorder without medication treatment: offer it (CDC 2022 Recommendation 12). */
    OUD_TREATMENT_RECOMMENDED("OUD_TREATMENT_RECOMMENDED");

    private final String code;

    FlagCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

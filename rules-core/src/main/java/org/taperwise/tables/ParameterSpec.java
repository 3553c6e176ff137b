package org.taperwise.tables;

/**
 * Every parameter a profile must define: its name in {@code profiles/<id>.json}, its kind and its valid
 * range. A profile that lacks one, misspells one, or gives one without a source is refused at load.
 */
enum ParameterSpec {
    HIGH_DOSE("highDoseMgPerDay", Kind.THRESHOLD, 1, 10_000),
    ELEVATED_DOSE("elevatedDoseMgPerDay", Kind.THRESHOLD, 1, 10_000),
    REVIEW_MIN_OPIOID_PRESCRIPTIONS("reviewMinOpioidPrescriptions", Kind.INTEGER, 1, 100),
    REVIEW_WINDOW_MONTHS("reviewWindowMonths", Kind.INTEGER, 1, 60),
    LONG_TERM_USE_MONTHS("longTermUseMonths", Kind.INTEGER, 1, 120),
    SUPPLY_GAP_DAYS("supplyGapDays", Kind.INTEGER, 0, 365),
    ADULT_AGE_YEARS("adultAgeYears", Kind.INTEGER, 1, 30),
    DEFAULT_DAYS_SUPPLY("defaultDaysSupply", Kind.INTEGER, 1, 365),
    SCORE_LOOKBACK_MONTHS("scoreLookbackMonths", Kind.INTEGER, 1, 120),
    VERY_HIGH_DOSE("veryHighDoseMgPerDay", Kind.THRESHOLD, 1, 10_000),
    NALOXONE_DOSE("naloxoneDoseMgPerDay", Kind.THRESHOLD, 1, 10_000),
    NALOXONE_FOR_SEDATIVES("naloxoneForSedatives", Kind.BOOLEAN, 0, 1),
    NALOXONE_FOR_SUBSTANCE_USE("naloxoneForSubstanceUse", Kind.BOOLEAN, 0, 1),
    NALOXONE_FOR_RESPIRATORY_DISEASE("naloxoneForRespiratoryDisease", Kind.BOOLEAN, 0, 1),
    Z_DRUGS_WITH_OPIOIDS("zDrugsWithOpioids", Kind.BOOLEAN, 0, 1),
    GABAPENTINOIDS_WITH_OPIOIDS("gabapentinoidsWithOpioids", Kind.BOOLEAN, 0, 1),
    MISUSE_SCREEN_COMM("misuseScreenComm", Kind.THRESHOLD, 0, 68),
    SUPPLY_REVIEW_DAYS("supplyReviewDays", Kind.INTEGER, 28, 730),
    EARLY_ISSUE_FRACTION("earlyIssueFraction", Kind.DECIMAL, 0.1, 1),
    EARLY_ISSUES_TO_FLAG("earlyIssuesToFlag", Kind.INTEGER, 1, 50),
    OVERSUPPLY_RATIO("oversupplyRatio", Kind.THRESHOLD, 1, 10),
    LONG_TERM_TAPER_AFTER_MONTHS("longTermTaperAfterMonths", Kind.INTEGER, 1, 120),
    LIQUID_STEP_ML("liquidStepMl", Kind.DECIMAL, 0.1, 10),
    SOLUTION_MAX_DOSE_ML("solutionMaxDoseMl", Kind.DECIMAL, 1, 100),
    TAPER_REVIEW_MAX_DAYS("taperReviewMaxDays", Kind.INTEGER, 7, 91),
    TAPER_MAX_CUT_PERCENT_OF_CURRENT("taperMaxCutPercentOfCurrent", Kind.DECIMAL, 5, 100),
    PRN_MME_FROM_ESTIMATED_USE("prnMmeFromEstimatedUse", Kind.BOOLEAN, 0, 1),
    TAPER_AS_NEEDED_FIRST("taperAsNeededFirst", Kind.BOOLEAN, 0, 1),
    TAPER_MAX_STRENGTHS_PER_PRODUCT("taperMaxStrengthsPerProduct", Kind.INTEGER, 1, 10),
    SUPPLY_MAX_DAYS_PER_ISSUE("supplyMaxDaysPerIssue", Kind.INTEGER, 1, 90),
    OLDER_ADULT_AGE_YEARS("olderAdultAgeYears", Kind.INTEGER, 40, 120),
    CHILD_CONTRAINDICATION_AGE_YEARS("childContraindicationAgeYears", Kind.INTEGER, 1, 30),
    RECENT_STOP_DAYS("recentStopDays", Kind.INTEGER, 1, 730),
    OUD_TREATMENT_LOOKBACK_DAYS("oudTreatmentLookbackDays", Kind.INTEGER, 1, 730),
    NALOXONE_FOR_EVERY_OPIOID("naloxoneForEveryOpioid", Kind.BOOLEAN, 0, 1),
    TAPER_SWITCH_ONCE_DAILY_MR("taperSwitchOnceDailyMr", Kind.BOOLEAN, 0, 1),
    TAPER_STEPS_START_ON_WEEKDAYS("taperStepsStartOnWeekdays", Kind.BOOLEAN, 0, 1),
    TAPER_NEW_STRENGTH_COST_TABLETS("taperNewStrengthCostTablets", Kind.INTEGER, 0, 20);

    /** What a value looks like in the profile file. */
    enum Kind {
        /** A whole number. */
        INTEGER,
        /** A number with a {@code comparison}: {@code above} or {@code atOrAbove}. */
        THRESHOLD,
        /** {@code true} or {@code false}: a switch. */
        BOOLEAN,
        /** A number, possibly with decimals. */
        DECIMAL
    }

    final String jsonName;
    final Kind kind;
    final double min;
    final double max;

    ParameterSpec(String jsonName, Kind kind, double min, double max) {
        this.jsonName = jsonName;
        this.kind = kind;
        this.min = min;
        this.max = max;
    }

    static ParameterSpec byJsonName(String name) {
        for (ParameterSpec s : values()) {
            if (s.jsonName.equals(name)) {
                return s;
            }
        }
        return null;
    }
}

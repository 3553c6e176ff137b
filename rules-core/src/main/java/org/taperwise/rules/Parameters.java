package org.taperwise.rules;

/**
 * A profile's parameters, typed. Each value comes from {@code profiles/<id>.json}, where it sits next to
 * its source; rules compare against these, never against literals.
 *
 * @param profileId                  the profile these values belong to
 * @param highDose                   daily oral morphine equivalent (mg) that raises HIGH_DOSE
 * @param elevatedDose               daily oral morphine equivalent (mg) that raises ELEVATED_DOSE
 * @param reviewMinOpioidPrescriptions opioid issues needed in the review window for review eligibility
 * @param reviewWindowMonths         months (calendar, up to and including asOf) in which issues are counted
 * @param longTermUseMonths          months of continuous opioid supply that make long-term use
 * @param supplyGapDays              days a supply may run out before the next issue and still count as
 *                                   continuous opioid use
 * @param adultAgeYears              age from which a patient is an adult
 * @param defaultDaysSupply          days an issue is assumed to last when neither days supply nor quantity tells
 * @param scoreLookbackMonths        questionnaires older than this are not acted on
 */
public record Parameters(
        String profileId,
        Threshold highDose,
        Threshold elevatedDose,
        int reviewMinOpioidPrescriptions,
        int reviewWindowMonths,
        int longTermUseMonths,
        int supplyGapDays,
        int adultAgeYears,
        int defaultDaysSupply,
        int scoreLookbackMonths) {
}

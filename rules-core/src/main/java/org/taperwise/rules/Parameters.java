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
 * @param veryHighDose               daily oral morphine equivalent (mg) at which a specialist should be involved
 * @param naloxoneDose               daily oral morphine equivalent (mg) at which naloxone is recommended
 * @param naloxoneForSedatives       recommend naloxone when a sedative the profile flags is co-prescribed
 * @param naloxoneForSubstanceUse    recommend naloxone for opioid use disorder, illicit drug use or alcohol misuse
 * @param naloxoneForRespiratoryDisease recommend naloxone for respiratory disease (including sleep apnoea)
 * @param zDrugsWithOpioids          raise Z_DRUG_COPRESCRIBED (the profile's guidance names Z-drugs)
 * @param gabapentinoidsWithOpioids  raise GABAPENTINOID_COPRESCRIBED (the profile's guidance names gabapentinoids)
 * @param misuseScreenComm           COMM total that makes a misuse screen positive
 * @param supplyReviewDays           days back from asOf over which early and excess supply are looked for
 * @param earlyIssueFraction         an issue is early when it comes before this fraction of the previous issue's
 *                                   days supply has passed
 * @param earlyIssuesToFlag          early issues of one product in the window that raise the flag
 * @param oversupplyRatio            days supplied per day elapsed, over the window, that raises the flag
 * @param longTermTaperAfterMonths   continuous opioid use this long chooses the profile's long-term taper policy
 * @param liquidStepMl               the smallest change of an oral solution dose a taper step makes, in ml
 * @param solutionMaxDoseMl          the largest volume of one dose when a taper step moves to a weaker listed
 *                                   solution of the same medicine to make a dose the prescribed one cannot
 * @param taperReviewMaxDays         the longest interval, in days, between review points while tapering: a longer
 *                                   step gets review dates within it
 * @param taperMaxCutPercentOfCurrent the largest share (percent) of the regimen's current daily dose one taper step
 *                                   may remove per policy interval; a larger product step comes after a
 *                                   proportionally longer hold (the final stop from the smallest once-a-day oral
 *                                   dose excepted)
 * @param prnMmeFromEstimatedUse     whether an as-needed item's MME counts its estimated use (when the issue history
 *                                   gives one) instead of the prescribed maximum
 * @param taperAsNeededFirst         whether a taper reduces as-needed opioids before regular ones (false: regular,
 *                                   long-acting ones first); a host's {@code taperRequest.order} comes first either way
 * @param taperMaxStrengthsPerProduct the most strengths of one product (tablets, capsules) one taper step's doses use
 * @param supplyMaxDaysPerIssue      the most days one prescription in a taper plan supplies (taper.steps[].doses[].supply)
 * @param olderAdultAgeYears         age from which OLDER_ADULT_OPIOID is raised with a current opioid (CDC 2022: 65)
 * @param childContraindicationAgeYears age below which codeine and tramadol are contraindicated (MHRA 2013, FDA 2017:
 *                                   12); from it up to {@code adultAgeYears} they are restricted
 * @param recentStopDays             days after the last opioid supply ran out during which TOLERANCE_LOST is raised
 * @param oudTreatmentLookbackDays   a buprenorphine or methadone issue this recent counts as medication treatment for
 *                                   opioid use disorder (CDC reference logic for Recommendation 12: 90 days)
 * @param naloxoneForEveryOpioid     offer naloxone to every adult on an opioid outside end-of-life care and active
 *                                   cancer, whatever the other reasons (the CDC's current Recommendation 8 logic)
 * @param taperSwitchOnceDailyMr     whether a once-daily modified-release product whose strengths allow no step within
 *                                   {@code taperMaxCutPercentOfCurrent} is switched, at that step, to the same
 *                                   medicine and form's 12-hourly product at the same daily dose
 * @param taperStepsStartOnWeekdays  whether a taper step that changes a tablet, capsule or liquid dose starts on a
 *                                   weekday (a Saturday or Sunday start moves to the Monday, the step before held
 *                                   longer); patch steps keep their change days
 * @param taperNewStrengthCostTablets how many more tablets a day one taper step may hold to avoid adding a strength
 *                                   (a new prescription item) to the step before's; strengths are chosen over the
 *                                   whole plan at the least total cost
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
        int scoreLookbackMonths,
        Threshold veryHighDose,
        Threshold naloxoneDose,
        boolean naloxoneForSedatives,
        boolean naloxoneForSubstanceUse,
        boolean naloxoneForRespiratoryDisease,
        boolean zDrugsWithOpioids,
        boolean gabapentinoidsWithOpioids,
        Threshold misuseScreenComm,
        int supplyReviewDays,
        double earlyIssueFraction,
        int earlyIssuesToFlag,
        Threshold oversupplyRatio,
        int longTermTaperAfterMonths,
        double liquidStepMl,
        double solutionMaxDoseMl,
        int taperReviewMaxDays,
        double taperMaxCutPercentOfCurrent,
        boolean prnMmeFromEstimatedUse,
        boolean taperAsNeededFirst,
        int taperMaxStrengthsPerProduct,
        int supplyMaxDaysPerIssue,
        int olderAdultAgeYears,
        int childContraindicationAgeYears,
        int recentStopDays,
        int oudTreatmentLookbackDays,
        boolean naloxoneForEveryOpioid,
        boolean taperSwitchOnceDailyMr,
        boolean taperStepsStartOnWeekdays,
        int taperNewStrengthCostTablets) {
}

package org.taperwise.model;

/**
 * How much of one product to prescribe for a taper step: enough for every day of the step at the step's dose (for
 * an as-needed item, at the most doses a day the step allows).
 *
 * @param product  the medicine, form and strength as a prescriber writes it: "oxycodone mr-tablet 5 mg"
 * @param strength the strength of one unit (mg, microgram/hour), or the concentration of a solution (mg/ml)
 * @param quantity how many units (tablets, capsules, patches) or ml
 * @param unit     {@code tablet}, {@code capsule}, {@code patch} or {@code ml}
 * @param issueDays        the days one prescription covers: the step's days, or the profile's
 *                         {@code supplyMaxDaysPerIssue} when the step is longer (then it is issued several times)
 * @param quantityPerIssue the quantity of one such prescription
 */
public record Supply(String product, Amount strength, double quantity, String unit, int issueDays,
        double quantityPerIssue) {
}

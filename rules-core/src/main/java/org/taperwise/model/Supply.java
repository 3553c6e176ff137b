package org.taperwise.model;

/**
 * How much of one product to prescribe for a taper step: enough for every day of the step at the step's dose (for
 * an as-needed item, at the most doses a day the step allows).
 *
 * @param product  the product as a prescriber writes it: the products table's name ("Oxycodone 5mg modified-release
 *                 tablets", the prescribed brand in place of the ingredient), else the medicine, form and strength
 *                 ("oxycodone mr-tablet 5 mg")
 * @param strength the strength of one unit (mg, microgram/hour), or the concentration of a solution (mg/ml)
 * @param quantity how many units (tablets, capsules, patches) or ml
 * @param unit     {@code tablet}, {@code capsule}, {@code patch} or {@code ml}
 * @param issueDays        the days one prescription covers: the step's days, or the profile's
 *                         {@code supplyMaxDaysPerIssue} when the step is longer (then it is issued several times)
 * @param quantityPerIssue the quantity of one such prescription
 */
public record Supply(String product, Amount strength, double quantity, String unit, int issueDays,
        double quantityPerIssue) {
    /**
     * The supply as a prescription line: "Oxycodone 5mg modified-release tablets, 56 tablets", with "(28 every 28
     * days)" when it is issued several times.
     */
    public String describe() {
        String line = product + ", " + count(quantity, unit);
        if (issueDays > 0 && quantity != quantityPerIssue) {
            line += " (" + count(quantityPerIssue, unit) + " every " + issueDays + " days)";
        }
        return line;
    }

    /** A number of units in words a patient reads: "1 tablet", "14 tablets", "3 patches", "105 ml". */
    public static String count(double n, String unit) {
        String number = n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
        return number + " " + (unit.equals("ml") || n == 1 ? unit : unit.endsWith("ch") ? unit + "es" : unit + "s");
    }
}

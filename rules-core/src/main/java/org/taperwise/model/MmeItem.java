package org.taperwise.model;

/**
 * The oral morphine equivalent of one prescription in the current regimen.
 *
 * @param prescriptionId the prescription's id, or its JSON path when it has none
 * @param medicine       the medicine's name in the medicines table (as given when unrecognised)
 * @param ingredient     the opioid ingredient the factor applies to; null when unrecognised
 * @param dailyDose      the daily amount of the ingredient; null when it cannot be computed
 * @param factor         mg oral morphine per unit of {@code dailyDose}; null unless COMPUTED
 * @param dailyMme       mg oral morphine a day; null unless COMPUTED
 * @param note           why the status is EXCLUDED or NOT_COMPUTABLE, or how the dose was counted; may be null
 * @param factorSource   the conversion-table row used ("tables/conversion-uk-opioids-aware.csv line 12"), or null
 * @param estimatedDailyDose for an as-needed item with two or more issues that give a quantity: the daily amount
 *                       the issue history shows is used (the headline keeps the prescribed maximum); else null
 * @param estimatedDailyMme  {@code estimatedDailyDose} times the item's factor; null unless both are known
 */
public record MmeItem(
        String prescriptionId,
        String medicine,
        String ingredient,
        Form form,
        Amount dailyDose,
        Double factor,
        Double dailyMme,
        MmeStatus status,
        String note,
        String factorSource,
        Amount estimatedDailyDose,
        Double estimatedDailyMme) {

    /** An item with no estimate of as-needed use. */
    public MmeItem(String prescriptionId, String medicine, String ingredient, Form form, Amount dailyDose,
            Double factor, Double dailyMme, MmeStatus status, String note, String factorSource) {
        this(prescriptionId, medicine, ingredient, form, dailyDose, factor, dailyMme, status, note, factorSource, null,
                null);
    }

    /** This item with the estimated use of an as-needed prescription. */
    public MmeItem withEstimate(Amount dose, Double mme) {
        return new MmeItem(prescriptionId, medicine, ingredient, form, dailyDose, factor, dailyMme, status, note,
                factorSource, dose, mme);
    }
}

package org.taperwise.rules;

import java.time.LocalDate;
import org.taperwise.model.Form;
import org.taperwise.model.MedicineClass;
import org.taperwise.model.MmeStatus;
import org.taperwise.model.Route;

/**
 * One prescription issue, resolved against the medicines table and with its supply period worked out.
 *
 * @param ref              the prescription's id, or its JSON path when it has none; used as evidence
 * @param name             the medicine's name in the medicines table, or as given when unrecognised
 * @param ingredient       the (opioid) ingredient; null when unrecognised
 * @param medicineClass    null when unrecognised
 * @param recognised       whether the medicines table knows the medicine
 * @param form             null when not given
 * @param route            null when the form gives none
 * @param dateIssued       date of issue
 * @param lastSupplyDate   last day the supply lasts ({@code dateIssued + daysSupply - 1})
 * @param daysSupply       days the issue lasts (given, derived, or the profile default)
 * @param inSupply         whether the supply covers {@code asOf}, allowing the profile's supply gap
 * @param current          whether it is the issue counted for its regimen in the current regimen
 * @param regimenKey       medicine, form, strength, dose and frequency: repeat issues share it
 * @param asNeeded         PRN prescription
 * @param mmeStatus        for current issues: whether the morphine equivalent was computed; null otherwise
 * @param dailyMme         mg oral morphine a day when {@code mmeStatus} is COMPUTED, else 0
 * @param dailyDoseKnown   whether the daily amount of the ingredient could be computed from the regimen
 */
public record Medication(
        String ref,
        String name,
        Ingredient ingredient,
        MedicineClass medicineClass,
        boolean recognised,
        Form form,
        Route route,
        LocalDate dateIssued,
        LocalDate lastSupplyDate,
        int daysSupply,
        boolean inSupply,
        boolean current,
        String regimenKey,
        boolean asNeeded,
        MmeStatus mmeStatus,
        double dailyMme,
        boolean dailyDoseKnown) {

    /** Whether it is a recognised opioid. */
    public boolean opioid() {
        return medicineClass == MedicineClass.OPIOID;
    }
}

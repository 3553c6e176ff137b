package org.taperwise.model;

import java.util.List;

/**
 * One opioid's dose during a taper step.
 *
 * @param dailyMme       mg oral morphine a day; null when the profile gives the medicine no factor
 * @param regimen        a sentence a patient can follow, e.g. "40 mg in the morning, 40 mg in the evening"
 * @param administrations each dose of the day and the tablets, capsules, millilitres or patches that make it
 * @param supply         what to prescribe for the step: each product's quantity for all its days
 */
public record TaperDose(String medicine, Form form, Amount dailyDose, Double dailyMme, String regimen,
        List<Administration> administrations, List<Supply> supply) {
    public TaperDose {
        administrations = List.copyOf(administrations);
        supply = supply == null ? List.of() : List.copyOf(supply);
    }

    /** A dose with no quantities worked out. */
    public TaperDose(String medicine, Form form, Amount dailyDose, Double dailyMme, String regimen,
            List<Administration> administrations) {
        this(medicine, form, dailyDose, dailyMme, regimen, administrations, List.of());
    }

    /** This dose with the quantities a step of its length needs. */
    public TaperDose withSupply(List<Supply> quantities) {
        return new TaperDose(medicine, form, dailyDose, dailyMme, regimen, administrations, quantities);
    }
}

package org.taperwise.model;

import java.util.List;

/**
 * One opioid's dose during a taper step.
 *
 * @param dailyMme       mg oral morphine a day; null when the profile gives the medicine no factor
 * @param regimen        a sentence a patient can follow, e.g. "40 mg in the morning, 40 mg in the evening"
 * @param administrations each dose of the day and the tablets, capsules, millilitres or patches that make it
 */
public record TaperDose(String medicine, Form form, Amount dailyDose, Double dailyMme, String regimen,
        List<Administration> administrations) {
    public TaperDose {
        administrations = List.copyOf(administrations);
    }
}

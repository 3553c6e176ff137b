package org.taperwise.fhir;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.taperwise.model.Coding;
import org.taperwise.model.Form;
import org.taperwise.model.Strength;
import org.taperwise.model.StrengthUnit;

/**
 * {@code medication[x]} (a CodeableConcept, or a reference to a contained or bundled Medication) to the contract's
 * {@code medicine}, {@code coding}, {@code form} and {@code strength}; rules in docs/contract.md, "FHIR R4 input",
 * under "Medicines".
 */
final class MedicationMapping {
    /** Code systems the built-in ruleset's code tables hold (RxNorm, SNOMED CT and dm+d, ATC). */
    static final Set<String> KNOWN_SYSTEMS = Set.of("http://www.nlm.nih.gov/research/umls/rxnorm",
            "http://snomed.info/sct", "https://dmd.nhs.uk", "http://www.whocc.no/atc");

    /** The medicine of one resource; {@code patch} when its form or name says transdermal patch. */
    record Medicine(String name, List<Coding> coding, Form form, Strength strength, boolean patch) {
    }

    private final Findings findings;
    private final ResourceIndex index;

    MedicationMapping(Findings findings, ResourceIndex index) {
        this.findings = findings;
        this.index = index;
    }

    /** Reads {@code medication[x]} of {@code owner}; {@code path} is e.g. {@code MedicationRequest}. */
    Medicine read(Type medication, DomainResource owner, String resource, String path) {
        if (medication instanceof CodeableConcept cc && !cc.isEmpty()) {
            return concept(cc, resource, path + ".medicationCodeableConcept", null, null);
        }
        if (medication instanceof Reference ref && !ref.isEmpty()) {
            Resource target = index.resolve(ref, owner);
            String at = path + ".medicationReference";
            if (target instanceof Medication med) {
                Form form = med.hasForm() ? form(med.getForm(), resource, at + ".resolve().form") : null;
                Strength strength = strength(med, resource, at + ".resolve().ingredient");
                return concept(med.getCode(), resource, at + ".resolve().code", form, strength);
            }
            String shown = ref.hasDisplay() ? ref.getDisplay() : ref.getReference();
            findings.warn(Warnings.MEDICATION_REFERENCE_UNRESOLVED, resource, at, "the reference "
                    + Findings.brief(ref.getReference()) + " names no Medication in the record (contained, by"
                    + " Medication/id or by fullUrl); the medicine is unrecognised"
                    + (ref.hasDisplay() ? ", named by the reference's display" : ""));
            return new Medicine(shown == null ? "unresolved medication reference" : shown, List.of(), null, null,
                    false);
        }
        findings.warn(Warnings.MEDICATION_MISSING, resource, path + ".medication", "no medication is given; the"
                + " medicine is unrecognised");
        return new Medicine("medication not given", List.of(), null, null, false);
    }

    private Medicine concept(CodeableConcept cc, String resource, String at, Form form, Strength strength) {
        List<Coding> coding = new ArrayList<>();
        boolean known = false;
        String display = null;
        for (int i = 0; i < cc.getCoding().size(); i++) {
            org.hl7.fhir.r4.model.Coding c = cc.getCoding().get(i);
            if (!c.hasSystem() || !c.hasCode()) {
                findings.warn(Warnings.MEDICATION_CODING_INCOMPLETE, resource, at + ".coding[" + i + "]", "a coding"
                        + " without " + (c.hasSystem() ? "a code" : "a system") + " cannot be looked up; it was not"
                        + " passed on");
                display = display == null && c.hasDisplay() ? c.getDisplay() : display;
                continue;
            }
            coding.add(new Coding(c.getSystem(), c.getCode(), c.hasDisplay() ? c.getDisplay() : null));
            known |= KNOWN_SYSTEMS.contains(c.getSystem());
            display = display == null && c.hasDisplay() ? c.getDisplay() : display;
        }
        String name = null;
        if (!known) {
            name = cc.hasText() ? cc.getText() : display;
            if (name == null && coding.isEmpty()) {
                findings.warn(Warnings.MEDICATION_MISSING, resource, at, "the medication has neither a coding nor a"
                        + " text; the medicine is unrecognised");
                name = "medication not named";
            }
        }
        boolean patch = form == Form.PATCH || mentionsPatch(cc.getText());
        for (Coding c : coding) {
            patch |= mentionsPatch(c.display());
        }
        return new Medicine(name, coding, form, strength, patch);
    }

    private static boolean mentionsPatch(String text) {
        if (text == null) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("transdermal") || t.contains("patch");
    }

    /** Medication.form by its words (text, else a coding's display). Null, warned, when none fits. */
    private Form form(CodeableConcept form, String resource, String at) {
        String text = form.hasText() ? form.getText() : null;
        for (org.hl7.fhir.r4.model.Coding c : form.getCoding()) {
            text = text == null && c.hasDisplay() ? c.getDisplay() : text;
        }
        Form f = text == null ? null : formOf(text.toLowerCase(Locale.ROOT));
        if (f == null) {
            findings.warn(Warnings.MEDICATION_FORM_UNMAPPED, resource, at, "the form "
                    + Findings.brief(text == null ? form.getCodingFirstRep().getCode() : text) + " was not read; a"
                    + " product code gives the form");
        }
        return f;
    }

    static Form formOf(String t) {
        boolean release = t.contains("prolonged") || t.contains("modified") || t.contains("extended")
                || t.contains("controlled") || t.contains("sustained") || t.contains("slow");
        if (t.contains("patch") || t.contains("transdermal")) {
            return Form.PATCH;
        }
        if (t.contains("buccal")) {
            return Form.BUCCAL;
        }
        if (t.contains("sublingual")) {
            return Form.SUBLINGUAL;
        }
        if (t.contains("tablet")) {
            return release ? Form.MR_TABLET : Form.TABLET;
        }
        if (t.contains("capsule")) {
            return release ? Form.MR_CAPSULE : Form.CAPSULE;
        }
        if (t.contains("oral solution") || t.contains("oral liquid") || t.contains("oral suspension")) {
            return Form.ORAL_SOLUTION;
        }
        if (t.contains("nasal spray")) {
            return Form.NASAL_SPRAY;
        }
        if (t.contains("injection")) {
            return Form.INJECTION;
        }
        if (t.contains("suppositor")) {
            return Form.SUPPOSITORY;
        }
        return null;
    }

    /** The strength of the Medication's one ingredient that gives one; null (warned) when there are several. */
    private Strength strength(Medication med, String resource, String at) {
        List<Integer> withStrength = new ArrayList<>();
        for (int i = 0; i < med.getIngredient().size(); i++) {
            if (med.getIngredient().get(i).hasStrength()) {
                withStrength.add(i);
            }
        }
        if (withStrength.isEmpty()) {
            return null;
        }
        if (withStrength.size() > 1) {
            findings.warn(Warnings.MEDICATION_STRENGTH_UNMAPPED, resource, at, withStrength.size() + " ingredients"
                    + " have a strength; which is the opioid's is not guessed (a product code gives it)");
            return null;
        }
        int i = withStrength.get(0);
        Strength s = strength(med.getIngredient().get(i).getStrength());
        if (s == null) {
            findings.warn(Warnings.MEDICATION_STRENGTH_UNMAPPED, resource, at + "[" + i + "].strength", "a strength"
                    + " per unit in mg or microgram (per tablet, capsule or ml, or microgram per hour) was expected; it"
                    + " was not read");
        }
        return s;
    }

    static Strength strength(Ratio r) {
        Quantity n = r.getNumerator();
        Quantity d = r.getDenominator();
        if (!n.hasValue()) {
            return null;
        }
        BigDecimal per = d.hasValue() ? d.getValue() : BigDecimal.ONE;
        if (per.signum() <= 0) {
            return null;
        }
        BigDecimal value = n.getValue().divide(per, MathContext.DECIMAL64).stripTrailingZeros();
        var nu = Units.doseUnit(n);
        if (Units.hoursPer(d.hasCode() ? d.getCode() : d.getUnit(), 30) != null) {
            BigDecimal hours = Units.hoursPer(d.hasCode() ? d.getCode() : d.getUnit(), 30);
            BigDecimal perHour = value.divide(hours, MathContext.DECIMAL64).stripTrailingZeros();
            return nu == org.taperwise.model.DoseUnit.MICROGRAM ? new Strength(perHour, StrengthUnit.MICROGRAM_PER_HOUR)
                    : nu == org.taperwise.model.DoseUnit.MG ? new Strength(perHour.multiply(BigDecimal.valueOf(1000)),
                            StrengthUnit.MICROGRAM_PER_HOUR) : null;
        }
        var du = Units.doseUnit(d);
        if (du == org.taperwise.model.DoseUnit.ML) {
            return nu == org.taperwise.model.DoseUnit.MG ? new Strength(value, StrengthUnit.MG_PER_ML)
                    : nu == org.taperwise.model.DoseUnit.MICROGRAM ? new Strength(value.movePointLeft(3)
                            .stripTrailingZeros(), StrengthUnit.MG_PER_ML) : null;
        }
        if (du == org.taperwise.model.DoseUnit.UNIT) {
            return nu == org.taperwise.model.DoseUnit.MG ? new Strength(value, StrengthUnit.MG)
                    : nu == org.taperwise.model.DoseUnit.MICROGRAM ? new Strength(value, StrengthUnit.MICROGRAM) : null;
        }
        return null;
    }
}

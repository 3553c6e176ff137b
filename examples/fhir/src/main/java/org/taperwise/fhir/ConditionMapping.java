package org.taperwise.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.taperwise.model.Coding;

/**
 * Condition to the contract's {@code conditions[]}: one entry per SNOMED CT, ICD-10 or ICD-10-CM coding, for the
 * ruleset's condition-code table to map to a concept. Rules in docs/contract.md, "FHIR R4 input", under "Condition".
 */
final class ConditionMapping {
    static final Set<String> SYSTEMS = Set.of("http://snomed.info/sct", "http://hl7.org/fhir/sid/icd-10",
            "http://hl7.org/fhir/sid/icd-10-cm");
    private static final Set<String> COUNTED = Set.of("active", "recurrence", "relapse");
    private static final Set<String> IGNORED_VERIFICATION = Set.of("refuted", "entered-in-error");
    private static final String PATH = "Condition";

    private final Findings findings;
    private final LocalDate asOf;

    ConditionMapping(Findings findings, LocalDate asOf) {
        this.findings = findings;
        this.asOf = asOf;
    }

    List<org.taperwise.model.Condition> map(org.hl7.fhir.r4.model.Condition c, String name) {
        String verification = code(c.getVerificationStatus());
        if (verification != null && IGNORED_VERIFICATION.contains(verification)) {
            findings.warn(Warnings.CONDITION_REFUTED, name, PATH + ".verificationStatus", "verification status "
                    + verification + ": not counted");
            return List.of();
        }
        LocalDate began = onset(c);
        if (began != null && began.isAfter(asOf)) {
            findings.warn(Warnings.CONDITION_AFTER_AS_OF, name, PATH + ".onset", "began " + began + ", after " + asOf
                    + "; not counted");
            return List.of();
        }
        String clinical = code(c.getClinicalStatus());
        if (clinical == null) {
            findings.warn(Warnings.CONDITION_STATUS_MISSING, name, PATH + ".clinicalStatus", "no clinical status:"
                    + " counted as recorded (a diagnosis the record holds)");
        } else if (!COUNTED.contains(clinical)) {
            LocalDate abated = abatement(c);
            if (abated == null || !abated.isAfter(asOf)) {
                findings.warn(Warnings.CONDITION_NOT_ACTIVE, name, PATH + ".clinicalStatus", "clinical status "
                        + clinical + ": not a current condition; not counted");
                return List.of();
            }
            findings.warn(Warnings.CONDITION_ABATED_AFTER_AS_OF, name, PATH + ".abatement", "clinical status "
                    + clinical + " since " + abated + ", after " + asOf + ": it was current then; counted");
        }
        LocalDate since = since(c, name);
        List<org.taperwise.model.Condition> out = new ArrayList<>();
        CodeableConcept code = c.getCode();
        for (int i = 0; i < code.getCoding().size(); i++) {
            org.hl7.fhir.r4.model.Coding k = code.getCoding().get(i);
            if (k.hasSystem() && k.hasCode() && SYSTEMS.contains(k.getSystem())) {
                out.add(new org.taperwise.model.Condition(null, new Coding(k.getSystem(), k.getCode(),
                        k.hasDisplay() ? k.getDisplay() : null), since));
            } else {
                findings.warn(Warnings.CONDITION_CODING_UNSUPPORTED, name, PATH + ".code.coding[" + i + "]", "a coding"
                        + " of " + (k.hasSystem() ? Findings.brief(k.getSystem()) : "no system") + ": only SNOMED CT,"
                        + " ICD-10 and ICD-10-CM codings are passed on");
            }
        }
        if (out.isEmpty() && code.getCoding().isEmpty()) {
            findings.warn(Warnings.CONDITION_NOT_CODED, name, PATH + ".code", "no coding"
                    + (code.hasText() ? " (text only)" : "") + ": not counted");
        }
        return out;
    }

    /** onset[x] (a dateTime, or a Period's start), else recordedDate; null when neither is a full date. */
    private LocalDate since(org.hl7.fhir.r4.model.Condition c, String name) {
        LocalDate d = null;
        if (c.hasOnsetDateTimeType()) {
            d = Units.date(c.getOnsetDateTimeType());
        } else if (c.hasOnsetPeriod()) {
            d = Units.date(c.getOnsetPeriod().getStartElement());
        } else if (c.hasOnset()) {
            findings.warn(Warnings.CONDITION_ONSET_NOT_A_DATE, name, PATH + ".onset", "an onset given as an age, range"
                    + " or text is not read; recordedDate is used");
        }
        return d != null ? d : Units.date(c.getRecordedDateElement());
    }

    /** onsetDateTime or an onsetPeriod's start, else recordedDate, without warnings; null when none is a full date. */
    private static LocalDate onset(org.hl7.fhir.r4.model.Condition c) {
        LocalDate d = c.hasOnsetDateTimeType() ? Units.date(c.getOnsetDateTimeType())
                : c.hasOnsetPeriod() ? Units.date(c.getOnsetPeriod().getStartElement()) : null;
        return d != null ? d : Units.date(c.getRecordedDateElement());
    }

    /** abatementDateTime, or an abatementPeriod's start; null when neither is a full date. */
    private static LocalDate abatement(org.hl7.fhir.r4.model.Condition c) {
        if (c.hasAbatementDateTimeType()) {
            return Units.date(c.getAbatementDateTimeType());
        }
        return c.hasAbatementPeriod() ? Units.date(c.getAbatementPeriod().getStartElement()) : null;
    }

    private static String code(CodeableConcept cc) {
        if (cc == null || cc.isEmpty()) {
            return null;
        }
        for (org.hl7.fhir.r4.model.Coding k : cc.getCoding()) {
            if (k.hasCode()) {
                return k.getCode();
            }
        }
        return null;
    }
}

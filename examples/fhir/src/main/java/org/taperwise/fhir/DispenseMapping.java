package org.taperwise.fhir;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.taperwise.model.Prescription;

/**
 * MedicationDispense (the pharmacy's record of an issue: it replaces the presumed issues of the request it names) and
 * MedicationStatement (patient-reported use). Rules in docs/contract.md, "FHIR R4 input".
 */
final class DispenseMapping {
    private static final String DISPENSE = "MedicationDispense";
    private static final String STATEMENT = "MedicationStatement";

    private final Findings findings;
    private final Issues issues;
    private final ResourceIndex index;
    private final MappingOptions options;
    private final LocalDate asOf;

    DispenseMapping(Findings findings, Issues issues, ResourceIndex index, MappingOptions options, LocalDate asOf) {
        this.findings = findings;
        this.issues = issues;
        this.index = index;
        this.options = options;
        this.asOf = asOf;
    }

    /** The request a dispense names ({@code authorizingPrescription}) that the record holds, or null. */
    MedicationRequest request(MedicationDispense md) {
        for (Reference ref : md.getAuthorizingPrescription()) {
            if (index.resolve(ref, md) instanceof MedicationRequest mr) {
                return mr;
            }
        }
        return null;
    }

    /** The issue of one dispense, or none (warned) when it is not a completed hand-over. */
    List<Prescription> dispense(MedicationDispense md, String name) {
        String status = md.getStatus() != null ? md.getStatus().toCode() : "unknown";
        if (!"completed".equals(status)) {
            findings.warn(Warnings.MEDICATION_DISPENSE_NOT_COUNTED, name, DISPENSE + ".status", "status " + status
                    + ": not handed over; not counted");
            return List.of();
        }
        if (md.hasCategory() && RequestMapping.has(md.getCategory(), "inpatient")) {
            findings.warn(Warnings.MEDICATION_REQUEST_INPATIENT, name, DISPENSE + ".category", "an inpatient"
                    + " dispense: " + (options.countInpatient() ? "counted, as the host chose" : "not counted"));
            if (!options.countInpatient()) {
                return List.of();
            }
        }
        String dateAt = md.hasWhenHandedOver() ? DISPENSE + ".whenHandedOver" : DISPENSE + ".whenPrepared";
        LocalDate issued = Units.date(md.hasWhenHandedOver() ? md.getWhenHandedOverElement()
                : md.getWhenPreparedElement());
        if (issued == null) {
            findings.problem(name, DISPENSE + ".whenHandedOver", md.hasWhenHandedOver() ? md.getWhenHandedOverElement()
                    .getValueAsString() : null, "the date it was handed over (whenHandedOver, else whenPrepared)");
            return List.of();
        }
        if (issued.isAfter(asOf)) {
            findings.warn(Warnings.ISSUE_AFTER_AS_OF, name, dateAt, "dispensed after " + asOf + "; not counted");
            return List.of();
        }
        MedicationRequest mr = request(md);
        if (mr == null && md.hasAuthorizingPrescription()) {
            findings.warn(Warnings.MEDICATION_DISPENSE_REQUEST_UNRESOLVED, name, DISPENSE
                    + ".authorizingPrescription", "the prescription it names is not in the record; the dispense is"
                    + " used on its own");
        }
        boolean ownMedication = md.hasMedication() && !md.getMedication().isEmpty();
        boolean ownDosage = md.hasDosageInstruction() || mr == null;
        var quantity = issues.supply().quantity(md.getQuantity(), name, DISPENSE + ".quantity");
        Integer days = issues.supply().days(md.getDaysSupply(), name, DISPENSE + ".daysSupply");
        return List.of(issues.build(name, ownMedication || mr == null ? md.getMedication() : mr.getMedication(),
                ownMedication || mr == null ? md : mr, name, ownMedication || mr == null ? DISPENSE
                        : DISPENSE + ".authorizingPrescription.resolve()",
                ownDosage ? md.getDosageInstruction() : mr.getDosageInstruction(),
                ownDosage ? DISPENSE + ".dosageInstruction"
                        : DISPENSE + ".authorizingPrescription.resolve().dosageInstruction",
                issued, quantity, days));
    }

    /** A statement of use: an issue dated its effective date (patient-reported, warned), or none. */
    List<Prescription> statement(MedicationStatement ms, String name) {
        String status = ms.getStatus() != null ? ms.getStatus().toCode() : "unknown";
        if (!Set.of("active", "completed").contains(status) || !options.countPatientReported()) {
            findings.warn(Warnings.MEDICATION_STATEMENT_NOT_COUNTED, name, STATEMENT + ".status", "status " + status
                    + (options.countPatientReported() ? ": not current or past use; not counted"
                            : ": patient-reported use is not counted, as the host chose"));
            return List.of();
        }
        for (int i = 0; i < ms.getDerivedFrom().size(); i++) {
            Resource from = index.resolve(ms.getDerivedFrom().get(i), ms);
            if (from instanceof MedicationRequest || from instanceof MedicationDispense) {
                findings.warn(Warnings.MEDICATION_STATEMENT_NOT_COUNTED, name, STATEMENT + ".derivedFrom[" + i + "]",
                        "derived from " + index.name(from) + ", which is counted itself; not counted twice");
                return List.of();
            }
        }
        LocalDate start = ms.hasEffectiveDateTimeType() ? Units.date(ms.getEffectiveDateTimeType())
                : ms.hasEffectivePeriod() ? Units.date(ms.getEffectivePeriod().getStartElement()) : null;
        LocalDate end = ms.hasEffectivePeriod() ? Units.date(ms.getEffectivePeriod().getEndElement()) : null;
        LocalDate issued = start != null ? start : Units.date(ms.getDateAssertedElement());
        if (issued == null || issued.isAfter(asOf)) {
            findings.warn(Warnings.MEDICATION_STATEMENT_NOT_COUNTED, name, STATEMENT + ".effective[x]", issued == null
                    ? "no effective date or dateAsserted (a full date); not counted" : "after " + asOf
                            + "; not counted");
            return List.of();
        }
        Integer days = start != null && end != null && end.isAfter(start)
                ? issues.supply().wholeDays(java.math.BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end)), name,
                        STATEMENT + ".effectivePeriod")
                : null;
        findings.warn(Warnings.MEDICATION_STATEMENT_PATIENT_REPORTED, name, STATEMENT, "patient-reported use,"
                + " counted as an issue on " + issued + (days != null ? " lasting the effective period" : ""));
        return List.of(issues.build(name, ms.getMedication(), ms, name, STATEMENT, ms.getDosage(), STATEMENT
                + ".dosage", issued, null, days));
    }
}

package org.taperwise.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.taperwise.model.Prescription;

/**
 * MedicationRequest to the contract's issues: which requests count (status, intent, category), the issue date, the
 * supply of the first issue and the presumed repeats. Rules in docs/contract.md, "FHIR R4 input", under
 * "MedicationRequest".
 */
final class RequestMapping {
    static final String PATH = "MedicationRequest";
    private static final Set<String> ORDERS = Set.of("order", "original-order", "reflex-order", "filler-order",
            "instance-order");

    private final Findings findings;
    private final Issues issues;
    private final MappingOptions options;
    private final LocalDate asOf;

    RequestMapping(Findings findings, Issues issues, MappingOptions options, LocalDate asOf) {
        this.findings = findings;
        this.issues = issues;
        this.options = options;
        this.asOf = asOf;
    }

    /**
     * The issues of one request. {@code draft}: a CDS Hooks draft order (issued on asOf, whatever its status and
     * date). {@code dispensed}: MedicationDispense records name it, so they are its issues instead.
     */
    List<Prescription> map(MedicationRequest mr, String name, boolean draft, boolean dispensed) {
        if (draft) {
            findings.warn(Warnings.DRAFT_ORDER, name, PATH, "a draft order being ordered now (CDS Hooks"
                    + " context.draftOrders): counted as issued on " + asOf + ", with no repeats");
            Prescription p = issues.build(name, mr.getMedication(), mr, name, PATH, mr.getDosageInstruction(),
                    PATH + ".dosageInstruction", asOf, firstQuantity(mr, name), firstDays(mr, name));
            return List.of(p);
        }
        String status = mr.getStatus() != null ? mr.getStatus().toCode() : "unknown";
        if (Set.of("cancelled", "entered-in-error", "draft").contains(status)) {
            findings.warn(Warnings.MEDICATION_REQUEST_NOT_COUNTED, name, PATH + ".status", "status " + status
                    + ": not a prescription that was issued; not counted");
            return List.of();
        }
        String intent = mr.getIntent() != null ? mr.getIntent().toCode() : "order";
        if (!ORDERS.contains(intent)) {
            findings.warn(Warnings.MEDICATION_REQUEST_NOT_AN_ORDER, name, PATH + ".intent", "intent " + intent
                    + ": a proposal or plan, not an order; not counted");
            return List.of();
        }
        for (int i = 0; i < mr.getCategory().size(); i++) {
            if (has(mr.getCategory().get(i), "inpatient")) {
                findings.warn(Warnings.MEDICATION_REQUEST_INPATIENT, name, PATH + ".category[" + i + "]",
                        "an inpatient order (hospital use, not a community prescription): " + (options.countInpatient()
                                ? "counted, as the host chose" : "not counted"));
                if (!options.countInpatient()) {
                    return List.of();
                }
            }
        }
        if (dispensed) {
            findings.warn(Warnings.REPEATS_REPLACED_BY_DISPENSES, name, PATH, "MedicationDispense records name this"
                    + " request: they are its issues, and the request adds none of its own");
            return List.of();
        }
        LocalDate issued = Units.date(mr.getAuthoredOnElement());
        if (issued == null) {
            findings.problem(name, PATH + ".authoredOn", mr.hasAuthoredOn() ? mr.getAuthoredOnElement()
                    .getValueAsString() : null, "the date the prescription was written (a full date)");
            return List.of();
        }
        if (issued.isAfter(asOf)) {
            findings.warn(Warnings.ISSUE_AFTER_AS_OF, name, PATH + ".authoredOn", "written after " + asOf
                    + "; not counted");
            return List.of();
        }
        boolean stopped = !"active".equals(status) && !"completed".equals(status);
        if (stopped) {
            findings.warn(Warnings.MEDICATION_REQUEST_STOPPED, name, PATH + ".status", "status " + status + ":"
                    + " counted as issued on " + issued + " (it was prescribed), with no repeats presumed");
        }
        List<Prescription> out = new ArrayList<>();
        Integer days = firstDays(mr, name);
        out.add(issues.build(name, mr.getMedication(), mr, name, PATH, mr.getDosageInstruction(),
                PATH + ".dosageInstruction", issued, firstQuantity(mr, name), days));
        repeats(mr, name, issued, stopped, out);
        return out;
    }

    /** Quantity of the first issue: initialFill.quantity, else dispenseRequest.quantity. */
    private BigDecimal firstQuantity(MedicationRequest mr, String name) {
        MedicationRequest.MedicationRequestDispenseRequestComponent d = mr.getDispenseRequest();
        if (d.hasInitialFill() && d.getInitialFill().hasQuantity()) {
            findings.warn(Warnings.INITIAL_FILL_USED, name, PATH + ".dispenseRequest.initialFill.quantity", "the"
                    + " first issue's quantity is the initial fill's");
            return issues.supply().quantity(d.getInitialFill().getQuantity(), name,
                    PATH + ".dispenseRequest.initialFill.quantity");
        }
        return issues.supply().quantity(d.getQuantity(), name, PATH + ".dispenseRequest.quantity");
    }

    /** Days supply of the first issue: initialFill.duration, else expectedSupplyDuration, else the timing bounds. */
    private Integer firstDays(MedicationRequest mr, String name) {
        MedicationRequest.MedicationRequestDispenseRequestComponent d = mr.getDispenseRequest();
        if (d.hasInitialFill() && d.getInitialFill().hasDuration()) {
            return issues.supply().days(d.getInitialFill().getDuration(), name,
                    PATH + ".dispenseRequest.initialFill.duration");
        }
        return repeatDays(mr, name);
    }

    /** Days supply of each repeat: expectedSupplyDuration, else the dosage's timing bounds (warned). */
    private Integer repeatDays(MedicationRequest mr, String name) {
        MedicationRequest.MedicationRequestDispenseRequestComponent d = mr.getDispenseRequest();
        if (d.hasExpectedSupplyDuration()) {
            return issues.supply().days(d.getExpectedSupplyDuration(), name,
                    PATH + ".dispenseRequest.expectedSupplyDuration");
        }
        for (int i = 0; i < mr.getDosageInstruction().size(); i++) {
            var rep = mr.getDosageInstruction().get(i).getTiming().getRepeat();
            String at = PATH + ".dosageInstruction[" + i + "].timing.repeat";
            BigDecimal bounds = rep.hasBoundsDuration() ? Units.days(rep.getBoundsDuration(),
                    options.daysPerMonth()) : null;
            if (bounds == null && rep.hasBoundsPeriod() && Units.date(rep.getBoundsPeriod().getStartElement()) != null
                    && Units.date(rep.getBoundsPeriod().getEndElement()) != null) {
                bounds = BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(
                        Units.date(rep.getBoundsPeriod().getStartElement()),
                        Units.date(rep.getBoundsPeriod().getEndElement())));
            }
            if (bounds != null && bounds.signum() > 0) {
                String where = at + (rep.hasBoundsDuration() ? ".boundsDuration" : ".boundsPeriod");
                findings.warn(Warnings.DAYS_SUPPLY_FROM_BOUNDS, name, where, "no expectedSupplyDuration: the days"
                        + " supply is how long the dosage runs (" + bounds.toPlainString() + " days)");
                return issues.supply().wholeDays(bounds, name, where);
            }
        }
        return null;
    }

    /**
     * Presumed repeats: repeat k (1..numberOfRepeatsAllowed) is an issue on issued + first supply + (k-1) x supply,
     * kept only while on or before asOf and inside validityPeriod.
     */
    private void repeats(MedicationRequest mr, String name, LocalDate issued, boolean stopped, List<Prescription> out) {
        MedicationRequest.MedicationRequestDispenseRequestComponent d = mr.getDispenseRequest();
        int allowed = d.hasNumberOfRepeatsAllowed() ? d.getNumberOfRepeatsAllowed() : 0;
        String at = PATH + ".dispenseRequest.numberOfRepeatsAllowed";
        if (allowed <= 0) {
            return;
        }
        Integer first = out.get(0).daysSupply();
        Integer each = repeatDays(mr, name);
        String why = !options.presumeRepeats() ? "the host chose not to presume repeats"
                : stopped ? "the request is not active or completed"
                : first == null || each == null ? "no supply duration to date them" : null;
        if (why != null) {
            findings.warn(Warnings.REPEATS_NOT_PRESUMED, name, at, allowed + " repeat(s) allowed, none presumed: "
                    + why);
            return;
        }
        LocalDate end = d.hasValidityPeriod() ? Units.date(d.getValidityPeriod().getEndElement()) : null;
        BigDecimal quantity = d.hasInitialFill() && d.getInitialFill().hasQuantity()
                ? issues.supply().quantity(d.getQuantity(), name, PATH + ".dispenseRequest.quantity")
                : out.get(0).quantity();
        int kept = 0;
        LocalDate date = issued.plusDays(first);
        for (int k = 1; k <= allowed && !date.isAfter(asOf) && (end == null || !date.isAfter(end)); k++) {
            Prescription firstIssue = out.get(0);
            out.add(issues.repeat(firstIssue, name + "#repeat-" + k, date, each, quantity));
            kept++;
            date = date.plusDays(each);
        }
        findings.warn(Warnings.REPEATS_PRESUMED, name, at, kept + " of " + allowed + " repeat(s) presumed dispensed,"
                + " every " + each + " days from " + issued.plusDays(first) + " (none after " + asOf
                + (end != null ? " or after the validity period's end " + end : "") + "; no MedicationDispense names"
                + " this request)");
    }

    static boolean has(CodeableConcept cc, String code) {
        return cc.getCoding().stream().anyMatch(c -> code.equalsIgnoreCase(c.getCode()))
                || code.equalsIgnoreCase(cc.getText());
    }
}

package org.taperwise.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.Sex;

/**
 * FHIR R4 records to Taperwise patient facts (docs/contract.md, "FHIR R4 input", states every rule). Immutable and
 * thread-safe: share one. Holds one {@link FhirContext#forR4Cached()}.
 */
public final class FhirMapper {
    private final FhirContext context;
    private final MappingOptions options;
    private final FhirJson json;

    /** A mapper with the documented default options. */
    public FhirMapper() {
        this(MappingOptions.defaults());
    }

    public FhirMapper(MappingOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.context = FhirContext.forR4Cached();
        this.json = new FhirJson(context);
    }

    /** The HAPI FHIR context (R4) this mapper parses with. */
    public FhirContext fhirContext() {
        return context;
    }

    FhirJson json() {
        return json;
    }

    public MappingOptions options() {
        return options;
    }

    /**
     * Maps a FHIR R4 Bundle (JSON) of one patient's record, evaluated as of {@code asOf}.
     *
     * @throws FhirMappingException when the JSON is malformed, is not a Bundle, or the record cannot be mapped
     *                              (every problem, each naming the resource and FHIRPath)
     */
    public FhirMapping fromBundle(String bundleJson, LocalDate asOf) {
        Findings findings = new Findings();
        IBaseResource parsed = json.parse(bundleJson, "Bundle", findings);
        if (!(parsed instanceof Bundle bundle)) {
            throw new FhirMappingException(List.of(new MappingProblem("Bundle", "resourceType", parsed.fhirType(),
                    "a Bundle")));
        }
        return map(FhirRecord.builder(asOf).add(bundle).build(), findings);
    }

    /** Parses one FHIR R4 resource (JSON); malformed JSON or a non-FHIR document throws FhirMappingException. */
    public IBaseResource parseResource(String resourceJson) {
        Findings findings = new Findings();
        return json.parse(resourceJson, "resource", findings);
    }

    /** Maps a record a host assembled (a CDS Hooks request's prefetch and draft orders, server searches). */
    public FhirMapping fromRecord(FhirRecord record) {
        Objects.requireNonNull(record, "record");
        return map(record, new Findings());
    }

    private FhirMapping map(FhirRecord record, Findings findings) {
        findings.warnings.addAll(record.readWarnings());
        LocalDate asOf = record.asOf();
        ResourceIndex index = new ResourceIndex();
        List<FhirRecord.Entry> used = new ArrayList<>();
        Map<String, List<String>> unused = new LinkedHashMap<>();
        for (int i = 0; i < record.entries().size(); i++) {
            FhirRecord.Entry e = record.entries().get(i);
            if (!(e.resource() instanceof Resource r)) {
                continue;
            }
            Resource held = index.add(r, e.fullUrl(), i);
            if (held != null && held.equalsDeep(r)) {
                findings.warn(Warnings.RESOURCE_DUPLICATE, index.name(held), r.fhirType(), "the record holds "
                        + index.name(held) + " more than once, the same each time; it was read once");
                continue;
            } else if (held != null) {
                findings.warn(Warnings.RESOURCE_ID_REUSED, index.name(r), r.fhirType(), "another resource has the same"
                        + " type and id (" + index.name(held) + "): both were read, this one named " + index.name(r)
                        + "; references by id name the first");
            }
            if (r instanceof Patient || r instanceof Condition || r instanceof MedicationRequest
                    || r instanceof MedicationDispense || r instanceof MedicationStatement) {
                used.add(e);
            } else if (!(r instanceof Medication)) {
                unused.computeIfAbsent(r.fhirType(), k -> new ArrayList<>()).add(index.name(r));
            }
        }
        unused.forEach((type, names) -> findings.warn(Warnings.RESOURCE_TYPE_NOT_USED, names.get(0), type, names.size()
                + " " + type + " resource(s) are not used by the mapping"));

        SupplyMapping supply = new SupplyMapping(findings, options.daysPerMonth());
        Issues issues = new Issues(findings, new MedicationMapping(findings, index),
                new DosageMapping(findings, options.daysPerMonth()), supply);
        RequestMapping requests = new RequestMapping(findings, issues, options, asOf);
        DispenseMapping dispenses = new DispenseMapping(findings, issues, index, options, asOf);
        ConditionMapping conditions = new ConditionMapping(findings, asOf);

        Map<MedicationRequest, Boolean> dispensed = new IdentityHashMap<>();
        for (FhirRecord.Entry e : used) {
            if (e.resource() instanceof MedicationDispense md && dispenses.request(md) != null) {
                dispensed.put(dispenses.request(md), Boolean.TRUE);
            }
        }
        Patient patient = null;
        List<Prescription> prescriptions = new ArrayList<>();
        List<org.taperwise.model.Condition> conds = new ArrayList<>();
        for (FhirRecord.Entry e : used) {
            IBaseResource r = e.resource();
            String name = index.name(r);
            if (r instanceof Patient p) {
                if (patient == null && (record.patientId() == null || record.patientId().equals(
                        p.getIdElement().getIdPart()) || !hasPatient(used, record.patientId()))) {
                    patient = p;
                } else {
                    findings.warn(Warnings.PATIENT_MULTIPLE, name, "Patient", "the record holds more than one Patient;"
                            + " this one was not used");
                }
            } else if (r instanceof MedicationRequest mr) {
                prescriptions.addAll(requests.map(mr, name, e.draft(), dispensed.containsKey(mr)));
            } else if (r instanceof MedicationDispense md) {
                prescriptions.addAll(dispenses.dispense(md, name));
            } else if (r instanceof MedicationStatement ms) {
                prescriptions.addAll(dispenses.statement(ms, name));
            } else if (r instanceof Condition c) {
                conds.addAll(conditions.map(c, name));
            }
        }
        String patientId = patient != null && patient.getIdElement().getIdPart() != null
                ? patient.getIdElement().getIdPart() : record.patientId();
        if (patient == null) {
            findings.warn(Warnings.PATIENT_MISSING, "Patient", "Patient", "the record holds no Patient: no birth date"
                    + " or sex (age criteria are UNDETERMINED)");
        }
        if (patientId == null || patientId.isBlank()) {
            findings.problem("Patient", "Patient.id", null, "a Patient resource with an id, or the patient id of the"
                    + " request's context");
        }
        findings.throwIfAny();
        PatientFacts.Builder b = PatientFacts.builder(patientId, asOf).historyStart(record.historyStart());
        if (patient != null) {
            b.birthDate(birthDate(patient, index.name(patient), findings));
            if (patient.getGender() != null) {
                b.sex(switch (patient.getGender()) {
                    case MALE -> Sex.MALE;
                    case FEMALE -> Sex.FEMALE;
                    case OTHER -> Sex.OTHER;
                    default -> Sex.UNKNOWN;
                });
            }
        }
        conds.forEach(b::condition);
        prescriptions.forEach(b::prescription);
        return new FhirMapping(b.build(), findings.warnings);
    }

    private static boolean hasPatient(List<FhirRecord.Entry> used, String id) {
        return used.stream().anyMatch(e -> e.resource() instanceof Patient p && id.equals(p.getIdElement()
                .getIdPart()));
    }

    /** Patient.birthDate; a year or year-month only is read as its last day (the youngest the patient can be). */
    private static LocalDate birthDate(Patient p, String name, Findings findings) {
        if (!p.hasBirthDate()) {
            return null;
        }
        var el = p.getBirthDateElement();
        LocalDate full = Units.date(el);
        if (full != null) {
            return full;
        }
        LocalDate partial = null;
        if (el.getPrecision() == TemporalPrecisionEnum.YEAR) {
            partial = LocalDate.of(el.getYear(), 12, 31);
        } else if (el.getPrecision() == TemporalPrecisionEnum.MONTH) {
            partial = YearMonth.of(el.getYear(), el.getMonth() + 1).atEndOfMonth();
        }
        if (partial != null) {
            findings.warn(Warnings.BIRTH_DATE_PARTIAL, name, "Patient.birthDate", "a birth date without a day was read"
                    + " as the last day it can be (the youngest the patient can be)");
        }
        return partial;
    }
}

package org.taperwise.cdshooks.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.taperwise.cdshooks.hooks.RecordMapper;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;

import java.time.LocalDate;
import java.util.List;

/**
 * Test records: a mapper that builds patient facts directly (the FHIR mapping is the fhir module's and is tested
 * there and in the replay test), keyed by the request's context.patientId.
 */
final class TestPatients {
    private TestPatients() {
    }

    /** Oxycodone MR 80 mg twice a day for five months (240 mg OME a day): high dose, eligible. */
    static PatientFacts highDose(String id, LocalDate asOf) {
        PatientFacts.Builder b = PatientFacts.builder(id, asOf).birthDate(LocalDate.of(1970, 1, 1));
        for (int i = 0; i < 6; i++) {
            b.prescription(Prescription.builder().id("rx-" + i).medicine("oxycodone").form(Form.MR_TABLET)
                    .strength(80, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(2)
                    .issued(asOf.minusDays(28L * (5 - i) + 1)).daysSupply(28).quantity(56).build());
        }
        return b.build();
    }

    /** A mapper giving {@link #highDose}; "Patient/no-opioids" gives a patient with no prescriptions. */
    static RecordMapper mapper() {
        return (ObjectNode request, LocalDate asOf) -> {
            String id = request.path("context").path("patientId").asText();
            if (id.endsWith("explode")) {
                throw new IllegalStateException("secret internal detail");
            }
            PatientFacts facts = id.endsWith("no-opioids") ? PatientFacts.builder(id, asOf).build()
                    : highDose(id, asOf);
            return new RecordMapper.Mapped(facts, List.of(new RecordMapper.Note("TEST_NOTE", "MedicationRequest/x",
                    "MedicationRequest.note", "a test note")));
        };
    }
}

package org.taperwise.examples.cqlpeer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/** One synthetic patient as parsed HAPI FHIR R4 objects: the Patient and its opioid MedicationRequests. */
record PeerPatient(String id, Patient patient, List<MedicationRequest> orders) {
    PeerPatient {
        orders = List.copyOf(orders);
    }

    /** The patient's resources by type, as the CQL engine's retrieve asks for them. */
    Map<String, List<Resource>> byType() {
        Map<String, List<Resource>> m = new LinkedHashMap<>();
        m.put("Patient", List.of(patient));
        m.put("MedicationRequest", new ArrayList<>(orders));
        return m;
    }
}

package org.taperwise.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CDS Hooks request envelope: fields, prefetch (null values kept as missing), problems named by place. */
class CdsHooksRequestReaderTest {
    private static final CdsHooksRequestReader READER = new CdsHooksRequestReader(new FhirMapper());

    @Test
    void theEnvelopeDraftOrdersAndPrefetchAreRead() {
        String json = "{\"hook\": \"order-sign\", \"hookInstance\": \"h1\", \"fhirServer\": \"https://ehr/fhir\","
                + " \"fhirAuthorization\": {\"access_token\": \"t\", \"token_type\": \"Bearer\", \"expires_in\": 300},"
                + " \"context\": {\"userId\": \"Practitioner/u\", \"patientId\": \"Patient/p1\", \"draftOrders\": "
                + Fhir.bundle(Fhir.request("new1", "\"medicationCodeableConcept\": " + Fhir.OXY_MR_10, null, null,
                        null)).replace("\"Patient\", \"id\": \"p1\"", "\"Patient\", \"id\": \"px\"")
                + "}, \"prefetch\": {\"patient\": " + Fhir.PATIENT + ", \"conditions\": null}}";
        CdsHooksRequest r = READER.read(json);
        assertEquals("order-sign", r.hook());
        assertEquals("p1", r.patientId());
        assertEquals("300", r.fhirAuthorization().get("expires_in"));
        assertEquals(List.of("conditions", "dispenses"), r.missingPrefetch(List.of("patient", "conditions",
                "dispenses")));
        FhirMapping m = new FhirMapper().fromRecord(r.record(Fhir.AS_OF));
        assertEquals(List.of("MedicationRequest/new1"), m.draftOrderIds());
        assertEquals("p1", m.facts().patientId());
        assertEquals(Fhir.AS_OF, m.facts().prescriptions().get(0).issued());
    }

    @Test
    void aMissingHookOrContextAndABadPrefetchValueAreEachNamed() {
        FhirMappingException e = assertThrows(FhirMappingException.class, () -> READER.read("{\"prefetch\":"
                + " {\"p\": {\"resourceType\": \"NotAType\"}, \"q\": [1]}}"));
        List<String> paths = e.problems().stream().map(p -> p.resource() + " " + p.path()).toList();
        assertTrue(paths.contains("request hook"), paths.toString());
        assertTrue(paths.contains("request context"), paths.toString());
        assertTrue(paths.contains("prefetch.p resourceType"), paths.toString());
        assertTrue(paths.contains("prefetch.q resourceType"), paths.toString());
        assertThrows(FhirMappingException.class, () -> READER.read("[]"));
        assertThrows(FhirMappingException.class, () -> READER.read(""));
    }

    @Test
    void aRequestWithNoPrefetchUsesTheContextsPatientId() {
        CdsHooksRequest r = READER.read("{\"hook\": \"patient-view\", \"context\": {\"patientId\": \"Patient/x\"}}");
        assertNull(r.fhirServer());
        FhirMapping m = new FhirMapper().fromRecord(r.record(Fhir.AS_OF));
        assertEquals("x", m.facts().patientId());
    }
}

package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate with a FHIR R4 Bundle (docs/contract.md section 5): mapped, evaluated as of --as-of, warnings added. */
class EvaluateFhirBundleTest {
    private static final String BUNDLE = """
            {"resourceType": "Bundle", "type": "collection", "entry": [
             {"resource": {"resourceType": "Patient", "id": "p1", "gender": "female", "birthDate": "1970-03-04"}},
             {"resource": {"resourceType": "MedicationRequest", "id": "rx1", "status": "active", "intent": "order",
               "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                 "code": "1049502"}]},
               "authoredOn": "2026-03-01",
               "dosageInstruction": [{"timing": {"repeat": {"frequency": 2, "period": 1, "periodUnit": "d"}},
                 "doseAndRate": [{"doseQuantity": {"value": 1, "code": "{tablet}"}}]}],
               "dispenseRequest": {"quantity": {"value": 56, "unit": "tablet"}, "numberOfRepeatsAllowed": 5,
                 "expectedSupplyDuration": {"value": 28, "code": "d"}}}}
            ]}""";

    @TempDir
    Path dir;

    @Test
    void aBundleIsEvaluatedAsOfTheGivenDateWithItsMappingWarnings() throws Exception {
        Path f = Files.writeString(dir.resolve("b.json"), BUNDLE);
        CliRun run = CliRun.of("evaluate", "--format", "json", "--as-of", "2026-06-01", f.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode a = new ObjectMapper().readTree(run.out());
        assertEquals("p1", a.path("patientId").asText());
        assertEquals("2026-06-01", a.path("asOf").asText());
        assertEquals(20.0 * 1.5, a.path("mme").path("totalDailyMg").asDouble(), 1e-9, "oxycodone MR 10 mg twice a day");
        assertEquals("REPEATS_PRESUMED", a.path("fhirMappingWarnings").get(0).path("code").asText());
        assertEquals("MedicationRequest.dispenseRequest.numberOfRepeatsAllowed",
                a.path("fhirMappingWarnings").get(0).path("path").asText());
        CliRun text = CliRun.of("evaluate", "--as-of", "2026-06-01", f.toString());
        assertTrue(text.out().contains("FHIR mapping warnings (1)"), text.out());
    }

    @Test
    void aBundleThatCannotBeMappedIsBadInputNamingTheResourceAndPath() throws Exception {
        Path f = Files.writeString(dir.resolve("b.json"), BUNDLE.replace("\"authoredOn\": \"2026-03-01\",", ""));
        CliRun run = CliRun.of("evaluate", "--as-of", "2026-06-01", f.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("MedicationRequest/rx1 MedicationRequest.authoredOn: missing"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        Path broken = Files.writeString(dir.resolve("c.json"), "{\"resourceType\": \"Bundle\", \"entry\": [");
        CliRun bad = CliRun.of("evaluate", broken.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("malformed JSON"), bad.err());
    }
}

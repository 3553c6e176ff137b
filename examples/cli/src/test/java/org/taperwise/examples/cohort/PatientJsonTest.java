package org.taperwise.examples.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.TaperwiseEngine;
import org.taperwise.json.ParsedPatient;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.Coding;
import org.taperwise.model.Condition;
import org.taperwise.model.ConditionConcept;
import org.taperwise.model.Dose;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.Instrument;
import org.taperwise.model.InstrumentScore;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.Sex;
import org.taperwise.model.Strength;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.TaperRequest;

/**
 * {@link PatientJson} writes the contract's patient object: read back with {@link TaperwiseJson#readPatient}, every
 * patient equals the one written (record equality, numbers with their exact decimal value) and evaluates to an equal
 * assessment.
 */
class PatientJsonTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static TaperwiseEngine engine;

    @TempDir
    Path tmp;

    @BeforeAll
    static void engine() {
        engine = TaperwiseEngine.builder().build();
    }

    private static PatientFacts readBack(String json) {
        ParsedPatient parsed = TaperwiseJson.readPatient(json);
        assertEquals(List.of(), parsed.warnings(), "every field written is a contract field: " + json);
        return parsed.facts();
    }

    @Test
    void syntheticCohort_readsBackEqual_andEvaluatesIdentically() {
        SyntheticCohort cohort = new SyntheticCohort(20261123L);
        for (int i = 0; i < 2_000; i++) {
            PatientFacts written = cohort.next();
            String json = PatientJson.write(written);
            assertFalse(json.contains("\n"), "one line");
            PatientFacts read = readBack(json);
            assertEquals(written, read, json);
            assertEquals(engine.evaluate(written), engine.evaluate(read), json);
        }
    }

    @Test
    void everyContractField_isWrittenWithItsContractName() throws IOException {
        PatientFacts all = new PatientFacts("p-all", AS_OF, LocalDate.of(1974, 5, 2), Sex.FEMALE, false,
                LocalDate.of(2025, 11, 1),
                List.of(new Condition(ConditionConcept.END_OF_LIFE_CARE, null, LocalDate.of(2026, 1, 10)),
                        new Condition(null, new Coding("http://hl7.org/fhir/sid/icd-10", "Z51.5", "palliative care"),
                                null)),
                List.of(new Prescription("rx-1", "oxycodone", List.of(new Coding("http://snomed.info/sct", "12345")),
                        Form.MR_TABLET, new Strength(new BigDecimal("20"), StrengthUnit.MG),
                        new Dose(new BigDecimal("1"), DoseUnit.UNIT), new BigDecimal("2"), false, null,
                        LocalDate.of(2026, 10, 1), 28, new BigDecimal("56")),
                        new Prescription(null, "fentanyl", List.of(), Form.PATCH,
                                new Strength(new BigDecimal("12.5"), StrengthUnit.MICROGRAM_PER_HOUR),
                                new Dose(new BigDecimal("1"), DoseUnit.UNIT), null, false, new BigDecimal("3"),
                                LocalDate.of(2026, 10, 15), null, new BigDecimal("10")),
                        new Prescription("rx-3", "Oramorph", List.of(), Form.ORAL_SOLUTION,
                                new Strength(new BigDecimal("2.0"), StrengthUnit.MG_PER_ML),
                                new Dose(new BigDecimal("2.50"), DoseUnit.ML), new BigDecimal("4"), true, null,
                                LocalDate.of(2026, 10, 20), 14, null)),
                List.of(new InstrumentScore(Instrument.COMM, new BigDecimal("12"), LocalDate.of(2026, 10, 20))),
                new TaperRequest("uk-long-term", LocalDate.of(2026, 11, 8), List.of("oxycodone", "fentanyl")));
        String json = PatientJson.write(all);
        assertEquals(all, readBack(json));

        JsonNode n = new ObjectMapper().readTree(json);
        assertEquals("1974-05-02", n.get("birthDate").asText());
        assertEquals("female", n.get("sex").asText());
        assertFalse(n.get("pregnant").asBoolean());
        assertEquals("2025-11-01", n.get("historyStart").asText());
        assertEquals("END_OF_LIFE_CARE", n.at("/conditions/0/code").asText());
        assertEquals("2026-01-10", n.at("/conditions/0/since").asText());
        assertEquals("Z51.5", n.at("/conditions/1/coding/code").asText());
        JsonNode rx = n.at("/prescriptions/0");
        assertEquals("rx-1", rx.get("id").asText());
        assertEquals("http://snomed.info/sct", rx.at("/coding/0/system").asText());
        assertEquals("mr-tablet", rx.get("form").asText());
        assertEquals(20, rx.at("/strength/value").asInt());
        assertEquals("mg", rx.at("/strength/unit").asText());
        assertEquals(1, rx.at("/dose/value").asInt());
        assertEquals("unit", rx.at("/dose/unit").asText());
        assertEquals(2, rx.get("timesPerDay").asInt());
        assertFalse(rx.get("asNeeded").asBoolean());
        assertEquals("2026-10-01", rx.get("issued").asText());
        assertEquals(28, rx.get("daysSupply").asInt());
        assertEquals(56, rx.get("quantity").asInt());
        JsonNode patch = n.at("/prescriptions/1");
        assertFalse(patch.has("id"), "absent fields are omitted, never null");
        assertEquals("microgram/hour", patch.at("/strength/unit").asText());
        assertEquals(3, patch.get("changeEveryDays").asInt());
        assertFalse(patch.has("timesPerDay"));
        assertTrue(n.at("/prescriptions/2/asNeeded").asBoolean());
        assertTrue(json.contains("\"dose\":{\"value\":2.50,\"unit\":\"ml\"}"), "a number is written as given: " + json);
        assertEquals("COMM", n.at("/assessments/0/instrument").asText());
        assertEquals(12, n.at("/assessments/0/score").asInt());
        assertEquals("2026-10-20", n.at("/assessments/0/date").asText());
        assertEquals("uk-long-term", n.at("/taperRequest/policy").asText());
        assertEquals("2026-11-08", n.at("/taperRequest/start").asText());
        assertEquals("fentanyl", n.at("/taperRequest/order/1").asText());
        assertEquals(engine.evaluate(all), engine.evaluate(readBack(json)));
    }

    @Test
    void theSmallestPatient_hasOnlyTheRequiredFields() {
        PatientFacts bare = PatientFacts.builder("p-0", AS_OF).build();
        assertEquals("{\"patientId\":\"p-0\",\"asOf\":\"2026-11-01\"}", PatientJson.write(bare));
        assertEquals(bare, readBack(PatientJson.write(bare)));
    }

    @Test
    void writeCohort_writesNSeededPatients_oneALine_theSameForTheSameSeed() throws IOException {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, WriteCohort.run(new String[] {"300", "7", a.toString()}, quiet));
        assertEquals(0, WriteCohort.run(new String[] {"300", "7", b.toString()}, quiet));
        List<String> lines = Files.readAllLines(a, StandardCharsets.UTF_8);
        assertEquals(300, lines.size());
        assertEquals(Files.readString(a), Files.readString(b));
        SyntheticCohort same = new SyntheticCohort(7);
        for (String line : lines) {
            assertEquals(same.next(), readBack(line));
        }
        StringWriter direct = new StringWriter();
        WriteCohort.write(new SyntheticCohort(7), 300, direct);
        assertEquals(direct.toString(), Files.readString(a, StandardCharsets.UTF_8));
    }

    @Test
    void writeCohort_badArguments_exit2WithUsage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(2, WriteCohort.run(new String[] {"10", "7"}, err));
        assertEquals(2, WriteCohort.run(new String[] {"ten", "7", tmp.resolve("x").toString()}, err));
        assertEquals(2, WriteCohort.run(new String[] {"0", "7", tmp.resolve("x").toString()}, err));
        assertEquals(2, WriteCohort.run(new String[] {"1", "7", tmp.resolve("no/such/dir/x").toString()}, err));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("usage: WriteCohort N SEED FILE"), text);
        assertTrue(text.contains("\"ten\""), text);
        assertTrue(text.contains("no/such/dir/x: cannot be written"), text);
    }
}

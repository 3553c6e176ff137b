package org.taperwise.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.taperwise.files.JsonTrees;
import org.taperwise.model.PatientFacts;

/**
 * The streaming fast path reads exactly the facts the tree reader reads from every good patient, and gives up on
 * anything the tree reader would report (which then reports it, as before).
 */
class PatientStreamReaderTest {
    private static final Path SCENARIOS = Path.of("../rules-library/src/main/resources/taperwise/rulesets/builtin/scenarios");
    private static final Path SAMPLES = Path.of("../examples/patients");

    static Stream<Path> patientFiles() throws IOException {
        Stream<Path> scenarios = Files.walk(SCENARIOS).filter(p -> p.getFileName().toString().equals("patient.json"));
        Stream<Path> samples = Files.list(SAMPLES).filter(p -> p.toString().endsWith(".json"));
        return Stream.concat(scenarios, samples).sorted();
    }

    private static PatientFacts tree(String json) throws IOException {
        PatientReader reader = new PatientReader("", false);
        return reader.read(JsonTrees.read(json));
    }

    @ParameterizedTest
    @MethodSource("patientFiles")
    void everyScenarioAndSamplePatient_readsTheSameFactsAsTheTreeReader(Path file) throws IOException {
        String json = Files.readString(file);
        if (json.trim().startsWith("[")) {
            return;   // an array of patients: readPatients, not this path
        }
        PatientFacts slow = tree(json);
        PatientFacts fast = PatientStreamReader.read(json);
        assertEquals(slow, fast, file.toString());
        if (slow != null) {
            assertNotNull(fast, file + ": a good patient is read on the fast path");
        }
    }

    private static final String BASE = "{\"patientId\":\"p\",\"asOf\":\"2026-11-01\",\"birthDate\":\"1970-01-02\","
            + "\"prescriptions\":[{\"id\":\"rx-1\",\"medicine\":\"morphine\",\"form\":\"mr-tablet\","
            + "\"strength\":{\"value\":STRENGTH,\"unit\":\"mg\"},\"dose\":{\"value\":DOSE,\"unit\":\"unit\"},"
            + "\"timesPerDay\":TIMES,\"issued\":\"2026-10-20\",\"daysSupply\":DAYS}]}";

    /** Numbers keep the exact value (and scale) the tree reader gives them, whatever their spelling. */
    @ParameterizedTest
    @ValueSource(strings = {"30|1|2|28", "30.0|1.0|2.00|28", "3e1|1E0|2|28.0", "30.50|0.5|2|2.8e1", "15|1|2|28"})
    void numbers_areReadAsTheTreeReaderReadsThem(String values) throws IOException {
        String[] v = values.split("\\|");
        String json = BASE.replace("STRENGTH", v[0]).replace("DOSE", v[1]).replace("TIMES", v[2]).replace("DAYS", v[3]);
        PatientFacts slow = tree(json);
        assertNotNull(slow, json);
        assertEquals(slow, PatientStreamReader.read(json), json);
    }

    /** Anything the tree reader reports, or warns of when lenient, is left to it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "\"patientId\":\"p\"|\"patientId\":\"p\",\"prescriptons\":[]",        // unknown field
        "\"patientId\":\"p\"|\"patientId\":null",                              // explicit null
        "\"patientId\":\"p\"|\"patientId\":7",                                 // wrong type
        "\"patientId\":\"p\"|\"patientId\":\"p\",\"patientId\":\"q\"",         // duplicate key
        "\"asOf\":\"2026-11-01\"|\"asOf\":\"2026-02-30\"",                     // no such day
        "\"form\":\"mr-tablet\"|\"form\":\"mr_tablet\"",                       // unknown code
        "\"daysSupply\":28|\"daysSupply\":28.5",                               // not whole
        "\"daysSupply\":28|\"daysSupply\":0",                                  // out of range
        "\"unit\":\"mg\"|\"unit\":\"mg\",\"extra\":1",                         // unknown field in an amount
        "\"issued\":\"2026-10-20\"|\"issued\":\"2026-11-20\"",                 // after asOf: a validation problem
        "\"prescriptions\":[|\"prescriptions\":[1,",                           // element not an object
        "}]}|}]}x",                                                             // trailing garbage
    })
    void aProblem_isLeftToTheTreeReader(String replace) throws IOException {
        String[] r = replace.split("\\|");
        String good = BASE.replace("STRENGTH", "30").replace("DOSE", "1").replace("TIMES", "2").replace("DAYS", "28");
        assertTrue(good.contains(r[0]), r[0]);
        String bad = good.replace(r[0], r[1]);
        assertNull(PatientStreamReader.read(bad), bad);
        // and the public reader still reports it (or, lenient, warns of it) as before
        boolean reported;
        try {
            ParsedPatient lenient = TaperwiseJson.lenient().readPatient(bad);
            reported = !lenient.warnings().isEmpty();
        } catch (org.taperwise.InvalidInputException e) {
            reported = !e.problems().isEmpty();
        }
        assertTrue(reported, bad);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "[]", "null", "{", "{\"patientId\":\"p\"}"})
    void notOneGoodPatient_isLeftToTheTreeReader(String json) {
        assertNull(PatientStreamReader.read(json), json);
    }

    @ParameterizedTest
    @MethodSource("patientFiles")
    void everyGoodPatient_readFromItsAsciiBytes_isTheSamePatient_checked(Path file) throws IOException {
        String json = Files.readString(file);
        byte[] bytes = ("  " + json + "  ").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.taperwise.ValidFacts good = TaperwiseJson.strict().readGoodPatient(bytes, 2, bytes.length - 4);
        PatientFacts fast = PatientStreamReader.read(json);
        boolean ascii = json.chars().allMatch(c -> c > 0 && c < 128);
        assertEquals(ascii ? fast : null, good == null ? null : good.facts(), file.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Morphine \u00e9", "Morphine \u0000", "\uFEFFmorphine"})
    void aGoodPatientNotInPlainAscii_isLeftToTheText(String medicine) {
        String good = BASE.replace("STRENGTH", "30").replace("DOSE", "1").replace("TIMES", "2").replace("DAYS", "28");
        String json = good.replace("\"morphine\"", "\"" + medicine + "\"");
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertNull(TaperwiseJson.strict().readGoodPatient(bytes, 0, bytes.length), json);
        byte[] ascii = good.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertNotNull(TaperwiseJson.strict().readGoodPatient(ascii, 0, ascii.length), good);
    }

    @org.junit.jupiter.api.Test
    void readPatient_ofAGoodRecord_hasNoWarnings_andEqualsTheTreeRead() throws IOException {
        String good = BASE.replace("STRENGTH", "30").replace("DOSE", "1").replace("TIMES", "2").replace("DAYS", "28");
        ParsedPatient p = TaperwiseJson.readPatient(good);
        assertEquals(List.of(), p.warnings());
        assertEquals(tree(good), p.facts());
    }
}

package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taperwise evaluate}: exit codes, and the JSON shape of contract section 2. */
class EvaluateCommandTest {
    static final Path PATIENTS = Path.of("..", "patients").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static String sample(String name) {
        return PATIENTS.resolve(name).toString();
    }

    @Test
    void json_forOnePatient_isOneObjectWithEveryContractField() throws IOException {
        CliRun run = CliRun.of("evaluate", "--format", "json", sample("04-oxycodone-mr.json"));
        assertEquals(0, run.exit(), run.err());
        JsonNode a = JSON.readTree(run.out());
        assertTrue(a.isObject());
        for (String field : List.of("patientId", "asOf", "ruleset", "profile", "eligibility", "mme", "flags", "taper",
                "firedRules", "warnings")) {
            assertTrue(a.has(field), "missing field " + field);
        }
        assertEquals("sample-04", a.get("patientId").asText());
        assertEquals("2026-11-01", a.get("asOf").asText());
        assertEquals("taperwise-builtin", a.at("/ruleset/id").asText());
        assertTrue(a.at("/ruleset/sha256").asText().matches("[0-9a-f]{64}"));
        assertEquals("uk-opioids-aware", a.get("profile").asText());
        assertEquals("ELIGIBLE", a.at("/eligibility/status").asText());
        assertTrue(a.at("/eligibility/reasons").isArray());
        assertTrue(a.at("/mme/totalDailyMg").isNumber());
        assertEquals(120.0, a.at("/mme/totalDailyMg").asDouble());
        assertTrue(a.at("/mme/complete").isBoolean());
        JsonNode item = a.at("/mme/items/0");
        assertEquals("COMPUTED", item.get("status").asText());
        assertEquals(1.5, item.get("factor").asDouble());
        assertEquals("mg", item.at("/dailyDose/unit").asText());
        JsonNode flag = a.at("/flags/0");
        for (String field : List.of("code", "severity", "message", "ruleId", "source", "evidence")) {
            assertTrue(flag.has(field), "flag lacks " + field);
        }
        assertEquals("PROPOSED", a.at("/taper/status").asText());
        assertEquals("uk-standard", a.at("/taper/policy/id").asText());
        assertEquals(10.0, a.at("/taper/policy/reductionPercent").asDouble());
        assertEquals("ORIGINAL", a.at("/taper/policy/basis").asText());
        assertEquals(14, a.at("/taper/policy/intervalDays").asInt());
        JsonNode first = a.at("/taper/steps/0");
        assertEquals(0, first.get("step").asInt());
        assertEquals("2026-11-01", first.get("start").asText());
        // the plan starts on a Sunday; the first change is on the Monday (taperStepsStartOnWeekdays)
        assertEquals("2026-11-15", first.get("end").asText());
        assertEquals(120.0, first.get("totalDailyMme").asDouble());
        JsonNode dose = first.at("/doses/0");
        assertEquals("oxycodone", dose.get("medicine").asText());
        assertEquals("mr-tablet", dose.get("form").asText());
        assertEquals(80.0, dose.at("/dailyDose/value").asDouble());
        assertEquals("mg", dose.at("/dailyDose/unit").asText());
        assertEquals("40 mg in the morning, 40 mg in the evening", dose.get("regimen").asText());
        JsonNode steps = a.at("/taper/steps");
        JsonNode last = steps.get(steps.size() - 1);
        assertEquals(0.0, last.get("totalDailyMme").asDouble());
        assertEquals(0, last.get("doses").size());
        JsonNode rule = a.at("/firedRules/0");
        assertTrue(rule.has("id") && rule.has("version"));
    }

    @Test
    void json_notComputedItems_haveExplicitNullFactorAndMme() throws IOException {
        CliRun run = CliRun.of("evaluate", "--format", "json", sample("07-methadone.json"));
        JsonNode item = JSON.readTree(run.out()).at("/mme/items/0");
        assertEquals("EXCLUDED", item.get("status").asText());
        assertTrue(item.has("factor") && item.get("factor").isNull());
        assertTrue(item.has("dailyMme") && item.get("dailyMme").isNull());
    }

    @Test
    void json_forSeveralPatients_isOneArrayInInputOrder() throws IOException {
        CliRun run = CliRun.of("evaluate", "--format", "json", sample("02-tramadol-mr.json"), sample("01-co-codamol-long-term.json"));
        assertEquals(0, run.exit(), run.err());
        JsonNode a = JSON.readTree(run.out());
        assertTrue(a.isArray());
        assertEquals("sample-02", a.get(0).get("patientId").asText());
        assertEquals("sample-01", a.get(1).get("patientId").asText());
    }

    @Test
    void aFileHoldingAnArray_givesAnArray() throws IOException {
        Path both = tmp.resolve("both.json");
        Files.writeString(both, "[" + Files.readString(PATIENTS.resolve("02-tramadol-mr.json")) + ","
                + Files.readString(PATIENTS.resolve("05-fentanyl-patch.json")) + "]");
        JsonNode a = JSON.readTree(CliRun.of("evaluate", "--format", "json", both.toString()).out());
        assertEquals(2, a.size());
    }

    @Test
    void text_isAReportAClinicianCanRead() {
        CliRun run = CliRun.of("evaluate", sample("09-opioid-and-benzodiazepine.json"));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("ELIGIBILITY FOR AN OPIOID PAIN REVIEW: ELIGIBLE"), run.out());
        assertTrue(run.out().contains("DAILY ORAL MORPHINE EQUIVALENT: 24 mg"), run.out());
        assertTrue(run.out().contains("BENZODIAZEPINE_COPRESCRIBED"), run.out());
        assertTrue(run.out().contains("Source: MHRA"), run.out());
        assertTrue(run.out().contains("Ruleset taperwise-builtin 1.1.0"), run.out());
    }

    @Test
    void profileOption_selectsTheProfile() throws IOException {
        JsonNode a = JSON.readTree(CliRun.of("evaluate", "--format", "json", "--profile", "us-cdc-2022",
                sample("01-co-codamol-long-term.json")).out());
        assertEquals("us-cdc-2022", a.get("profile").asText());
        assertEquals(36.0, a.at("/mme/totalDailyMg").asDouble());
    }

    @Test
    void badInput_exits2_namingFilePathAndValue_andPrintsNothingOnStdout() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, Files.readString(PATIENTS.resolve("04-oxycodone-mr.json"))
                .replaceFirst("\"value\": 40", "\"value\": -40").replaceFirst("\"mr-tablet\"", "\"pill\""));
        CliRun run = CliRun.of("evaluate", "--format", "json", sample("01-co-codamol-long-term.json"), bad.toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out(), "nothing is evaluated when any input is bad");
        assertTrue(run.err().contains(bad + ": prescriptions[0].form: \"pill\""), run.err());
        assertTrue(run.err().contains(bad + ": prescriptions[0].strength.value: -40"), run.err());
    }

    /** Issue 10: an unknown taper policy was an internal error (exit 1); it is bad input, checked before evaluating. */
    @Test
    void anUnknownTaperPolicy_exits2_namingThePathAndTheProfilesPolicies_andEvaluatesNothing() throws IOException {
        Path bad = tmp.resolve("policy.json");
        String json = Files.readString(PATIENTS.resolve("04-oxycodone-mr.json"));
        Files.writeString(bad, json.substring(0, json.lastIndexOf('}'))
                + ", \"taperRequest\": { \"policy\": \"no-such-policy\" } }");
        CliRun run = CliRun.of("evaluate", "--format", "json", sample("01-co-codamol-long-term.json"), bad.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("", run.out(), "nothing is evaluated when any input is bad");
        assertTrue(run.err().contains(bad + ": taperRequest.policy: \"no-such-policy\" (expected one of the policies of"
                + " profile uk-opioids-aware: uk-long-term, uk-standard)"), run.err());
    }

    @Test
    void misspeltField_exits2_namingThePathValueAndTheNearestKnownField_andEvaluatesNothing() throws IOException {
        Path bad = tmp.resolve("misspelt.json");
        Files.writeString(bad, Files.readString(PATIENTS.resolve("03-morphine-mr-high-dose.json"))
                .replaceFirst("\"prescriptions\"", "\"prescriptons\"").replaceFirst("\"dose\"", "\"doze\""));
        CliRun run = CliRun.of("evaluate", "--format", "json", bad.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains(bad + ": prescriptons: an array of 12 (expected a known field; did you mean"
                + " \"prescriptions\"?)"), run.err());
        assertTrue(run.err().contains("taperwise: bad input; nothing was evaluated"), run.err());
        assertTrue(CliRun.of("evaluate", "--help").out().contains("--lenient"));
    }

    @Test
    void lenient_evaluatesTheMisspeltRecord_withAnUnknownFieldWarning_exit0() throws IOException {
        Path bad = tmp.resolve("misspelt.json");
        Files.writeString(bad, Files.readString(PATIENTS.resolve("03-morphine-mr-high-dose.json"))
                .replaceFirst("\"prescriptions\"", "\"prescriptons\""));
        CliRun run = CliRun.of("evaluate", "--lenient", "--format", "json", bad.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode a = JSON.readTree(run.out());
        assertEquals("UNKNOWN_FIELD", a.at("/warnings/0/code").asText());
        assertEquals("prescriptons", a.at("/warnings/0/path").asText());
        assertEquals(0.0, a.at("/mme/totalDailyMg").asDouble(), "the misspelt list is ignored: the warning says so");
        JsonNode spelt = JSON.readTree(CliRun.of("evaluate", "--lenient", "--format", "json",
                sample("03-morphine-mr-high-dose.json")).out());
        assertTrue(spelt.at("/mme/totalDailyMg").asDouble() > 0);
        assertEquals(0, spelt.get("warnings").findValuesAsText("code").stream()
                .filter("UNKNOWN_FIELD"::equals).count());
    }

    @Test
    void malformedJson_exits2() throws IOException {
        Path bad = tmp.resolve("broken.json");
        Files.writeString(bad, "{\"patientId\": ");
        CliRun run = CliRun.of("evaluate", bad.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("malformed JSON"), run.err());
    }

    @Test
    void missingFile_exits2() {
        CliRun run = CliRun.of("evaluate", tmp.resolve("nope.json").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void unknownProfile_exits2_listingTheProfiles() {
        CliRun run = CliRun.of("evaluate", "--profile", "uk", sample("01-co-codamol-long-term.json"));
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("uk-opioids-aware"), run.err());
    }

    @Test
    void usageErrors_exit2() {
        assertEquals(2, CliRun.of("evaluate").exit());
        assertEquals(2, CliRun.of("evaluate", "--format", "xml", sample("01-co-codamol-long-term.json")).exit());
        assertEquals(2, CliRun.of("frobnicate").exit());
    }

    @Test
    void help_exits0() {
        CliRun run = CliRun.of("evaluate", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("--profile"), run.out());
    }

    @Test
    void brokenRulesetFolder_exits2_namingFileAndLine() throws IOException {
        Path dir = RulesetFolders.broken(tmp.resolve("ruleset"));
        CliRun run = CliRun.of("evaluate", "--ruleset", dir.toString(), sample("01-co-codamol-long-term.json"));
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("rules/a.drl"), run.err());
    }
}

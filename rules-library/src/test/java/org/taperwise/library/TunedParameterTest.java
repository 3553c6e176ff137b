package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.Ruleset;
import org.taperwise.TaperwiseEngine;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.Flag;
import org.taperwise.model.FlagCode;
import org.taperwise.model.FlagParameter;
import org.taperwise.model.PatientFacts;
import org.taperwise.review.StaleNumberCheck;

/**
 * Issue 15: a pharmacist who tunes {@code highDoseMgPerDay} to 90 sees 90 and the new source in the HIGH_DOSE flag's
 * message, parameters and source, never the 120 of the built-in text; and {@code verify}'s stale-number check names
 * the rule whose text still says 120 mg.
 */
class TunedParameterTest {
    private static final String TUNED_SOURCE = "Local formulary decision 2026-12-01: high-dose line 90 mg";

    @TempDir
    static Path dir;
    private static Ruleset tuned;

    @BeforeAll
    static void tuneTheUkHighDoseLineTo90() throws IOException {
        Builtin.RULESET.exportTo(dir);
        Path profile = dir.resolve("profiles/uk-opioids-aware.json");
        String text = Files.readString(profile);
        String before = "\"highDoseMgPerDay\": {\n      \"value\": 120,\n      \"comparison\": \"above\",\n      \"source\": \"";
        assertTrue(text.contains(before), "the UK profile's highDoseMgPerDay is written as expected");
        int start = text.indexOf(before) + before.length();
        int end = text.indexOf("\",\n", start);
        text = text.substring(0, text.indexOf(before)) + before.replace("120", "90") + TUNED_SOURCE + text.substring(end);
        Files.writeString(profile, text);
        Ruleset.updateManifest(dir);
        tuned = Ruleset.fromDirectory(dir);
    }

    private static PatientFacts patient(String scenario) throws IOException {
        try (InputStream in = TunedParameterTest.class.getClassLoader().getResourceAsStream(
                "taperwise/rulesets/builtin/scenarios/" + scenario + "/patient.json")) {
            return TaperwiseJson.readPatient(new String(in.readAllBytes(), StandardCharsets.UTF_8)).facts();
        }
    }

    @Test
    void highDoseFlag_citesTheTunedValueAndItsSource_notTheBuiltInNumber() throws IOException {
        PatientFacts p = patient("dose/uk-121mg-is-a-high-dose");
        Flag builtin = Builtin.uk().evaluate(p).flag(FlagCode.HIGH_DOSE).orElseThrow();
        assertTrue(builtin.message().contains("above 120 mg"), builtin.message());
        assertTrue(builtin.source().contains("highDoseMgPerDay above 120"), builtin.source());

        Flag flag = TaperwiseEngine.builder().ruleset(tuned).build().evaluate(p).flag(FlagCode.HIGH_DOSE).orElseThrow();
        assertTrue(flag.message().contains("above 90 mg"), flag.message());
        assertFalse(flag.message().contains("120 mg,"), flag.message());
        assertTrue(flag.source().contains("highDoseMgPerDay above 90 (source: " + TUNED_SOURCE + ")"), flag.source());
        assertFalse(flag.source().contains("120"), "the flag's source names no 120: " + flag.source());
        assertEquals(List.of(new FlagParameter("highDoseMgPerDay", "90", "above", "uk-opioids-aware", TUNED_SOURCE)),
                flag.parameters());
    }

    @Test
    void staleNumberCheck_namesTheRuleWhoseTextStillSays120() {
        assertEquals(List.of(), StaleNumberCheck.warnings(Builtin.RULESET), "the built-in ruleset has no stale number");
        List<String> warnings = StaleNumberCheck.warnings(tuned);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("DOSE-C01") && w.contains("120 mg")
                && w.contains("highDoseMgPerDay 90 in uk-opioids-aware")), String.join("\n", warnings));
        assertTrue(warnings.stream().noneMatch(w -> w.contains("DOSE-C02")), "the caution line did not change: "
                + String.join("\n", warnings));
    }
}

package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/taperwise.jar}, run with {@code java -jar} from a directory outside the build tree:
 * the shaded jar must carry the built-in ruleset and Drools' merged service files.
 */
class JarIT {
    private static final Path JAR = Path.of("..", "target", "taperwise.jar").toAbsolutePath();
    private static final Path PATIENTS = Path.of("..", "patients").toAbsolutePath();

    @TempDir
    Path elsewhere;

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return java(cmd, null);
    }

    /** {@code java ARGS} in the other directory, with standard input from {@code stdin} when it is not null. */
    private Result java(List<String> args, Path stdin) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(args);
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(elsewhere.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the jar did not finish");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * A host that puts the command line's jar on its class path keeps its own logging: its {@code logback.xml} is in
     * charge (here INFO to stdout with a marker), not the command line's WARN-to-stderr set-up.
     */
    @Test
    void aHostWithTheJarOnItsClassPath_keepsItsOwnLogbackConfiguration() throws Exception {
        Path host = Files.createDirectories(elsewhere.resolve("host"));
        Files.writeString(host.resolve("logback.xml"), """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <target>System.out</target>
                    <encoder><pattern>HOST-LOG %level %msg%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="OUT"/></root>
                </configuration>
                """);
        Path source = host.resolve("Host.java");
        Files.writeString(source, """
                public class Host {
                    public static void main(String[] args) {
                        System.out.println(org.taperwise.TaperwiseEngine.builder().build().rulesetInfo().id());
                    }
                }
                """);
        int compiled = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-cp", JAR.toString(),
                "-d", host.toString(), source.toString());
        assertEquals(0, compiled, "the host class compiles against the jar");
        Result r = java(List.of("-cp", host + java.io.File.pathSeparator + JAR, "Host"), null);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("HOST-LOG INFO Loaded ruleset taperwise-builtin"), r.out() + r.err());
        assertTrue(r.out().contains("taperwise-builtin"), r.out());
    }

    @Test
    void evaluatesEverySamplePatientFromAnotherDirectory() throws Exception {
        List<String> args = new ArrayList<>(List.of("evaluate", "--format", "json"));
        try (var files = Files.list(PATIENTS)) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> args.add(f.toString()));
        }
        Result r = run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertEquals(args.size() - 3, all.size());
        assertEquals("taperwise-builtin", all.get(0).at("/ruleset/id").asText());
    }

    /**
     * The pharmacist's loop of the README, with the packaged jar from another directory: export the built-in ruleset,
     * tune the UK high-dose threshold so that a sample patient's decision changes, see the folder refused until
     * {@code manifest} is run, verify it (the scenarios that pin the old threshold now fail: exit 1), evaluate with
     * it, diff it against the built-in ruleset, and write the reviewer's catalogue of it.
     */
    @Test
    void pharmacistsLoop_exportEditManifestVerifyEvaluateDiffCatalogue() throws Exception {
        String patient = PATIENTS.resolve("04-oxycodone-mr.json").toString();
        JsonNode before = new ObjectMapper().readTree(run("evaluate", "--format", "json", patient).out());
        double total = before.at("/mme/totalDailyMg").asDouble();
        boolean highBefore = before.path("flags").findValuesAsText("code").contains("HIGH_DOSE");

        Result export = run("export-ruleset", "my-ruleset");
        assertEquals(0, export.exit(), export.err());
        assertEquals(2, run("export-ruleset", "my-ruleset").exit(), "a second export into the same folder");
        Path dir = elsewhere.resolve("my-ruleset");

        // the edit: a threshold just below the patient's total (or just above it, if it is already a high dose)
        Path profile = dir.resolve("profiles/uk-opioids-aware.json");
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode root = json.readTree(profile.toFile());
        ObjectNode high = (ObjectNode) root.path("parameters").path("highDoseMgPerDay");
        String oldValue = high.path("value").asText();
        long newValue = Math.round(highBefore ? total + 10 : total - 30);
        high.put("value", newValue);
        high.put("comparison", "above");
        Files.writeString(profile, json.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);

        Result stale = run("verify", "my-ruleset");
        assertEquals(2, stale.exit(), "an edit is refused until manifest is run");
        assertTrue(stale.err().contains("profiles/uk-opioids-aware.json: has changed since the manifest was written"),
                stale.err());
        assertEquals(0, run("manifest", "my-ruleset").exit());

        Result verify = run("verify", "my-ruleset");
        assertEquals(1, verify.exit(), "scenarios pin the old threshold:\n" + verify.out() + verify.err());
        assertTrue(verify.out().contains("\nFAIL ") && verify.out().contains(" but was "), verify.out());

        JsonNode after = new ObjectMapper().readTree(run("evaluate", "--format", "json", "--ruleset", "my-ruleset",
                patient).out());
        assertEquals(!highBefore, after.path("flags").findValuesAsText("code").contains("HIGH_DOSE"), after.toString());
        assertNotEquals(before.at("/ruleset/sha256").asText(), after.at("/ruleset/sha256").asText());

        Result diff = run("diff", "builtin", "my-ruleset");
        assertEquals(1, diff.exit(), diff.err());
        assertTrue(diff.out().contains("~ uk-opioids-aware highDoseMgPerDay: "), diff.out());
        assertTrue(diff.out().contains(oldValue + " -> above " + newValue + "\n"), diff.out());
        assertTrue(diff.out().contains("but its version is still"), "the version was not raised: " + diff.out());

        Result catalogue = run("catalogue", "--ruleset", "my-ruleset", "--since", "builtin", "--out",
                "catalogue.html");
        assertEquals(0, catalogue.exit(), catalogue.err());
        String html = Files.readString(elsewhere.resolve("catalogue.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"hazard-H01\""), "the folder's own hazard log is cross-referenced");
        assertTrue(html.contains("What changed since taperwise-builtin"), "the summary's changes since builtin");
        assertTrue(html.contains("<span class=\"fail\">FAIL</span>"), "the failing scenarios are marked");
    }

    /**
     * The README's screen loop with the packaged jar: write a synthetic cohort with {@code WriteCohort}, screen it
     * with a bad and a blank line added (exit 2, the bad line reported by number, every good patient written in
     * order), then screen standard input to standard output.
     */
    @Test
    void screen_aGeneratedCohort_withABadLine_thenStandardInputToStandardOutput() throws Exception {
        Result written = java(List.of("-cp", JAR.toString(), "org.taperwise.examples.cohort.WriteCohort", "2000", "11",
                "cohort.jsonl"), null);
        assertEquals(0, written.exit(), written.err());
        Path cohort = elsewhere.resolve("cohort.jsonl");
        List<String> patients = Files.readAllLines(cohort, StandardCharsets.UTF_8);
        assertEquals(2000, patients.size());
        List<String> lines = new ArrayList<>(patients);
        lines.add(700, "{\"patientId\": \"bad-1\", \"asOf\": \"2026-11-01\", \"pregnant\": \"yes\"}");
        lines.add(1500, "");
        Files.writeString(elsewhere.resolve("mixed.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

        Result screen = run("screen", "mixed.jsonl", "--out", "assessments.jsonl");
        assertEquals(2, screen.exit(), screen.err());
        assertTrue(screen.err().contains("mixed.jsonl line 701: pregnant: \"yes\" (expected true or false)"),
                screen.err());
        assertTrue(screen.err().contains("2001 patients read, 2000 assessed, 1 bad line, 1 blank line in "),
                screen.err());
        ObjectMapper json = new ObjectMapper();
        List<String> output = Files.readAllLines(elsewhere.resolve("assessments.jsonl"), StandardCharsets.UTF_8);
        assertEquals(2000, output.size());
        for (int i = 0; i < patients.size(); i++) {
            assertEquals(json.readTree(patients.get(i)).get("patientId"), json.readTree(output.get(i)).get("patientId"),
                    "line " + (i + 1) + " in input order");
        }

        Path small = elsewhere.resolve("small.jsonl");
        Files.write(small, patients.subList(0, 50), StandardCharsets.UTF_8);
        Result piped = java(List.of("-jar", JAR.toString(), "screen", "-", "--out", "-"), small);
        assertEquals(0, piped.exit(), piped.err());
        assertEquals(output.subList(0, 50), List.of(piped.out().split("\n")));
    }

    @Test
    void badInputExits2FromTheJar() throws Exception {
        Path bad = elsewhere.resolve("bad.json");
        Files.writeString(bad, "{\"patientId\": \"x\", \"asOf\": \"2026-13-01\"}");
        Result r = run("evaluate", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("asOf"), r.err());
        assertEquals("", r.out());
    }
}

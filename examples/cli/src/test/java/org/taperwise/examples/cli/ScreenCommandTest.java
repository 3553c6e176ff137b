package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.TaperwiseEngine;
import org.taperwise.examples.cohort.SyntheticCohort;
import org.taperwise.examples.cohort.WriteCohort;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.EligibilityStatus;
import org.taperwise.model.FlagCode;
import org.taperwise.model.TaperStatus;

/**
 * {@code taperwise screen}: JSON Lines in, one assessment a line out in input order; bad lines reported by line
 * number, counted and skipped; the summary; exit codes (contract section 3).
 */
class ScreenCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COUNT = Pattern.compile("^  (\\S+) +(\\d+)$", Pattern.MULTILINE);
    private static TaperwiseEngine engine;

    @TempDir
    Path tmp;

    @BeforeAll
    static void engine() {
        engine = TaperwiseEngine.builder().build();
    }

    private static List<String> cohort(long seed, int n) throws IOException {
        StringWriter w = new StringWriter();
        WriteCohort.write(new SyntheticCohort(seed), n, w);
        return new ArrayList<>(List.of(w.toString().split("\n")));
    }

    private Path file(String name, List<String> lines) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }

    /** The summary's {@code CODE count} rows. */
    private static Map<String, Long> summary(String err) {
        Map<String, Long> counts = new TreeMap<>();
        Matcher m = COUNT.matcher(err);
        while (m.find()) {
            counts.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return counts;
    }

    /** What the summary should say, counted from the output itself. */
    private static Map<String, Long> countedFrom(List<String> output) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (EligibilityStatus s : EligibilityStatus.values()) {
            counts.put(s.code(), 0L);
        }
        for (FlagCode f : FlagCode.values()) {
            counts.put(f.code(), 0L);
        }
        for (TaperStatus t : TaperStatus.values()) {
            counts.put(t.code(), 0L);
        }
        for (String line : output) {
            JsonNode a = JSON.readTree(line);
            counts.merge(a.at("/eligibility/status").asText(), 1L, Long::sum);
            Set<String> flags = new HashSet<>(a.path("flags").findValuesAsText("code"));
            for (String f : flags) {
                counts.merge(f, 1L, Long::sum);
            }
            counts.merge(a.at("/taper/status").asText(), 1L, Long::sum);
        }
        return counts;
    }

    @Test
    void everyPatient_isAssessed_inInputOrder_acrossManyBatchesAndThreads_andTheSummaryMatchesTheOutput()
            throws IOException {
        List<String> patients = cohort(5L, 3_000);
        List<String> input = new ArrayList<>(patients);
        for (int at = 2_500; at > 0; at -= 500) {
            input.add(at, at % 1000 == 0 ? "" : "   ");
        }
        Path in = file("cohort.jsonl", input);
        Path out = tmp.resolve("assessments.jsonl");

        CliRun run = CliRun.of("screen", "--threads", "4", "--batch", "37", in.toString(), "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("taperwise screen: 3000 patients read, 3000 assessed, 0 bad lines, 5 blank lines"
                + " in "), run.err());
        List<String> output = lines(out);
        assertEquals(3_000, output.size());
        for (int i = 0; i < patients.size(); i++) {
            assertEquals(TaperwiseJson.evaluate(engine, patients.get(i)), output.get(i), "patient " + (i + 1));
        }
        assertEquals(countedFrom(output), summary(run.err()));
    }

    @Test
    void badLines_areEachReportedWithTheirLineNumber_countedAndSkipped_everyGoodLineIsWrittenInOrder_exit2()
            throws IOException {
        List<String> good = cohort(6L, 1_000);
        Map<Integer, String> bad = new LinkedHashMap<>();   // line number -> line
        bad.put(3, "{\"patientId\": \"bad-1\", \"asOf\": \"2026-11-01\", \"prescriptions\": [");
        bad.put(10, good.get(0).replace("\"patientId\":\"syn-0000001\"", "\"patientId\":\"bad-2\"")
                .replaceFirst("\"dose\":\\{\"value\":", "\"dose\":{\"value\":-"));
        bad.put(20, good.get(1).replace("\"patientId\":\"syn-0000002\"", "\"patientId\":\"bad-3\"")
                .replaceFirst("\"form\":\"[a-z-]+\"", "\"form\":\"pill\""));
        bad.put(30, "[{\"patientId\": \"bad-4\", \"asOf\": \"2026-11-01\"}]");
        bad.put(40, "{\"asOf\": \"2026-13-01\", \"sex\": \"bad-5\"}");
        bad.put(1_006, "{\"patientId\": \"bad-6\", \"asOf\": \"2026-11-01\", \"birthDate\": \"2027-01-01\"}");
        List<String> input = new ArrayList<>(good);
        input.add(4, "");   // line 5, blank
        input.add(5, "");   // line 6, blank
        for (Map.Entry<Integer, String> e : bad.entrySet()) {
            input.add(e.getKey() - 1, e.getValue());
        }
        assertEquals(1_008, input.size());
        Path in = file("mixed.jsonl", input);
        Path out = tmp.resolve("out.jsonl");

        CliRun run = CliRun.of("screen", "--threads", "3", "--batch", "16", in.toString(), "--out", out.toString());

        assertEquals(2, run.exit(), run.err());
        String err = run.err();
        assertTrue(err.contains("mixed.jsonl line 3: malformed JSON at column "), err);
        assertTrue(err.contains("mixed.jsonl line 10: prescriptions[0].dose.value: -"), err);
        assertTrue(err.contains("mixed.jsonl line 20: prescriptions[0].form: \"pill\" (expected one of: tablet,"), err);
        assertTrue(err.contains("mixed.jsonl line 30: an array (expected a patient object)"), err);
        assertTrue(err.contains("mixed.jsonl line 40: patientId: missing (expected a non-empty string)"), err);
        assertTrue(err.contains("mixed.jsonl line 40: asOf: \"2026-13-01\" (expected an ISO-8601 date"), err);
        assertTrue(err.contains("mixed.jsonl line 40: sex: \"bad-5\" (expected one of: female, male, other, unknown)"),
                "every problem of a line is reported: " + err);
        assertTrue(err.contains("mixed.jsonl line 1006: birthDate: "), err);
        for (String id : List.of("bad-1", "bad-2", "bad-3", "bad-4", "bad-6")) {
            assertFalse(err.contains(id), "the bad line itself is never printed: " + id + " in " + err);
        }
        assertFalse(err.contains("line 5:") || err.contains("line 6:"), "blank lines are not errors");
        List<Integer> reported = new ArrayList<>();
        Matcher m = Pattern.compile("mixed\\.jsonl line (\\d+): ").matcher(err);
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            if (reported.isEmpty() || reported.get(reported.size() - 1).intValue() != line) {
                reported.add(line);
            }
        }
        assertEquals(List.copyOf(bad.keySet()), reported, "each bad line reported, in line order");
        assertTrue(err.contains("taperwise screen: 1006 patients read, 1000 assessed, 6 bad lines, 2 blank lines in "),
                err);

        List<String> output = lines(out);
        assertEquals(1_000, output.size(), "no good line is lost");
        for (int i = 0; i < good.size(); i++) {
            assertEquals(TaperwiseJson.evaluate(engine, good.get(i)), output.get(i), "good patient " + (i + 1));
        }
        assertEquals(countedFrom(output), summary(err));
    }

    @Test
    void profileAndBuiltinRuleset_areUsed_andDashWritesToStandardOutput() throws IOException {
        List<String> patients = cohort(8L, 40);
        Path in = file("small.jsonl", patients);

        CliRun run = CliRun.of("screen", "--profile", "us-cdc-2022", "--ruleset", "builtin", in.toString(), "--out",
                "-");

        assertEquals(0, run.exit(), run.err());
        List<String> output = List.of(run.out().split("\n"));
        assertEquals(40, output.size());
        for (int i = 0; i < patients.size(); i++) {
            assertEquals("us-cdc-2022", JSON.readTree(output.get(i)).get("profile").asText());
            assertEquals(TaperwiseJson.write(engine.evaluate(TaperwiseJson.readPatient(patients.get(i)).facts(),
                    "us-cdc-2022")), output.get(i));
        }
        assertTrue(run.err().contains("profile us-cdc-2022"), run.err());
    }

    @Test
    void unknownProfile_exits2_namingIt_andWritesNothing() throws IOException {
        Path in = file("small.jsonl", cohort(9L, 3));
        Path out = tmp.resolve("out.jsonl");
        CliRun run = CliRun.of("screen", "--profile", "uk", in.toString(), "--out", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no profile \"uk\"; it has: "), run.err());
        assertFalse(Files.exists(out), "no output file");
    }

    @Test
    void brokenRulesetFolder_exits2_namingTheFile_andWritesNothing() throws IOException {
        Path dir = RulesetFolders.broken(tmp.resolve("ruleset"));
        Path in = file("small.jsonl", cohort(9L, 3));
        Path out = tmp.resolve("out.jsonl");
        CliRun run = CliRun.of("screen", "--ruleset", dir.toString(), in.toString(), "--out", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("rules/a.drl"), run.err());
        assertFalse(Files.exists(out), "no output file");
    }

    @Test
    void badFilesAndOptions_exit2_beforeAnythingIsWritten() throws IOException {
        Path out = tmp.resolve("out.jsonl");
        CliRun missing = CliRun.of("screen", tmp.resolve("nope.jsonl").toString(), "--out", out.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.jsonl: no such file"), missing.err());

        CliRun folder = CliRun.of("screen", tmp.toString(), "--out", out.toString());
        assertEquals(2, folder.exit());
        assertTrue(folder.err().contains(": is a folder (expected a JSON Lines file)"), folder.err());

        Path in = file("in.jsonl", List.of("{}"));
        CliRun same = CliRun.of("screen", in.toString(), "--out", in.toString());
        assertEquals(2, same.exit());
        assertTrue(same.err().contains("is the input file"), same.err());
        assertEquals("{}\n", Files.readString(in), "the input is untouched");

        CliRun noFolder = CliRun.of("screen", in.toString(), "--out", tmp.resolve("no/such/out.jsonl").toString());
        assertEquals(2, noFolder.exit());
        assertTrue(noFolder.err().contains("out.jsonl: cannot be written: no such folder"), noFolder.err());
        CliRun outFolder = CliRun.of("screen", in.toString(), "--out", tmp.toString());
        assertEquals(2, outFolder.exit());
        assertTrue(outFolder.err().contains(": is a folder (expected a file to write)"), outFolder.err());

        assertEquals(2, CliRun.of("screen", in.toString()).exit(), "--out is required");
        CliRun threads = CliRun.of("screen", "--threads", "0", in.toString(), "--out", out.toString());
        assertEquals(2, threads.exit());
        assertTrue(threads.err().contains("--threads must be 1 or more, got 0"), threads.err());
        assertEquals(2, CliRun.of("screen", "--batch", "0", in.toString(), "--out", out.toString()).exit());
        assertFalse(Files.exists(out));
    }

    @Test
    void help_listsScreen() {
        CliRun top = CliRun.of("--help");
        assertTrue(top.out().contains("screen"), top.out());
        CliRun help = CliRun.of("screen", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--out=OUTPUT.jsonl") && help.out().contains("--threads=N"), help.out());
    }
}

package org.taperwise.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.Ruleset;
import org.taperwise.examples.cli.TaperwiseCli;
import org.taperwise.examples.cohort.SyntheticCohort;
import org.taperwise.examples.cohort.WriteCohort;

/**
 * The job's output equals {@code taperwise screen}'s for the same seeded cohort: the same assessment line for every
 * patient id (and in the same order for JSON Lines), the same bad lines with the same line numbers and messages, the
 * same counts; from JSON Lines and from Parquet made of the same JSON Lines by Spark.
 */
class SparkScreenMatchesScreenTest {
    private static final int PATIENTS = 2000;
    private static final long SEED = 16;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path cohort;
    static Path withBadLines;
    static int screenCode;
    static String screenErr;
    static List<String> screenLines;
    static Map<String, String> screened;
    static String sha256;

    /** The cohort, a copy with bad lines among its good ones, and screen's output of that copy. */
    @BeforeAll
    static void cohortAndScreen() throws IOException {
        cohort = dir.resolve("cohort.jsonl");
        try (var w = Files.newBufferedWriter(cohort, StandardCharsets.UTF_8)) {
            WriteCohort.write(new SyntheticCohort(SEED), PATIENTS, w);
        }
        List<String> good = Files.readAllLines(cohort, StandardCharsets.UTF_8);
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.write("\uFEFF".getBytes(StandardCharsets.UTF_8));                    // a byte-order mark on line 1
        for (int i = 0; i < good.size(); i++) {
            bad.write(good.get(i).getBytes(StandardCharsets.UTF_8));
            bad.write(i % 500 == 7 ? "\r\n".getBytes(StandardCharsets.UTF_8) : new byte[] {'\n'});
            switch (i) {
                case 10 -> bad.write("{\"patientId\": \"bad-1\", \"asOf\": \"2026-11-01\", \"prescriptons\": []}\n"
                        .getBytes(StandardCharsets.UTF_8));
                case 500 -> bad.write("{\"patientId\": \n".getBytes(StandardCharsets.UTF_8));
                case 1000 -> bad.write("\n   \n".getBytes(StandardCharsets.UTF_8));
                case 1400 -> bad.write(new byte[] {'{', '"', 'p', '"', ':', '"', (byte) 0xff, '"', '}', '\n'});
                case 1900 -> bad.write(new byte[] {'{', 0, '}', '\n'});
                default -> { }
            }
        }
        bad.write("{\"patientId\": \"bad-2\", \"asOf\": \"2026-13-01\"}".getBytes(StandardCharsets.UTF_8)); // no LF
        withBadLines = dir.resolve("with-bad-lines.jsonl");
        Files.write(withBadLines, bad.toByteArray());

        // screen, once: its output and its stderr are what the job must give
        Path out = dir.resolve("screen.jsonl");
        StringWriter err = new StringWriter();
        screenCode = TaperwiseCli.run(new String[] {"screen", withBadLines.toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        screenErr = err.toString();
        screenLines = Files.readAllLines(out, StandardCharsets.UTF_8);
        screened = byPatientId(screenLines);
        assertEquals(PATIENTS, screened.size());
        sha256 = Ruleset.builtin().info().sha256();
    }

    @Test
    void jsonLinesGiveScreensAssessmentsBadLinesAndCounts() throws IOException {
        List<String> screenMessages = screenErr.lines()
                .filter(l -> l.startsWith(withBadLines.toString() + " line "))
                .map(l -> l.substring(withBadLines.toString().length())).toList();

        Path out = dir.resolve("job-jsonl");
        LocalSpark.Run run = LocalSpark.job("--input", withBadLines.toString(), "--output", out.toString(),
                "--ruleset-sha256", sha256, "--min-partitions", "4");

        assertEquals(2, screenCode);
        assertEquals(2, run.exitCode(), run.err());
        List<String> lines = LocalSpark.partLines(out.resolve("assessments"));
        assertEquals(screenLines, lines, "the same lines in the same order");
        assertEquals(screened, byPatientId(lines));

        List<String> jobMessages = new ArrayList<>();
        List<Long> jobLines = new ArrayList<>();
        for (String record : LocalSpark.partLines(out.resolve("errors"))) {
            JsonNode r = MAPPER.readTree(record);
            assertTrue(r.get("source").asText().endsWith("/with-bad-lines.jsonl"), r.toString());
            jobLines.add(r.get("line").asLong());
            r.get("messages").forEach(m -> jobMessages.add(m.asText().substring(r.get("source").asText().length())));
        }
        assertEquals(List.of(12L, 503L, 1406L, 1907L, 2007L), jobLines);
        assertEquals(screenMessages, jobMessages, "the same bad lines, numbers and problems as screen's stderr");
        assertTrue(run.err().contains(jobMessages.get(0).substring(1)), run.err());

        JsonNode summary = MAPPER.readTree(out.resolve("summary.json").toFile());
        assertEquals(sha256, summary.get("ruleset").get("sha256").asText());
        assertEquals("taperwise-builtin", summary.get("ruleset").get("id").asText());
        assertEquals(PATIENTS + 5, summary.get("patientsRead").asLong());
        assertEquals(PATIENTS, summary.get("assessed").asLong());
        assertEquals(5, summary.get("bad").asLong());
        assertEquals(2, summary.get("blank").asLong());
        assertTrue(screenErr.contains(PATIENTS + 5 + " patients read, " + PATIENTS
                + " assessed, 5 bad lines, 2 blank lines"), screenErr);
        long eligible = screened.values().stream().filter(l -> l.contains("\"status\":\"ELIGIBLE\"")).count();
        assertEquals(eligible, summary.get("eligibility").get("ELIGIBLE").asLong());
    }

    @Test
    void parquetOfTheSameCohortGivesScreensAssessments() throws IOException {
        SparkSession spark = LocalSpark.session();
        Path jsonl = dir.resolve("for-parquet.jsonl");
        Files.copy(cohort, jsonl);
        Files.writeString(jsonl, "{\"patientId\": \"bad-3\", \"asOf\": \"2026-11-01\", \"prescriptons\": []}\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path parquet = dir.resolve("cohort.parquet");
        spark.read().json(jsonl.toString()).repartition(3).write().parquet(parquet.toString());

        Path out = dir.resolve("job-parquet");
        LocalSpark.Run run = LocalSpark.job("--input", parquet.toString(), "--input-format", "parquet",
                "--output", out.toString(), "--ruleset-sha256", sha256, "--parquet");

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(screened, byPatientId(LocalSpark.partLines(out.resolve("assessments"))));
        List<String> errors = LocalSpark.partLines(out.resolve("errors"));
        assertEquals(1, errors.size(), errors.toString());
        JsonNode error = MAPPER.readTree(errors.get(0));
        assertTrue(error.get("row").asLong() >= 1, error.toString());
        assertTrue(error.get("messages").get(0).asText().matches(".*\\.parquet row \\d+: prescriptons: .*"
                + "did you mean \"prescriptions\"\\?\\)"), error.toString());

        List<Row> rows = spark.read().parquet(out.resolve("assessments.parquet").toString())
                .select("patientId", "assessment", "rulesetSha256", "eligibility").collectAsList();
        assertEquals(PATIENTS, rows.size());
        for (Row r : rows) {
            assertEquals(screened.get(r.getString(0)), r.getString(1));
            assertEquals(sha256, r.getString(2));
        }
    }

    /** Lines by their patient id; fails on a repeated id. */
    static Map<String, String> byPatientId(List<String> lines) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines) {
            String id = MAPPER.readTree(line).get("patientId").asText();
            assertEquals(null, out.put(id, line), "patient " + id + " twice");
        }
        return out;
    }
}

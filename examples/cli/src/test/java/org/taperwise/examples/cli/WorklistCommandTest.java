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
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.examples.cohort.SyntheticCohort;
import org.taperwise.examples.cohort.WriteCohort;
import org.taperwise.examples.worklist.Rfc4180;

/**
 * {@code taperwise worklist} on what {@code screen} writes for a seeded synthetic cohort: every ELIGIBLE patient in
 * the ranked rows, every UNDETERMINED one in its section, none of the others, in the documented order (recomputed
 * here from the assessments' JSON); {@code --limit}; bad lines reported by number and field with the rest still
 * written (exit 2); usage and file errors; no patient id on stderr.
 */
class WorklistCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    static Path assessments;
    static List<JsonNode> screened;

    @BeforeAll
    static void screenACohort() throws IOException {
        StringWriter w = new StringWriter();
        WriteCohort.write(new SyntheticCohort(11), 600, w);
        Path cohort = tmp.resolve("cohort.jsonl");
        Files.writeString(cohort, w.toString(), StandardCharsets.UTF_8);
        assessments = tmp.resolve("assessments.jsonl");
        CliRun screen = CliRun.of("screen", cohort.toString(), "--out", assessments.toString());
        assertEquals(0, screen.exit(), screen.err());
        screened = new ArrayList<>();
        for (String line : Files.readAllLines(assessments, StandardCharsets.UTF_8)) {
            screened.add(JSON.readTree(line));
        }
    }

    private static List<List<String>> csv(Path p) throws IOException {
        return Rfc4180.parse(Files.readString(p, StandardCharsets.UTF_8));
    }

    private static List<String> column(List<List<String>> rows, String section, int column) {
        return rows.stream().skip(1).filter(r -> r.get(0).equals(section)).map(r -> r.get(column)).toList();
    }

    private static int severities(JsonNode a, String severity) {
        int n = 0;
        for (JsonNode f : a.get("flags")) {
            n += f.get("severity").asText().equals(severity) ? 1 : 0;
        }
        return n;
    }

    /** The documented order, computed here from the assessments' JSON, independently of the command's code. */
    private static List<String> expectedOrder(String status) {
        Comparator<JsonNode> order = Comparator.<JsonNode>comparingInt(a -> -severities(a, "HIGH"))
                .thenComparingInt(a -> -severities(a, "MODERATE"))
                .thenComparingDouble(a -> -a.get("mme").get("totalDailyMg").asDouble())
                .thenComparingInt(a -> -severities(a, "INFO"))
                .thenComparing(a -> a.get("patientId").asText());
        return screened.stream().filter(a -> a.get("eligibility").get("status").asText().equals(status)).sorted(order)
                .map(a -> a.get("patientId").asText()).toList();
    }

    @Test
    void fromScreensOutput_listsEligibleRankedAndUndeterminedApart_inTheDocumentedOrder() throws IOException {
        Path out = tmp.resolve("all.csv");
        Path html = tmp.resolve("all.html");
        CliRun run = CliRun.of("worklist", assessments.toString(), "--csv", out.toString(), "--html", html.toString(),
                "--title", "Practice X");
        assertEquals(0, run.exit(), run.err());
        List<List<String>> rows = csv(out);
        List<String> eligible = expectedOrder("ELIGIBLE");
        List<String> undetermined = expectedOrder("UNDETERMINED");
        assertTrue(eligible.size() > 200 && undetermined.size() > 0, eligible.size() + " / " + undetermined.size());
        assertEquals(eligible, column(rows, "REVIEW", 2));
        assertEquals(undetermined, column(rows, "UNDETERMINED", 2));
        assertEquals(1 + eligible.size() + undetermined.size(), rows.size(), "no NOT_ELIGIBLE patient listed");
        // every HIGH_DOSE patient's reasons give the threshold as its assessment does
        for (JsonNode a : screened) {
            for (JsonNode f : a.get("flags")) {
                if (f.get("code").asText().equals("HIGH_DOSE")
                        && a.get("eligibility").get("status").asText().equals("ELIGIBLE")) {
                    String threshold = "above " + f.get("parameters").get(0).get("value").asText() + ": HIGH_DOSE)";
                    String id = a.get("patientId").asText();
                    String reasons = rows.stream().filter(r -> r.get(2).equals(id)).findFirst().orElseThrow().get(13);
                    assertTrue(reasons.contains(threshold), reasons);
                }
            }
        }
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<p>600 assessments read, as of 2026-11-01."), page.substring(0, 2000));
        assertFalse(run.err().contains("syn-"), "no patient id on stderr: " + run.err());
        assertTrue(run.err().contains("taperwise worklist: 600 assessments (" + eligible.size() + " ELIGIBLE, "
                + undetermined.size() + " UNDETERMINED"), run.err());
    }

    @Test
    void limit_keepsTheTopN_andEveryUndeterminedPatient() throws IOException {
        Path out = tmp.resolve("top.csv");
        CliRun run = CliRun.of("worklist", assessments.toString(), "--csv", out.toString(), "--limit", "25");
        assertEquals(0, run.exit(), run.err());
        List<List<String>> rows = csv(out);
        assertEquals(expectedOrder("ELIGIBLE").subList(0, 25), column(rows, "REVIEW", 2));
        assertEquals(expectedOrder("UNDETERMINED"), column(rows, "UNDETERMINED", 2));
    }

    @Test
    void badLines_areReportedByNumberAndField_theRestIsWritten_exit2() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(assessments, StandardCharsets.UTF_8));
        lines.add(2, "{\"patientId\": \"syn-secret\", broken");
        lines.add(4, lines.get(5).replace("\"status\":\"", "\"statuz\":\""));
        Path in = tmp.resolve("with-bad.jsonl");
        Files.write(in, lines, StandardCharsets.UTF_8);
        Path out = tmp.resolve("bad.csv");
        Path html = tmp.resolve("bad.html");
        CliRun run = CliRun.of("worklist", in.toString(), "--csv", out.toString(), "--html", html.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains(in + " line 3: malformed JSON at column "), run.err());
        assertTrue(run.err().contains(in + " line 5: eligibility.status: missing (expected ELIGIBLE, NOT_ELIGIBLE or"
                + " UNDETERMINED)"), run.err());
        assertTrue(run.err().contains("2 bad lines skipped"), run.err());
        assertFalse(run.err().contains("syn-"), run.err());
        List<List<String>> rows = csv(out);
        assertTrue(rows.size() > 200, "the good lines are listed");
        assertTrue(Files.readString(html).contains("2 lines of the input could not be read as assessments (lines 3,"
                + " 5;"));
    }

    @Test
    void csvToStandardOutput() {
        CliRun run = CliRun.of("worklist", assessments.toString(), "--csv", "-", "--limit", "3");
        assertEquals(0, run.exit(), run.err());
        List<List<String>> rows = Rfc4180.parse(run.out());
        assertEquals(expectedOrder("ELIGIBLE").subList(0, 3), column(rows, "REVIEW", 2));
    }

    @Test
    void assessmentsFromStandardInput() throws IOException {
        Path out = tmp.resolve("stdin.csv");
        java.io.InputStream saved = System.in;
        try (java.io.InputStream in = Files.newInputStream(assessments)) {
            System.setIn(in);
            CliRun run = CliRun.of("worklist", "-", "--csv", out.toString(), "--limit", "5");
            assertEquals(0, run.exit(), run.err());
        } finally {
            System.setIn(saved);
        }
        assertEquals(expectedOrder("ELIGIBLE").subList(0, 5), column(csv(out), "REVIEW", 2));
    }

    @Test
    void usageAndFileErrors_exit2_andWriteNothing() {
        CliRun none = CliRun.of("worklist", assessments.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("name an output: --csv FILE, --html FILE or both"), none.err());

        Path out = tmp.resolve("never.csv");
        CliRun missing = CliRun.of("worklist", tmp.resolve("no-such.jsonl").toString(), "--csv", out.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no-such.jsonl: no such file"), missing.err());
        assertFalse(Files.exists(out));

        CliRun folder = CliRun.of("worklist", assessments.toString(), "--csv", tmp.resolve("nope/x.csv").toString());
        assertEquals(2, folder.exit());
        assertTrue(folder.err().contains("cannot be written: no such folder"), folder.err());

        CliRun both = CliRun.of("worklist", assessments.toString(), "--csv", "-", "--html", "-");
        assertEquals(2, both.exit());

        CliRun self = CliRun.of("worklist", assessments.toString(), "--csv", assessments.toString());
        assertEquals(2, self.exit());
        assertTrue(self.err().contains("is the input file"), self.err());
    }
}

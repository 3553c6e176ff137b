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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.TaperwiseEngine;
import org.taperwise.examples.cohort.SyntheticCohort;
import org.taperwise.examples.cohort.WriteCohort;
import org.taperwise.json.TaperwiseJson;

/**
 * {@code taperwise screen} and fields the contract does not define: a line with one is bad (reported with its line
 * number, skipped, exit 2) unless {@code --lenient}, which screens it with an {@code UNKNOWN_FIELD} warning.
 */
class ScreenUnknownFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TaperwiseEngine engine;
    private static List<String> lines;

    @TempDir
    Path tmp;

    /** 30 synthetic patients; line 5 misspells {@code prescriptions}, line 9 a prescription's {@code dose}. */
    @BeforeAll
    static void input() throws IOException {
        engine = TaperwiseEngine.builder().build();
        StringWriter w = new StringWriter();
        WriteCohort.write(new SyntheticCohort(11L), 30, w);
        lines = new ArrayList<>(List.of(w.toString().split("\n")));
        assertTrue(lines.get(4).contains("\"prescriptions\":[{") && lines.get(8).contains("\"dose\":{"));
        lines.set(4, lines.get(4).replace("\"prescriptions\":", "\"prescriptons\":"));
        lines.set(8, lines.get(8).replaceFirst("\"dose\":", "\"doze\":"));
    }

    private Path in() throws IOException {
        Path p = tmp.resolve("cohort.jsonl");
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aLineWithAnUnknownField_isReportedWithItsNumberAndSkipped_theOthersAreScreened_exit2() throws IOException {
        Path out = tmp.resolve("out.jsonl");

        CliRun run = CliRun.of("screen", "--threads", "2", "--batch", "4", in().toString(), "--out", out.toString());

        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("cohort.jsonl line 5: prescriptons: an array of "), run.err());
        assertTrue(run.err().contains("(expected a known field; did you mean \"prescriptions\"?)"), run.err());
        assertTrue(run.err().contains("cohort.jsonl line 9: prescriptions[0].doze: an object of 2 fields (expected a"
                + " known field; did you mean \"dose\"?)"), run.err());
        assertTrue(run.err().contains("30 patients read, 28 assessed, 2 bad lines"), run.err());
        List<String> output = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> good = new ArrayList<>(lines);
        good.remove(8);
        good.remove(4);
        assertEquals(28, output.size());
        for (int i = 0; i < good.size(); i++) {
            assertEquals(TaperwiseJson.evaluate(engine, good.get(i)), output.get(i), "good patient " + (i + 1));
        }
    }

    @Test
    void lenient_screensEveryLine_withAnUnknownFieldWarningOnTheMisspeltOnes_exit0() throws IOException {
        Path out = tmp.resolve("out.jsonl");

        CliRun run = CliRun.of("screen", "--lenient", "--threads", "2", "--batch", "4", in().toString(), "--out",
                out.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("30 patients read, 30 assessed, 0 bad lines"), run.err());
        List<String> output = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(30, output.size());
        JsonNode fifth = JSON.readTree(output.get(4));
        assertEquals("UNKNOWN_FIELD", fifth.at("/warnings/0/code").asText());
        assertEquals("prescriptons", fifth.at("/warnings/0/path").asText());
        assertEquals("prescriptions[0].doze", JSON.readTree(output.get(8)).at("/warnings/0/path").asText());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(TaperwiseJson.lenient().evaluate(engine, lines.get(i)), output.get(i), "patient " + (i + 1));
        }
        assertFalse(output.get(0).contains("UNKNOWN_FIELD"));
        assertTrue(CliRun.of("screen", "--help").out().contains("--lenient"));
    }
}

package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text report prints echoed input escaped: a medicine name or id holding a newline, an escape sequence, a
 * carriage return or a bidirectional override cannot forge a line, colour the terminal or reorder the text (issue
 * 13). JSON output keeps the same text exactly.
 */
class TextReportSafeTextTest {
    @TempDir
    Path tmp;

    @Test
    void controlCharactersAndBidiOverrides_inNamesAndIds_areEscaped() throws IOException {
        String sample = Files.readString(EvaluateCommandTest.PATIENTS.resolve("04-oxycodone-mr.json"));
        String crafted = sample.replaceFirst("\"medicine\": \"oxycodone\"",
                "\"medicine\": \"oxyfake\\\\nFLAGS: none\\\\u001b[31m\\\\u202eevil\"")
                .replaceFirst("\"rx-1\"", "\"rx\\\\r\\\\nX\\\\u2066\\\\ud800\"")
                .replaceFirst("\"sample-04\"", "\"p\\\\u0007\\\\u202e-04\"");
        Path file = tmp.resolve("crafted.json");
        Files.writeString(file, crafted, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("evaluate", file.toString());
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        for (char c : new char[] {'\r', '\u001b', '\u0007', '\u202e', '\u2066', '\ud800'}) {
            assertEquals(-1, out.indexOf(c), () -> "raw U+" + Integer.toHexString(c) + " in the report");
        }
        assertFalse(out.lines().anyMatch(l -> l.startsWith("FLAGS: none")), "a forged line");
        assertTrue(out.contains("oxyfake\\nFLAGS: none\\u001b[31m\\u202eevil"), out);
        assertTrue(out.contains("Taperwise assessment for patient p\\u0007\\u202e-04"), out);

        CliRun json = CliRun.of("evaluate", "--format", "json", file.toString());
        assertTrue(json.out().contains("\"patientId\" : \"p\\u0007\u202e-04\""), json.out());
        assertTrue(json.out().contains("\"rx\\r\\nX\u2066\\ud800\""), json.out());
    }
}

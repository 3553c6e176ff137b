package org.taperwise.examples.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.examples.worklist.AssessmentJson.ids;
import static org.taperwise.examples.worklist.AssessmentJson.patient;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading assessment lines: a bad line is reported with its line number and the field at fault (never the line's
 * text), counted and skipped, and the other lines are read on; blank lines, a byte-order mark and CRLF are accepted.
 */
class WorklistReaderTest {
    private static List<String> problems(String... lines) {
        List<String> problems = new ArrayList<>();
        AssessmentJson.read(0, List.of(lines), problems);
        return problems;
    }

    @Test
    void aMissingField_isNamed_withItsLineNumber() {
        ObjectNode a = patient("secret-id-1").node();
        ((ObjectNode) a.get("eligibility")).remove("status");
        ((ObjectNode) a.get("mme")).remove("totalDailyMg");
        List<String> p = problems(patient("ok").json(), a.toString());
        assertEquals(List.of("in.jsonl line 2: eligibility.status: missing (expected ELIGIBLE, NOT_ELIGIBLE or"
                + " UNDETERMINED)", "in.jsonl line 2: mme.totalDailyMg: missing (expected a number)"), p);
    }

    @Test
    void everyRequiredField_isNamedWhenMissing() {
        for (String field : List.of("patientId", "asOf", "ruleset", "profile", "eligibility", "mme", "flags")) {
            List<String> p = problems(patient("p").without(field).json());
            assertEquals(1, p.size(), field + ": " + p);
            assertTrue(p.get(0).startsWith("in.jsonl line 1: " + field + ": missing (expected "), p.get(0));
        }
    }

    @Test
    void aWrongTypeOrAnUnknownCode_isNamed() {
        ObjectNode a = patient("p").node();
        ((ObjectNode) a.get("mme")).put("totalDailyMg", "lots");
        ((ObjectNode) a.get("eligibility")).put("status", "MAYBE");
        a.withArray("flags").addObject().put("code", "HIGH_DOSE").put("severity", "SEVERE");
        assertEquals(List.of("in.jsonl line 1: eligibility.status: \"MAYBE\" (expected ELIGIBLE, NOT_ELIGIBLE or"
                        + " UNDETERMINED)", "in.jsonl line 1: mme.totalDailyMg: a string (expected a number)",
                "in.jsonl line 1: flags[0].severity: \"SEVERE\" (expected HIGH, MODERATE, INFO or DATA_QUALITY)"),
                problems(a.toString()));
    }

    @Test
    void patientFacts_insteadOfAnAssessment_saySo() {
        String facts = "{\"patientId\":\"p\",\"asOf\":\"2026-11-01\",\"prescriptions\":[]}";
        List<String> p = problems(facts);
        assertTrue(p.stream().anyMatch(s -> s.contains("eligibility: missing") && s.contains("looks like patient facts:"
                + " run `taperwise screen` on it first")), p.toString());
    }

    @Test
    void malformedJson_givesTheColumn_andNeverQuotesTheLine() {
        List<String> p = problems(patient("p").json(), "{\"patientId\": \"secret-id-7\", oops}", "[1]",
                "{\"patientId\":\"a\"} {}");
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("in.jsonl line 2: malformed JSON at column "), p.get(0));
        assertEquals("in.jsonl line 3: not a JSON object (expected one assessment object a line, as `taperwise"
                + " screen` writes)", p.get(1));
        assertEquals("in.jsonl line 4: more than one JSON value on the line (expected one assessment object a line)",
                p.get(2));
        for (String s : p) {
            assertFalse(s.contains("secret") || s.contains("oops"), s);
        }
    }

    @Test
    void aFieldGivenTwice_isMalformed() {
        String twice = patient("p").status("NOT_ELIGIBLE").json().replaceFirst("\\{", "{\"eligibility\":"
                + "{\"status\":\"ELIGIBLE\",\"reasons\":[]},");
        List<String> p = problems(twice);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("(a field given twice)"), p.get(0));
    }

    @Test
    void goodLinesAroundBadOnes_areAllRead_blankLinesIgnored_bomAndCrlfAccepted() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = patient("a").json() + "\r\n\r\n   \n" + "not json\n" + patient("b").json() + "\n"
                + patient("c").json();   // no line end at the end
        byte[] bytes = (new String(bom, StandardCharsets.ISO_8859_1) + "").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[bytes.length + text.getBytes(StandardCharsets.UTF_8).length];
        System.arraycopy(bytes, 0, all, 0, bytes.length);
        System.arraycopy(text.getBytes(StandardCharsets.UTF_8), 0, all, bytes.length, all.length - bytes.length);
        Worklist w = new Worklist(0);
        List<String> problems = new ArrayList<>();
        WorklistReader r = new WorklistReader(w, 1 << 20, "in.jsonl", problems::add);
        r.read(new ByteArrayInputStream(all));
        assertEquals(List.of("a", "b", "c"), ids(w.ranked()));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("in.jsonl line 4: malformed JSON"), problems.get(0));
        assertEquals(2, w.blankLines());
        assertEquals(List.of(4L), w.badLines());
        assertEquals(6, r.lines());
    }

    @Test
    void aLineLongerThanTheLimit_isReportedWithoutBeingKept_andTheNextLineIsRead() throws IOException {
        String big = patient("x".repeat(5000)).json();
        String text = big + "\n" + patient("b").json() + "\n";
        Worklist w = new Worklist(0);
        List<String> problems = new ArrayList<>();
        new WorklistReader(w, 2000, "in.jsonl", problems::add)
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("in.jsonl line 1: longer than 2000 bytes (expected one assessment a line, at most"
                + " --max-line-bytes)"), problems);
        assertEquals(List.of("b"), ids(w.ranked()));
    }

    @Test
    void aPatientIdOverTheContractsLimit_isBad() {
        List<String> p = problems(patient("x".repeat(1001)).json());
        assertEquals(List.of("in.jsonl line 1: patientId: 1001 characters (expected at most 1000)"), p);
    }

    @Test
    void bytesThatAreNotUtf8_areBad() {
        byte[] line = patient("p\u00e9").json().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < line.length; i++) {
            if (line[i] == (byte) 0xC3) {
                line[i] = (byte) 0xFF;
            }
        }
        Worklist w = new Worklist(0);
        List<String> problems = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(line)) {
            new WorklistReader(w, 1 << 20, "in.jsonl", problems::add).read(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("UTF-8"), problems.get(0));
    }
}

package org.taperwise.examples.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.taperwise.examples.worklist.AssessmentJson.patient;
import static org.taperwise.examples.worklist.AssessmentJson.read;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV: RFC 4180 quoting, a header row, one row a patient, and the formula-injection defence. */
class WorklistCsvTest {
    private static String csv(List<String> lines) throws IOException {
        StringWriter out = new StringWriter();
        WorklistCsv.write(read(lines), out);
        return out.toString();
    }

    @Test
    void headerRow_thenRankedRows_thenUndeterminedRows() throws IOException {
        List<List<String>> rows = Rfc4180.parse(csv(List.of(
                patient("u").status("UNDETERMINED").reason("BIRTH_DATE_MISSING", "m").mme(5).json(),
                patient("b").mme(10).json(),
                patient("a").mme(160).flag("HIGH_DOSE", "HIGH", "highDoseMgPerDay", "120", "above").taper("PROPOSED")
                        .json(),
                patient("n").status("NOT_ELIGIBLE").json())));
        assertEquals(WorklistCsv.COLUMNS, rows.get(0));
        assertEquals(4, rows.size());
        assertEquals(List.of("REVIEW", "1", "a", "2026-11-01", "ELIGIBLE", "", "160", "true", "1", "0", "0", "0",
                "HIGH_DOSE", "Daily MME 160 mg (above 120: HIGH_DOSE)", "PROPOSED", "taperwise-builtin", "1.1.0",
                "d58f7498de5c01a9ef86c6057ba6e30c4fbf339029cb6c2c3b4d9e3da8591236", "uk-opioids-aware"), rows.get(1));
        assertEquals(List.of("REVIEW", "2", "b"), rows.get(2).subList(0, 3));
        assertEquals(List.of("UNDETERMINED", "1", "u", "2026-11-01", "UNDETERMINED", "BIRTH_DATE_MISSING"),
                rows.get(3).subList(0, 6));
        for (List<String> r : rows) {
            assertEquals(WorklistCsv.COLUMNS.size(), r.size());
        }
    }

    @Test
    void commasQuotesAndLineBreaks_areQuotedAndRoundTrip() throws IOException {
        String id = "p,1 \"quoted\"\r\nnext line";
        List<List<String>> rows = Rfc4180.parse(csv(List.of(patient(id).json())));
        assertEquals(id, rows.get(1).get(2));
        assertEquals("\"p,1 \"\"quoted\"\"\r\nnext line\"", WorklistCsv.field(id));
        assertEquals("plain", WorklistCsv.field("plain"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"})
    void aFieldAFormulaCouldStartWith_getsALeadingApostrophe(String id) throws IOException {
        List<List<String>> rows = Rfc4180.parse(csv(List.of(patient(id).json())));
        assertEquals("'" + id, rows.get(1).get(2));
    }

    @Test
    void onlyTheFirstCharacterCounts_andEmptyFieldsStayEmpty() {
        assertEquals("a=1", WorklistCsv.field("a=1"));
        assertEquals("", WorklistCsv.field(""));
        assertEquals("'-", WorklistCsv.field("-"));
    }

    @Test
    void anUnpairedSurrogate_becomesTheReplacementCharacter_aPairIsKept() {
        assertEquals("p-\uFFFDx", WorklistCsv.field("p-\uD800x"));
        assertEquals("p-\uD83D\uDE00", WorklistCsv.field("p-\uD83D\uDE00"));
        assertEquals("\uFFFD", WorklistCsv.field("\uDC00"));
    }
}

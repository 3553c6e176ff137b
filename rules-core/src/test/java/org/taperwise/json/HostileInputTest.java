package org.taperwise.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.InvalidInputException;
import org.taperwise.Problem;
import org.taperwise.TaperwiseEngine;
import org.taperwise.TestRulesets;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;

/**
 * Issue 13's bad inputs, one test each: every one is refused as bad input naming its path and value (never
 * {@code ArithmeticException}, a hang, a wrapped number or a huge message), or evaluated exactly (an unpaired
 * surrogate in an id).
 */
class HostileInputTest {
    private static final TaperwiseEngine ENGINE = TaperwiseEngine.builder().ruleset(TestRulesets.minimal()).build();
    /** The longest one problem's line may be (path, value and expectation cut to their maximum). */
    private static final int MAX_LINE = Problem.MAX_PATH + Problem.MAX_VALUE + Problem.MAX_EXPECTED + 20;

    private static String rx(String fields) {
        return "{\"id\": \"rx-1\", \"medicine\": \"morphine\", \"form\": \"mr-tablet\", \"issued\": \"2026-10-01\", "
                + fields + "}";
    }

    private static String patient(String rx) {
        return "{\"patientId\": \"p-1\", \"asOf\": \"2026-11-01\", \"prescriptions\": [" + rx + "]}";
    }

    private static final String STRENGTH = "\"strength\": {\"value\": 20, \"unit\": \"mg\"}";
    private static final String DOSE = "\"dose\": {\"value\": 1, \"unit\": \"unit\"}";

    /** The problems, each checked to be one short line. */
    private static List<Problem> refused(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TaperwiseJson.evaluate(ENGINE, json));
        for (Problem p : e.problems()) {
            assertTrue(p.toString().length() <= MAX_LINE && !p.toString().contains("\n"), p::toString);
        }
        return e.problems();
    }

    private static Problem only(String json) {
        List<Problem> p = refused(json);
        assertEquals(1, p.size(), p::toString);
        return p.get(0);
    }

    @Test
    void aDoseOf1e999999999_isRefusedWithItsPath_shownInScientificNotation() {
        Problem p = only(patient(rx(STRENGTH + ", \"dose\": {\"value\": 1e999999999, \"unit\": \"unit\"}, "
                + "\"timesPerDay\": 2, \"daysSupply\": 28")));
        assertEquals("prescriptions[0].dose.value", p.path());
        assertEquals("1E+999999999", p.value());
    }

    @Test
    void aNegativeHugeDose_isRefused_withAShortMessage() {
        Problem p = only(patient(rx(STRENGTH + ", \"dose\": {\"value\": -1e999999999, \"unit\": \"mg\"}, "
                + "\"timesPerDay\": 2, \"daysSupply\": 28")));
        assertEquals("-1E+999999999", p.value());
    }

    @Test
    void aStrengthOf1eMinus999999999_isRefused() {
        Problem p = only(patient(rx("\"strength\": {\"value\": 1e-999999999, \"unit\": \"mg\"}, " + DOSE
                + ", \"timesPerDay\": 2, \"daysSupply\": 28")));
        assertEquals("prescriptions[0].strength.value", p.path());
        assertEquals("1E-999999999", p.value());
    }

    @Test
    void aDaysSupplyOfMinus3e9_isRefused_fromJsonAndFromJava() {
        Problem p = only(patient(rx(STRENGTH + ", " + DOSE + ", \"timesPerDay\": 2, \"daysSupply\": -3e9")));
        assertEquals("prescriptions[0].daysSupply", p.path());
        PatientFacts facts = PatientFacts.builder("p-1", LocalDate.of(2026, 11, 1)).prescription(morphine()
                .daysSupply(Integer.MIN_VALUE).build()).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.evaluate(facts));
        assertEquals("prescriptions[0].daysSupply", e.problems().get(0).path());
    }

    @Test
    void timesPerDayOf1e37_isBadInput_notAnArithmeticException_fromJsonAndFromJava() {
        Problem p = only(patient(rx(STRENGTH + ", " + DOSE + ", \"timesPerDay\": 1e37, \"daysSupply\": 28")));
        assertEquals("prescriptions[0].timesPerDay", p.path());
        PatientFacts facts = PatientFacts.builder("p-1", LocalDate.of(2026, 11, 1)).prescription(morphine()
                .timesPerDay(1e37).daysSupply(28).build()).build();
        assertThrows(InvalidInputException.class, () -> ENGINE.evaluate(facts));
    }

    @Test
    void extremeDatesFromJava_areBadInput_notADateTimeException() {
        PatientFacts facts = PatientFacts.builder("p-1", LocalDate.MAX).prescription(morphine().issued(LocalDate.MAX)
                .daysSupply(28).build()).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.evaluate(facts));
        assertEquals(List.of("asOf", "prescriptions[0].issued"), e.problems().stream().map(Problem::path).toList());
    }

    @Test
    void aQuantityOf8589934602WithoutDaysSupply_isRefused_neverWrapped() {
        Problem p = only(patient(rx(STRENGTH + ", " + DOSE + ", \"timesPerDay\": 2, \"quantity\": 8589934602")));
        assertEquals("prescriptions[0].quantity", p.path());
        assertEquals("8589934602", p.value());
    }

    @Test
    void aQuantityInRangeThatWouldLastMillionsOfYears_isRefused_neverWrapped() {
        Problem p = only(patient(rx(STRENGTH + ", \"dose\": {\"value\": 0.0001, \"unit\": \"unit\"}, "
                + "\"timesPerDay\": 0.0001, \"quantity\": 100000")));
        assertEquals("prescriptions[0].quantity", p.path());
        assertTrue(p.expected().startsWith("a quantity that lasts at most 3650 days"), p.expected());
        assertTrue(p.expected().contains("10000000000000 days"), p.expected());
    }

    @Test
    void aNumberOfManyDigits_isShownShort() {
        Problem p = only(patient(rx(STRENGTH + ", " + DOSE + ", \"timesPerDay\": 2, \"daysSupply\": 28, "
                + "\"quantity\": " + "9".repeat(900))));
        assertEquals("1E+900", p.value());
        assertEquals("1E+999999999", Problem.number(new BigDecimal("1e999999999")));
        assertEquals("1.23456789E+29", Problem.number(new BigDecimal("123456789012345678901234567890")));
        assertEquals("40", Problem.number(new BigDecimal("40.000")));
    }

    @Test
    void aTinyNegativeScore_isOutOfRange() {
        Problem p = only("{\"patientId\": \"p-1\", \"asOf\": \"2026-11-01\", \"assessments\": [{\"instrument\": "
                + "\"COMM\", \"score\": -1e-999999999, \"date\": \"2026-10-01\"}]}");
        assertEquals("assessments[0].score", p.path());
    }

    @Test
    void aHugeText_isRefused_andNeverEchoed() {
        String id = "x".repeat(100_000);
        List<Problem> problems = refused(patient(rx(STRENGTH + ", " + DOSE + ", \"timesPerDay\": 2, \"daysSupply\": 28")
                .replace("\"rx-1\"", "\"" + id + "\"")) + " ");
        assertEquals("prescriptions[0].id", problems.get(0).path());
        assertEquals("a text of 100000 characters", problems.get(0).value());
        Problem policy = only("{\"patientId\": \"p-1\", \"asOf\": \"2026-11-01\", \"taperRequest\": {\"policy\": \""
                + id + "\"}}");
        assertEquals("taperRequest.policy", policy.path());
    }

    @Test
    void moreThanTenThousandPrescriptions_isOneProblem() {
        String one = rx(STRENGTH + ", " + DOSE + ", \"timesPerDay\": 2, \"daysSupply\": 28").replace("\"id\": \"rx-1\", ",
                "");
        Problem p = only(patient(String.join(",", java.util.Collections.nCopies(10_001, one))));
        assertEquals("prescriptions", p.path());
        assertEquals("a list of 10001", p.value());
    }

    @Test
    void aRecordWithThousandsOfProblems_listsAHundredAndCountsTheRest() {
        String bad = "{\"medicine\": 7}";
        List<Problem> p = refused(patient(String.join(",", java.util.Collections.nCopies(5_000, bad))));
        assertEquals(InvalidInputException.MAX_PROBLEMS + 1, p.size());
        assertTrue(p.get(p.size() - 1).value().matches("\\d+ more problems, not listed"), p.get(p.size() - 1)::toString);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TaperwiseJson.readPatient(
                patient(String.join(",", java.util.Collections.nCopies(5_000, bad)))));
        assertTrue(e.getMessage().length() < (InvalidInputException.MAX_PROBLEMS + 2) * MAX_LINE);
    }

    @Test
    void deepNesting_aLongFieldName_andDuplicateKeys_areMalformedJson_withShortMessages() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertTrue(only("{\"patientId\": \"p\", \"x\": " + deep + "}").expected().contains("nesting depth"));
        assertTrue(only("{\"" + "k".repeat(100_000) + "\": 1}").expected().contains("Name length"));
        assertTrue(only("{\"patientId\": \"a\", \"patientId\": \"b\"}").expected().contains("Duplicate field"));
    }

    @Test
    void controlCharactersAndBidiOverrides_inAnEchoedValue_areEscaped() {
        Problem p = only(patient(rx(STRENGTH + ", " + DOSE + ", \"timesPerDay\": 2, \"daysSupply\": 28, "
                + "\"form\": \"tab\\u202elet\\n\\u001b[31mforged\"").replace("\"form\": \"mr-tablet\", ", "")));
        assertEquals("prescriptions[0].form", p.path());
        assertEquals("\"tab\\u202elet\\n\\u001B[31mforged\"", p.value(), "JSON escapes, then the bidi override escaped");
        assertEquals("a\\u2066b\\ud800c", Problem.escapeControls("a\u2066b\ud800c"));
        assertEquals("\ud83d\ude00", Problem.escapeControls("\ud83d\ude00"), "a pair is a character, kept");
    }

    @Test
    void anUnpairedSurrogateInAnId_roundTripsExactly() {
        String json = patient(rx(STRENGTH + ", " + DOSE + ", \"timesPerDay\": 2, \"daysSupply\": 28"))
                .replace("\"p-1\"", "\"p-\\ud800\"").replace("\"rx-1\"", "\"rx-\\udc00\\ud83d\\ude00\"");
        String out = TaperwiseJson.evaluate(ENGINE, json);
        assertTrue(out.startsWith("{\"patientId\":\"p-\\ud800\""), out);
        assertTrue(out.contains("\"rx-\\udc00\\ud83d\\ude00\""), out);
        var back = new ArrayList<String>();
        com.fasterxml.jackson.databind.JsonNode tree = assertDoesNotThrowRead(out);
        back.add(tree.get("patientId").asText());
        assertEquals(List.of("p-\ud800"), back);
        assertFalse(out.contains("?"), out);
    }

    /** The UTF-8 writer (screen's) writes the very bytes of the text writer: escapes, non-ASCII and surrogates too. */
    @Test
    void theUtf8Writer_writesTheTextWritersBytes_surrogatesAndNonAsciiIncluded() {
        String json = patient(rx(STRENGTH + ", " + DOSE + ", \"timesPerDay\": 2, \"daysSupply\": 28"))
                .replace("\"p-1\"", "\"p-\\ud800 é ü 漢 \\u2028 \\u0007 \\\"q\\\" / \\\\\"")
                .replace("\"rx-1\"", "\"rx-\\udc00\\ud83d\\ude00 ±\"");
        var a = ENGINE.evaluate(TaperwiseJson.readPatient(json).facts());
        var bytes = new java.io.ByteArrayOutputStream();
        TaperwiseJson.write(a, bytes);
        assertEquals(TaperwiseJson.write(a), bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(java.util.Arrays.equals(TaperwiseJson.write(a).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                bytes.toByteArray()));
    }

    @Test
    void problemParts_areCutToTheirMaximum_withTheirLength() {
        Problem p = new Problem("a".repeat(1_000), "b".repeat(1_000), "c".repeat(1_000));
        assertEquals(Problem.MAX_PATH, p.path().length());
        assertEquals(Problem.MAX_VALUE, p.value().length());
        assertEquals(Problem.MAX_EXPECTED, p.expected().length());
        assertTrue(p.value().endsWith("... (1000 characters)"), p.value());
        String cut = Problem.brief("\ud83d\ude00".repeat(100), 51);
        assertFalse(Character.isHighSurrogate(cut.charAt(cut.indexOf("...") - 1)), cut);
    }

    private static com.fasterxml.jackson.databind.JsonNode assertDoesNotThrowRead(String json) {
        try {
            return org.taperwise.files.JsonTrees.read(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Prescription.Builder morphine() {
        return Prescription.builder().id("rx-1").medicine("morphine").form(Form.MR_TABLET).strength(20, StrengthUnit.MG)
                .dose(1, DoseUnit.UNIT).timesPerDay(2).issued(LocalDate.of(2026, 10, 1));
    }
}

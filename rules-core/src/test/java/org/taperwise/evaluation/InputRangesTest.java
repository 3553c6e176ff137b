package org.taperwise.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.taperwise.InvalidInputException;
import org.taperwise.Problem;
import org.taperwise.json.TaperwiseJson;

/**
 * Every numeric input has a documented range, checked before any arithmetic: extreme values are refused quickly,
 * with a short message naming the path, never a hang, an out-of-memory error or an ArithmeticException (issue 13).
 */
class InputRangesTest {
    private static final String[] FIELDS = {"strength.value", "dose.value", "timesPerDay", "quantity",
        "changeEveryDays", "daysSupply"};

    private static String patient(String v) {
        return "{\"patientId\":\"x\",\"asOf\":\"2026-11-01\",\"prescriptions\":[{\"id\":\"a\",\"medicine\":\"fentanyl\","
                + "\"form\":\"patch\",\"strength\":{\"value\":" + v + ",\"unit\":\"microgram/hour\"},\"dose\":{\"value\":"
                + v + ",\"unit\":\"unit\"},\"timesPerDay\":" + v + ",\"quantity\":" + v + ",\"changeEveryDays\":" + v
                + ",\"daysSupply\":" + v + ",\"issued\":\"2026-10-20\"}]}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1e-999999999", "-3e9", "1e37", "8589934602", "0",
        "0.00001"})
    void anExtremeValue_inEveryNumericField_isRefusedQuicklyWithItsPathAndAShortValue(String v) {
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
                InvalidInputException.class, () -> TaperwiseJson.readPatient(patient(v))).problems());
        for (String field : FIELDS) {
            assertTrue(problems.stream().anyMatch(p -> p.path().equals("prescriptions[0]." + field)),
                    () -> field + " not refused: " + problems);
        }
        problems.forEach(p -> assertTrue(p.value().length() < 40 && p.expected().length() < 120, p::toString));
    }

    @Test
    void theLimits_areInclusive() {
        assertTrue(InputRanges.STRENGTH.contains(new BigDecimal("100000")));
        assertTrue(InputRanges.STRENGTH.contains(new BigDecimal("0.0001")));
        assertFalse(InputRanges.STRENGTH.contains(new BigDecimal("100000.01")));
        assertFalse(InputRanges.TIMES_PER_DAY.contains(new BigDecimal("25")));
    }

    @Test
    void numbersAreShownPlainWhenShort_andInScientificNotationWhenLong() {
        assertEquals("40", InputRanges.show(new BigDecimal("40.00")));
        assertEquals("-0.5", InputRanges.show(new BigDecimal("-0.5")));
        assertEquals("1E+999999999", InputRanges.show(new BigDecimal("1e999999999")));
        assertEquals("1E-999999999", InputRanges.show(new BigDecimal("1e-999999999")));
    }
}

package org.taperwise.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader accepts exactly the ten-character dates {@code LocalDate.parse} accepts, as the same day. */
class IsoDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-01", "2024-02-29", "2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31",
            "0000-01-01", "9999-12-31", "+002-01-01", "-001-01-01", "2026/11/01", "2026-1-011", "2026-11-0a",
            "２０２６-11-01", "2026-11-01", " 026-11-01", "2026-11- 1"})
    void edgeCases_agreeWithLocalDateParse(String text) {
        assertEquals(reference(text), FieldReader.isoDate(text), text);
    }

    /** Seeded texts near the format: digits, separators and a few other characters in each of ten places. */
    static Stream<String> nearDates() {
        Random r = new Random(20261123L);
        String alphabet = "0123456789012345678901234567890123456789--+ x/";
        return IntStream.range(0, 20).mapToObj(batch -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 500; i++) {
                char[] c = String.format("%04d-%02d-%02d", r.nextInt(10000), r.nextInt(14), r.nextInt(33))
                        .toCharArray();
                if (r.nextInt(4) == 0) {
                    c[r.nextInt(10)] = alphabet.charAt(r.nextInt(alphabet.length()));
                }
                b.append(c).append('\n');
            }
            return b.toString();
        });
    }

    @ParameterizedTest
    @MethodSource("nearDates")
    void seededNearDates_agreeWithLocalDateParse(String batch) {
        for (String text : batch.split("\n")) {
            assertEquals(reference(text), FieldReader.isoDate(text), text);
        }
    }

    private static LocalDate reference(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

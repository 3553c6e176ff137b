package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.TaperwiseEngine;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.Assessment;

/** Every sample patient in {@code examples/patients} gives the assessment its situation calls for. */
class SamplePatientsTest {
    private static final TaperwiseEngine ENGINE = TaperwiseEngine.builder().build();

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("01-co-codamol-long-term.json", "ELIGIBLE", 24.0, List.of("OLDER_ADULT_OPIOID")), // 65
                Arguments.of("02-tramadol-mr.json", "ELIGIBLE", 20.0, List.of()),
                Arguments.of("03-morphine-mr-high-dose.json", "ELIGIBLE", 160.0,
                        List.of("HIGH_DOSE", "NALOXONE_RECOMMENDED", "OLDER_ADULT_OPIOID")), // 67
                Arguments.of("04-oxycodone-mr.json", "ELIGIBLE", 120.0, List.of("ELEVATED_DOSE")),
                Arguments.of("05-fentanyl-patch.json", "ELIGIBLE", 120.0, List.of("ELEVATED_DOSE")),
                Arguments.of("06-buprenorphine-patch.json", "ELIGIBLE", 48.0, List.of("OLDER_ADULT_OPIOID")), // 76
                Arguments.of("07-methadone.json", "ELIGIBLE", 0.0, List.of("SPECIALIST_INPUT_REQUIRED")),
                Arguments.of("08-two-opioids.json", "ELIGIBLE", 84.0, List.of("ELEVATED_DOSE", "MULTIPLE_OPIOIDS")),
                Arguments.of("09-opioid-and-benzodiazepine.json", "ELIGIBLE", 24.0,
                        List.of("BENZODIAZEPINE_COPRESCRIBED", "NALOXONE_RECOMMENDED")),
                Arguments.of("10-end-of-life-care.json", "NOT_ELIGIBLE", 60.0, List.of("ELEVATED_DOSE")),
                Arguments.of("11-recently-started-codeine.json", "NOT_ELIGIBLE", 12.0, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sample(String file, String eligibility, double totalDailyMg, List<String> flags) throws IOException {
        Path path = EvaluateCommandTest.PATIENTS.resolve(file);
        Assessment a = ENGINE.evaluate(TaperwiseJson.readPatient(Files.readString(path)).facts());
        assertEquals(eligibility, a.eligibility().status().code());
        assertEquals(totalDailyMg, a.mme().totalDailyMg());
        assertEquals(flags, a.flags().stream().map(f -> f.code().code()).toList());
        assertTrue(a.warnings().isEmpty() || file.startsWith("02") || file.startsWith("05") || file.startsWith("06"),
                () -> a.warnings().toString());
    }
}

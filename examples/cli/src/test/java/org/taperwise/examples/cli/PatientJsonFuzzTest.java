package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.InvalidInputException;
import org.taperwise.Problem;
import org.taperwise.Ruleset;
import org.taperwise.TaperwiseEngine;
import org.taperwise.json.TaperwiseJson;

/**
 * Seeded fuzz test of patient JSON through the library's API (issue 13): 3,000 mutated sample patients (see
 * {@link PatientMutations}), each either evaluated or refused with {@link InvalidInputException} whose every problem
 * has a path and is one short line; never another exception. The timeout is a guard against a hang only, not a
 * performance claim.
 */
class PatientJsonFuzzTest {
    private static final TaperwiseEngine ENGINE = TaperwiseEngine.builder().ruleset(Ruleset.builtin()).build();
    private static final PatientMutations MUTATIONS = PatientMutations.fromSamples();
    /** The longest a problem's line can be: path, value and expectation, each cut to its maximum. */
    static final int MAX_PROBLEM_CHARS = Problem.MAX_PATH + Problem.MAX_VALUE + Problem.MAX_EXPECTED + 20;

    static LongStream seeds() {
        return LongStream.range(0, 3_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMutatedRecord_isEvaluatedOrRefusedWithPaths_neverAnotherException(long seed) {
        String json = MUTATIONS.record(seed);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try {
                String out = TaperwiseJson.evaluate(ENGINE, json);
                assertTrue(out.startsWith("{\"patientId\":"), out);
            } catch (InvalidInputException e) {
                assertFalse(e.problems().isEmpty());
                assertTrue(e.problems().size() <= InvalidInputException.MAX_PROBLEMS + 1, () -> "problems: "
                        + e.problems().size());
                for (Problem p : e.problems()) {
                    assertNotNull(p.path());
                    assertNotNull(p.value());
                    assertNotNull(p.expected());
                    String line = p.toString();
                    assertTrue(line.length() <= MAX_PROBLEM_CHARS, () -> "seed " + seed + ": " + line.length()
                            + " characters: " + line.substring(0, 200));
                    assertFalse(line.chars().anyMatch(Character::isISOControl), () -> "seed " + seed + ": " + line);
                }
            } catch (RuntimeException e) {
                fail("seed " + seed + ": " + e + "\ninput: " + Problem.brief(Problem.escapeControls(json), 400), e);
            }
        }, () -> "seed " + seed + " did not finish: " + Problem.brief(Problem.escapeControls(json), 400));
    }
}

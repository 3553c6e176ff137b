package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded fuzz test of the command line (issue 13), smaller than {@link PatientJsonFuzzTest}: mutated patients given
 * to {@code evaluate} one file each, and 400 of them as the lines of one {@code screen} input. Every run exits 0 or 2,
 * never 1; every refusal names the file (and line) and a path; no stack trace is ever printed; {@code screen} accounts
 * for every line. The timeout guards against a hang only.
 */
class CliFuzzTest {
    private static final PatientMutations MUTATIONS = PatientMutations.fromSamples();
    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) patients read, (\\d+) assessed, (\\d+) bad lines?, (\\d+) blank lines?");

    @TempDir
    static Path tmp;

    static LongStream seeds() {
        return LongStream.range(100_000, 100_025);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void evaluate_exits0Or2_namingFileAndPath_neverAStackTrace(long seed) throws IOException {
        Path file = tmp.resolve("fuzz-" + seed + ".json");
        // an unpaired surrogate cannot be encoded: it becomes '?', as any UTF-8 writer makes it
        Files.write(file, MUTATIONS.record(seed).getBytes(StandardCharsets.UTF_8));
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.of("evaluate", "--format", "json", file.toString()));
        assertNoStackTrace(run.err());
        if (run.exit() == 0) {
            assertTrue(run.out().contains("\"patientId\""), run.out());
        } else {
            assertEquals(2, run.exit(), run.err());
            String[] lines = run.err().split("\n");
            assertEquals("taperwise: bad input; nothing was evaluated", lines[lines.length - 1]);
            for (int i = 0; i < lines.length - 1; i++) {
                assertTrue(lines[i].startsWith(file + ": "), lines[i]);
            }
        }
    }

    @Test
    void screen_accountsForEveryLine_andExits0Or2() throws IOException {
        List<String> lines = new ArrayList<>();
        for (long seed = 200_000; seed < 200_400; seed++) {
            lines.add(MUTATIONS.record(seed).replace('\n', ' ').replace('\r', ' '));
        }
        Path in = tmp.resolve("fuzz.jsonl");
        Files.write(in, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        Path out = tmp.resolve("fuzz-out.jsonl");
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> CliRun.of("screen", in.toString(), "--out", out.toString()));
        assertNoStackTrace(run.err());
        assertTrue(run.exit() == 0 || run.exit() == 2, run.err());
        Matcher m = SUMMARY.matcher(run.err());
        assertTrue(m.find(), run.err());
        long assessed = Long.parseLong(m.group(2));
        long bad = Long.parseLong(m.group(3));
        long blank = Long.parseLong(m.group(4));
        assertEquals(lines.size(), assessed + bad + blank, run.err());
        assertEquals(assessed, Files.readAllLines(out).size());
        long reported = run.err().lines().filter(l -> l.startsWith(in + " line ")).map(l -> l.substring(0,
                l.indexOf(':'))).distinct().count();
        assertEquals(bad, reported, run.err());
    }

    private static void assertNoStackTrace(String err) {
        assertFalse(err.contains("\tat ") || err.contains("internal error") || err.contains("Exception:"), err);
    }
}

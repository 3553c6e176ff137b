package org.taperwise.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.EvaluationLimits;
import org.taperwise.Ruleset;

/** The ruleset is pinned by its SHA-256: the driver and every executor refuse another; one engine per executor. */
class PinnedRulesetTest {
    private static final String WRONG = "0".repeat(64);

    @TempDir
    static Path dir;
    static String sha256;
    static Path input;

    @BeforeAll
    static void input() throws IOException {
        sha256 = Ruleset.builtin().info().sha256();
        input = dir.resolve("one.jsonl");
        Files.writeString(input, Files.readString(Path.of("../patients/04-oxycodone-mr.json"), StandardCharsets.UTF_8)
                .replace('\n', ' ') + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void aWrongPinIsRefusedBeforeAnythingIsReadOrWritten() {
        Path out = dir.resolve("wrong-pin");
        LocalSpark.Run run = LocalSpark.job("--input", input.toString(), "--output", out.toString(),
                "--ruleset-sha256", WRONG);

        assertEquals(SparkScreen.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("the ruleset's SHA-256 is " + sha256 + " but the host requires " + WRONG),
                run.err());
        assertTrue(run.err().contains("nothing was read or written"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aPinThatIsNotASha256IsAUsageError() {
        LocalSpark.Run run = LocalSpark.job("--input", input.toString(), "--output", dir.resolve("x").toString(),
                "--ruleset-sha256", "d58f");

        assertEquals(SparkScreen.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--ruleset-sha256 must be 64 hexadecimal digits, got \"d58f\""), run.err());
    }

    @Test
    void anExecutorWhoseRulesetDiffersFromThePinRefusesItsTasks() {
        // as an executor sees it: the spec comes with the task, whatever the driver checked
        EngineSpec wrong = spec(WRONG, EvaluationLimits.DEFAULT_MAX_RULE_FIRINGS);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());

        SparkException e = assertThrows(SparkException.class, () -> jsc.parallelize(List.of(1, 2, 3, 4), 2)
                .mapPartitions(it -> List.of(ExecutorEngines.engine(wrong).rulesetInfo().sha256()).iterator())
                .collect());

        assertTrue(e.getMessage().contains("the ruleset's SHA-256 is " + sha256 + " but the host requires " + WRONG),
                e.getMessage());
        assertEquals(0, ExecutorEngines.builds(wrong));
    }

    @Test
    void everyTaskOfAnExecutorSharesOneEngine() {
        // a spec no other test uses (its firing limit), so this JVM has not built its engine yet
        EngineSpec spec = spec(sha256, 9_999);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());

        List<Integer> engines = jsc.parallelize(IntStream.range(0, 64).boxed().toList(), 16)
                .mapPartitions(it -> List.of(System.identityHashCode(ExecutorEngines.engine(spec))).iterator())
                .collect();

        assertEquals(16, engines.size());
        assertEquals(1, engines.stream().distinct().count(), "16 tasks on 2 threads, one engine");
        assertEquals(1, ExecutorEngines.builds(spec));
    }

    private static EngineSpec spec(String pin, int maxRuleFirings) {
        return new EngineSpec(null, pin, null, false, maxRuleFirings, 2000, 8 << 20);
    }
}

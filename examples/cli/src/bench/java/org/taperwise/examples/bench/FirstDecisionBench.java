package org.taperwise.examples.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.taperwise.TaperwiseEngine;
import org.taperwise.json.TaperwiseJson;

/**
 * A fresh JVM's first decision, as an embedding host sees it: load the built-in ruleset, build the engine, read one
 * patient's JSON, evaluate, write the assessment's JSON. One shot per fork, ten forks; the JVM's own start (about
 * 0.1 s) is not included (the README's {@code time java -jar} figure includes it).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class FirstDecisionBench {
    @Benchmark
    public String firstDecision() throws Exception {
        String json = Files.readString(Path.of(System.getProperty("taperwise.samples", "examples/patients"),
                "04-oxycodone-mr.json"));
        TaperwiseEngine engine = TaperwiseEngine.builder().build();
        return TaperwiseJson.evaluate(engine, json);
    }
}

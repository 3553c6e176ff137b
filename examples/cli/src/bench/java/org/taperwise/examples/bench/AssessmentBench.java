package org.taperwise.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.taperwise.TaperwiseEngine;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.Assessment;
import org.taperwise.model.PatientFacts;

/**
 * Cost of one full assessment (validation, normalisation, MME, rules, taper) in process, per cohort shape and
 * profile, and throughput with one and two threads sharing one engine.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AssessmentBench {

    @State(Scope.Benchmark)
    public static class Engine {
        @Param({"synthetic", "realistic", "samples", "synthetic-few-rx", "synthetic-many-rx", "five-order"})
        public String cohort;
        @Param({"uk-opioids-aware"})
        public String profile;
        TaperwiseEngine engine;
        List<PatientFacts> patients;

        @Setup(Level.Trial)
        public void setUp() {
            engine = TaperwiseEngine.builder().profile(profile).build();
            patients = Cohorts.of(cohort);
        }
    }

    /** Each thread walks the cohort from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        PatientFacts next(Engine e) {
            PatientFacts p = e.patients.get(next);
            next = next + 1 == e.patients.size() ? 0 : next + 1;
            return p;
        }
    }

    @Benchmark
    public Assessment assess(Engine e, Cursor c) {
        return e.engine.evaluate(c.next(e));
    }

    /** As a host with JSON does it: the assessment written as the contract's JSON. */
    @Benchmark
    public String assessToJson(Engine e, Cursor c) {
        return TaperwiseJson.write(e.engine.evaluate(c.next(e)));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public Assessment throughputOneThread(Engine e, Cursor c) {
        return e.engine.evaluate(c.next(e));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Assessment throughputTwoThreads(Engine e, Cursor c) {
        return e.engine.evaluate(c.next(e));
    }
}

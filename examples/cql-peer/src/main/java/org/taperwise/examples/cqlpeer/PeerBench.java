package org.taperwise.examples.cqlpeer;

import java.math.BigDecimal;
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
import org.openjdk.jmh.annotations.Warmup;
import org.taperwise.model.Assessment;
import org.taperwise.model.PatientFacts;

/**
 * One patient's cost, per side, on the same seeded patients held as parsed HAPI FHIR R4 objects:
 * <ul>
 * <li>{@code peerTotalMme}: the CDC's MME CQL on the Java CQL engine, {@code MMECalculatorTests.TotalMME} for one
 * patient (one reused engine, expression caching on);</li>
 * <li>{@code taperwiseAssess}: a full Taperwise assessment (validation, normalisation, MME, rules, taper) of the
 * patient facts mapped from those objects once, in set-up;</li>
 * <li>{@code taperwiseMapAndAssess}: the like-for-like, from the HAPI objects: FhirMapper, then the assessment.</li>
 * </ul>
 * Set-up (CQL translation, engine and ruleset load, the cohort, the mapping for {@code taperwiseAssess}) is not timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PeerBench {
    /** The cohort's seed, shared with the cross-check so both see the same patients. */
    static final long SEED = 16L;
    static final int PATIENTS = 500;

    @State(Scope.Benchmark)
    public static class Cohort {
        /** Opioid orders per patient. */
        @Param({"5", "1"})
        public int orders;
        List<PeerPatient> patients;
        List<PatientFacts> facts;
        PeerCql peer;
        TaperwiseSide taperwise;

        @Setup(Level.Trial)
        public void setUp() {
            patients = PeerPatients.generate(SEED, PATIENTS, orders);
            peer = new PeerCql(false, false);
            peer.hold(patients);
            taperwise = new TaperwiseSide();
            facts = taperwise.facts(patients);
        }
    }

    /** Each thread walks the cohort in order, wrapping round. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int next(Cohort c) {
            int i = next;
            next = next + 1 == c.patients.size() ? 0 : next + 1;
            return i;
        }
    }

    @Benchmark
    public BigDecimal peerTotalMme(Cohort c, Cursor k) {
        return c.peer.totalMme(c.patients.get(k.next(c)).id());
    }

    @Benchmark
    public Assessment taperwiseAssess(Cohort c, Cursor k) {
        return c.taperwise.assess(c.facts.get(k.next(c)));
    }

    @Benchmark
    public Assessment taperwiseMapAndAssess(Cohort c, Cursor k) {
        return c.taperwise.mapAndAssess(c.patients.get(k.next(c)));
    }
}

package org.taperwise.examples.bench;

import java.util.List;
import org.taperwise.TaperwiseEngine;
import org.taperwise.examples.cohort.SyntheticCohort;
import org.taperwise.model.PatientFacts;

/**
 * Time per assessment on one thread, in process, for the synthetic cohort: a quick, reproducible figure for the
 * README (the JMH suite gives the careful ones). Usage: {@code java -cp examples/target/taperwise.jar
 * org.taperwise.examples.bench.Throughput [patients] [rounds]}.
 */
public final class Throughput {
    private Throughput() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        TaperwiseEngine engine = TaperwiseEngine.builder().build();
        List<PatientFacts> patients = new SyntheticCohort(42L).patients(n);
        long sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (PatientFacts p : patients) {
                sink += engine.evaluate(p).flags().size();
            }
        }
        double[] micros = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (PatientFacts p : patients) {
                sink += engine.evaluate(p).flags().size();
            }
            micros[r] = (System.nanoTime() - start) / 1000.0 / n;
        }
        java.util.Arrays.sort(micros);
        System.out.printf("%d patients x %d rounds, one thread: median %.1f us per assessment (min %.1f, max %.1f);"
                + " %.0f assessments/s (checksum %d)%n", n, rounds, micros[rounds / 2], micros[0], micros[rounds - 1],
                1e6 / micros[rounds / 2], sink);
    }
}

package org.taperwise.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.taperwise.TaperwiseEngine;
import org.taperwise.examples.cohort.SyntheticCohort;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.Assessment;
import org.taperwise.model.PatientFacts;

/**
 * One engine shared by many threads under sustained load gives, for every patient, exactly the assessment it gives
 * on one thread: 8 threads each evaluate all 100,000 patients of a synthetic cohort, each in its own order, so that
 * different patients are always in flight together; every result is compared with the sequential one for the same
 * patient. Assessments are compared with {@link Assessment#equals}: records all the way down (lists, enums, strings,
 * {@code double} compared as {@link Double#compare} does), so everything an assessment holds is compared, including
 * what the JSON leaves out (notes, factor sources, rule names and counts).
 */
class ReliabilityUnderLoadIT {
    private static final int PATIENTS = 100_000;
    private static final int THREADS = 8;
    /** Steps through the cohort, one per thread: each is coprime with 100,000, so every patient is visited once. */
    private static final int[] STRIDES = {1, 3, 7, 9, 11, 13, 17, 19};

    /** What one thread found. */
    private record Found(long evaluated, long mismatches, List<String> examples) {
    }

    @Test
    void eightThreads_eachEvaluateAll100000Patients_inTheirOwnOrder_exactlyAsOneThreadDoes() throws Exception {
        TaperwiseEngine engine = TaperwiseEngine.builder().build();
        List<PatientFacts> patients = new SyntheticCohort(20261123L).patients(PATIENTS);
        Assessment[] expected = new Assessment[PATIENTS];
        for (int i = 0; i < PATIENTS; i++) {
            expected[i] = engine.evaluate(patients.get(i));
        }
        assertNotEquals(expected[0], expected[1], "the comparison can tell patients apart");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<Found>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * (PATIENTS / THREADS) + t;
                int stride = STRIDES[t];
                threads.add(pool.submit(() -> {
                    start.await();
                    long evaluated = 0;
                    long mismatches = 0;
                    List<String> examples = new ArrayList<>();
                    for (long k = 0; k < PATIENTS; k++) {
                        int i = (int) ((offset + k * stride) % PATIENTS);
                        String problem;
                        try {
                            Assessment a = engine.evaluate(patients.get(i));
                            problem = a.equals(expected[i]) ? null : "patient " + i + ": expected "
                                    + TaperwiseJson.write(expected[i]) + "\n  but was " + TaperwiseJson.write(a);
                        } catch (RuntimeException e) {
                            problem = "patient " + i + ": " + e;
                        }
                        evaluated++;
                        if (problem != null) {
                            mismatches++;
                            if (examples.size() < 3) {
                                examples.add(problem);
                            }
                        }
                    }
                    return new Found(evaluated, mismatches, examples);
                }));
            }
            long evaluated = 0;
            long mismatches = 0;
            List<String> examples = new ArrayList<>();
            for (Future<Found> f : threads) {
                Found found = f.get();
                evaluated += found.evaluated();
                mismatches += found.mismatches();
                examples.addAll(found.examples());
            }
            assertEquals((long) THREADS * PATIENTS, evaluated);
            assertEquals(0, mismatches, "assessments that differ from the sequential run, e.g.\n"
                    + String.join("\n", examples));
        } finally {
            pool.shutdownNow();
        }
    }
}

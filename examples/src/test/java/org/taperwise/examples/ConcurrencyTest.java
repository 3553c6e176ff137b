package org.taperwise.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.taperwise.TaperwiseEngine;
import org.taperwise.examples.cohort.SyntheticCohort;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.PatientFacts;

/** One engine shared by many threads gives, for every patient, exactly the result it gives sequentially. */
class ConcurrencyTest {
    private static final int PATIENTS = 3_000;
    private static final int THREADS = 8;

    @Test
    void manyThreads_manyPatients_sameResultsAsSequential() throws Exception {
        TaperwiseEngine engine = TaperwiseEngine.builder().build();
        List<PatientFacts> patients = new SyntheticCohort(20261123L).patients(PATIENTS);
        List<String> sequential = new ArrayList<>();
        for (PatientFacts p : patients) {
            sequential.add(TaperwiseJson.write(engine.evaluate(p)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (PatientFacts p : patients) {
                    futures.add(pool.submit(() -> TaperwiseJson.write(engine.evaluate(p))));
                }
            }
            int mismatches = 0;
            for (int i = 0; i < futures.size(); i++) {
                if (!futures.get(i).get().equals(sequential.get(i % PATIENTS))) {
                    mismatches++;
                }
            }
            assertEquals(0, mismatches, "assessments that differ from the sequential run");
        } finally {
            pool.shutdownNow();
        }
    }
}

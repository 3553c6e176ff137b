package org.taperwise.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.taperwise.examples.cohort.FiveOrderCohort;
import org.taperwise.examples.cohort.RealisticCohort;
import org.taperwise.examples.cohort.SyntheticCohort;
import org.taperwise.json.ParsedPatient;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.PatientFacts;

/** The cohorts the benchmarks run: the 11 sample patients, seeded synthetic or realistic patients, or five-order patients. */
final class Cohorts {
    private Cohorts() {
    }

    /**
     * @param shape {@code samples} (examples/patients/*.json, every situation once), {@code synthetic} (10,000
     *              seeded patients shaped like UK long-term opioid users, see SyntheticCohort), or the synthetic
     *              patients with few prescriptions ({@code synthetic-few-rx}: at most 3) or many
     *              ({@code synthetic-many-rx}: 10 or more), 5,000 of each, to show how the cost grows with the facts,
     *              or {@code realistic} (10,000 seeded patients as issue 16 describes them, see RealisticCohort: one
     *              to three opioids issued monthly over up to 13 months, a third with a sedative, dm+d products);
     *              or {@code five-order}: 5,000 patients with five current RxNorm-coded opioid orders each (see
     *              FiveOrderCohort; the CQL peer's products, so run it with {@code -p profile=us-cdc-2022})
     */
    static List<PatientFacts> of(String shape) {
        switch (shape) {
            case "synthetic" -> {
                return new SyntheticCohort(42L).patients(10_000);
            }
            case "realistic" -> {
                return new RealisticCohort(42L).patients(10_000);
            }
            case "synthetic-few-rx" -> {
                return withPrescriptions(0, 3);
            }
            case "synthetic-many-rx" -> {
                return withPrescriptions(10, Integer.MAX_VALUE);
            }
            case "samples" -> {
                return samples();
            }
            case "five-order" -> {
                return new FiveOrderCohort(42L).patients(5_000);
            }
            default -> throw new IllegalArgumentException("no cohort " + shape
                    + ": samples, synthetic, realistic, synthetic-few-rx, synthetic-many-rx or five-order");
        }
    }

    private static List<PatientFacts> withPrescriptions(int min, int max) {
        List<PatientFacts> out = new SyntheticCohort(42L).patients(60_000).stream()
                .filter(p -> p.prescriptions().size() >= min && p.prescriptions().size() <= max)
                .limit(5_000).toList();
        if (out.size() < 5_000) {
            throw new IllegalStateException("only " + out.size() + " synthetic patients have " + min + " to " + max
                    + " prescriptions");
        }
        return out;
    }

    private static List<PatientFacts> samples() {
        Path dir = Path.of(System.getProperty("taperwise.samples", "examples/patients"));
        List<PatientFacts> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (ParsedPatient p : TaperwiseJson.readPatients(Files.readString(f))) {
                    out.add(p.facts());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the sample patients are read from " + dir.toAbsolutePath()
                    + " (run from the repository root, or set -Dtaperwise.samples)", e);
        }
        return out;
    }
}

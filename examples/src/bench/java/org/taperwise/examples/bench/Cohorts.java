package org.taperwise.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.taperwise.examples.cohort.SyntheticCohort;
import org.taperwise.json.ParsedPatient;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.PatientFacts;

/** The cohorts the benchmarks run: the 11 sample patients, or seeded synthetic patients. */
final class Cohorts {
    private Cohorts() {
    }

    /**
     * @param shape {@code samples} (examples/patients/*.json, every situation once) or {@code synthetic} (10,000
     *              seeded patients shaped like UK long-term opioid users, see SyntheticCohort)
     */
    static List<PatientFacts> of(String shape) {
        if (shape.equals("synthetic")) {
            return new SyntheticCohort(42L).patients(10_000);
        }
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

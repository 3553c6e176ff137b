package org.taperwise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The rules-core test ruleset ({@code src/test/resources/rulesets/minimal}), loaded once, and copies of it. */
public final class TestRulesets {
    private static Ruleset minimal;

    private TestRulesets() {
    }

    public static Path minimalFolder() {
        try {
            return Path.of(TestRulesets.class.getResource("/rulesets/minimal/ruleset.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The minimal ruleset, compiled once for the whole test run. */
    public static synchronized Ruleset minimal() {
        if (minimal == null) {
            minimal = Ruleset.fromDirectory(minimalFolder());
        }
        return minimal;
    }

    /**
     * A writable copy of the minimal ruleset with three scenarios ({@code dose/above-120-is-high},
     * {@code dose/120-is-not-high}, and {@code dose/wrong-expectation}, which fails) and a {@code hazard-log.md}
     * whose H01 names T-01, the conversion table, the {@code dose/*} scenarios, {@code highDoseMgPerDay} and a rule
     * {@code T-99} the ruleset does not have; H02 names {@code T-C*}; H03 names nothing.
     */
    public static Path copyWithScenariosAndHazardLog(Path dir) {
        Path target = copyOfMinimal(dir);
        try {
            scenario(target, "dose/above-120-is-high", 60, "Morphine 60 mg twice a day: 120.1 mg is above 120",
                    "\"flags\": [\"HIGH_DOSE\"], \"firedRules\": [\"T-C01\", \"T-01\"]", 0.05);
            scenario(target, "dose/120-is-not-high", 60, "Morphine 60 mg twice a day: 120 mg is not above 120",
                    "\"flags\": [], \"notFiredRules\": [\"T-01\"]", 0);
            scenario(target, "dose/wrong-expectation", 30, "Expects a flag that 60 mg does not raise",
                    "\"flags\": [\"HIGH_DOSE\"]", 0);
            Files.writeString(target.resolve("hazard-log.md"), """
                    # Hazard log (fixture)

                    ## Hazards

                    ### H01 High dose missed
                    - **Cause**: a threshold mistyped.
                    - **Controls**:
                      - Rule `T-01` raises HIGH_DOSE from `tables/conversion-test.csv` totals; threshold
                        `highDoseMgPerDay`; scenarios `dose/*`.
                      - A rule that was removed: `T-99`.

                    ### H02 Classification wrong
                    - **Controls**: rules `T-C*`.

                    ### H03 Data exposed in logs
                    - **Controls**: code only.

                    ## Open items
                    1. Not a hazard; T-01 here is not counted.
                    """);
            Ruleset.updateManifest(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static void scenario(Path ruleset, String name, double strengthMg, String description, String expect,
            double solutionMg) throws IOException {
        Path dir = Files.createDirectories(ruleset.resolve("scenarios").resolve(name));
        String solution = solutionMg == 0 ? "" : """
                , { "id": "sol", "medicine": "morphine", "form": "oral-solution",
                    "strength": { "value": %s, "unit": "mg/ml" }, "dose": { "value": 1, "unit": "ml" },
                    "timesPerDay": 2, "issued": "2026-10-27", "daysSupply": 28 }
                """.formatted(solutionMg);
        Files.writeString(dir.resolve("patient.json"), """
                { "patientId": "s-%s", "asOf": "2026-11-01", "birthDate": "1970-06-15",
                  "prescriptions": [ { "id": "rx-1", "medicine": "morphine", "form": "mr-tablet",
                    "strength": { "value": %s, "unit": "mg" }, "dose": { "value": 1, "unit": "unit" },
                    "timesPerDay": 2, "issued": "2026-10-27", "daysSupply": 28 }%s ] }
                """.formatted(name.replace('/', '-'), strengthMg, solution));
        Files.writeString(dir.resolve("expected.json"), "{ \"description\": \"" + description + "\",\n"
                + "  \"expect\": { " + expect + " } }\n");
    }

    /** A writable copy of the minimal ruleset folder under {@code dir}. */
    public static Path copyOfMinimal(Path dir) {
        Path source = minimalFolder();
        Path target = dir.resolve("ruleset");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}

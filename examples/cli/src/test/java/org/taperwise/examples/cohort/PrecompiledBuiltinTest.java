package org.taperwise.examples.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.Ruleset;
import org.taperwise.TaperwiseEngine;
import org.taperwise.model.Assessment;
import org.taperwise.model.PatientFacts;

/**
 * The built-in ruleset's rules compiled at build time (the executable model, used by {@code Ruleset.builtin()})
 * decide exactly as the same rule files compiled at run time (an exported copy of the folder), for every profile.
 */
class PrecompiledBuiltinTest {
    @TempDir
    Path tmp;

    @Test
    void precompiledAndRuntimeCompiledRules_giveIdenticalAssessments() throws java.io.IOException {
        Ruleset precompiled = Ruleset.builtin();
        Path folder = tmp.resolve("builtin");
        precompiled.exportTo(folder);
        Ruleset compiled = Ruleset.fromDirectory(folder);
        assertEquals(precompiled.info(), compiled.info());
        List<PatientFacts> patients = new SyntheticCohort(2026L).patients(4_000);
        for (String profile : List.of("uk-opioids-aware", "us-cdc-2022", "us-cdc-2016")) {
            TaperwiseEngine a = TaperwiseEngine.builder().ruleset(precompiled).profile(profile).build();
            TaperwiseEngine b = TaperwiseEngine.builder().ruleset(compiled).profile(profile).build();
            List<String> mismatches = new ArrayList<>();
            for (PatientFacts p : patients) {
                Assessment x = a.evaluate(p);
                Assessment y = b.evaluate(p);
                if (!x.equals(y) && mismatches.size() < 3) {
                    mismatches.add(p.patientId() + ":\n  " + x + "\n  " + y);
                }
            }
            assertTrue(mismatches.isEmpty(), profile + ": " + String.join("\n", mismatches));
        }
    }
}

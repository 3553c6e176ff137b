package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taperwise.InvalidInputException;
import org.taperwise.TaperwiseEngine;
import org.taperwise.json.ParsedPatient;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.Assessment;
import org.taperwise.model.EligibilityReason;
import org.taperwise.model.FiredRule;
import org.taperwise.model.Flag;
import org.taperwise.model.PatientFacts;

/**
 * The rules run in pooled sessions made without Drools' own thread safety (a borrowed session is used by one thread
 * only) and the audit reads each rule's metadata once (issue 16). These pin what that must not change: every
 * built-in scenario patient gets the same full assessment, byte for byte as JSON, whichever pooled session serves it,
 * in whatever order, on one thread or on several sharing one engine; and the fired-rules audit names every rule
 * behind a finding, each id always with the same version and name.
 */
class PooledSessionsTest {
    private static final Path SCENARIOS = Path.of("src/main/resources/taperwise/rulesets/builtin/scenarios");
    private static final int THREADS = 4;

    private static List<PatientFacts> scenarioPatients() {
        List<PatientFacts> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SCENARIOS)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("patient.json")).sorted().toList()) {
                try {
                    for (ParsedPatient p : TaperwiseJson.readPatients(Files.readString(f))) {
                        out.add(p.facts());
                    }
                } catch (RuntimeException e) {
                    // a scenario of malformed input: nothing to evaluate
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The assessment as JSON, or the problem when the facts are refused. */
    private static String assess(TaperwiseEngine engine, PatientFacts p) {
        try {
            return TaperwiseJson.write(engine.evaluate(p));
        } catch (InvalidInputException e) {
            return "invalid: " + e.getMessage();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk-opioids-aware", "us-cdc-2016", "us-cdc-2022"})
    void everyPatient_getsTheSameAssessment_inAnyOrder_onOneThreadOrSeveral(String profile) throws Exception {
        TaperwiseEngine engine = Builtin.engine(profile);
        List<PatientFacts> patients = scenarioPatients();
        assertTrue(patients.size() > 100, "scenario patients found: " + patients.size());
        Map<PatientFacts, String> first = new IdentityHashMap<>();
        for (PatientFacts p : patients) {
            first.put(p, assess(engine, p));
        }
        List<PatientFacts> reversed = new ArrayList<>(patients);
        Collections.reverse(reversed);
        for (PatientFacts p : reversed) {
            assertEquals(first.get(p), assess(engine, p),
                    "patient " + p.patientId() + " evaluated again, after others");
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<PatientFacts> order = new ArrayList<>(patients);
                Collections.rotate(order, t * patients.size() / THREADS);
                runs.add(pool.submit(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int round = 0; round < 3; round++) {
                        for (PatientFacts p : order) {
                            if (!first.get(p).equals(assess(engine, p))) {
                                mismatches.add(p.patientId());
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(List.of(), run.get(), "patients assessed differently on a thread sharing the engine");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk-opioids-aware", "us-cdc-2016", "us-cdc-2022"})
    void firedRulesAudit_namesEveryRuleBehindAFinding_withOneVersionAndNamePerId(String profile) {
        TaperwiseEngine engine = Builtin.engine(profile);
        Map<String, String> versionAndName = new HashMap<>();
        int findings = 0;
        for (PatientFacts p : scenarioPatients()) {
            Assessment a;
            try {
                a = engine.evaluate(p);
            } catch (InvalidInputException e) {
                continue;
            }
            List<String> fired = new ArrayList<>();
            for (FiredRule r : a.firedRules()) {
                assertTrue(r.times() > 0, r.id());
                assertFalse(r.name() == null || r.name().isBlank(), r.id());
                String seen = versionAndName.putIfAbsent(r.id(), r.version() + " " + r.name());
                assertTrue(seen == null || seen.equals(r.version() + " " + r.name()), r.id() + ": " + seen);
                fired.add(r.id());
            }
            for (Flag f : a.flags()) {
                assertTrue(fired.contains(f.ruleId()), p.patientId() + ": flag rule " + f.ruleId() + " not in " + fired);
                findings++;
            }
            for (EligibilityReason r : a.eligibility().reasons()) {
                assertTrue(fired.contains(r.ruleId()), p.patientId() + ": reason rule " + r.ruleId() + " not in "
                        + fired);
                findings++;
            }
        }
        assertTrue(findings > 100, "findings checked: " + findings);
    }
}

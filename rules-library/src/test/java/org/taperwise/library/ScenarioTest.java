package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.RuleInfo;
import org.taperwise.review.ScenarioResult;
import org.taperwise.review.Scenarios;

/**
 * The built-in ruleset's scenario folders ({@code scenarios/<topic>/<clinical situation>/}), each a patient and
 * what the ruleset must decide for it, run by one parameterised test.
 */
class ScenarioTest {
    static Stream<String> scenarios() {
        return Scenarios.names(Builtin.RULESET).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(String name) {
        ScenarioResult r = Scenarios.run(Builtin.RULESET, name);
        assertTrue(r.passed(), () -> name + " (" + r.description() + "):\n  " + String.join("\n  ", r.failures()));
    }

    @Test
    void everyRule_isExercisedBySomeScenario() {
        Set<String> fired = new TreeSet<>();
        for (ScenarioResult r : Scenarios.runAll(Builtin.RULESET)) {
            fired.addAll(r.firedRules());
        }
        Set<String> unexercised = new TreeSet<>();
        for (RuleInfo rule : Builtin.RULESET.rules()) {
            if (!fired.contains(rule.id())) {
                unexercised.add(rule.id() + " (" + rule.file() + " line " + rule.line() + ")");
            }
        }
        assertEquals(Set.of(), unexercised, "rules that no scenario makes fire");
    }

    @Test
    void everyRule_isPinnedBySomeScenarioWhereItMustNotFire() throws java.io.IOException {
        Set<String> pinned = new TreeSet<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String name : Scenarios.names(Builtin.RULESET)) {
            try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(
                    "taperwise/rulesets/builtin/scenarios/" + name + "/expected.json")) {
                json.readTree(in).path("expect").path("notFiredRules").forEach(id -> pinned.add(id.asText()));
            }
        }
        Set<String> unpinned = new TreeSet<>();
        for (RuleInfo rule : Builtin.RULESET.rules()) {
            if (!pinned.contains(rule.id())) {
                unpinned.add(rule.id());
            }
        }
        assertEquals(Set.of(), unpinned, "rules no scenario expects NOT to fire (every rule is pinned both ways)");
    }

    @Test
    void thereAreScenariosForEveryProfile() {
        List<String> names = Scenarios.names(Builtin.RULESET);
        assertTrue(names.size() >= 40, "scenarios: " + names.size());
        Set<String> profiles = new TreeSet<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String name : names) {
            try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(
                    "taperwise/rulesets/builtin/scenarios/" + name + "/expected.json")) {
                profiles.add(json.readTree(in).path("profile").asText(Builtin.RULESET.defaultProfile()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertEquals(Builtin.RULESET.profiles(), profiles, "profiles with at least one scenario");
    }
}

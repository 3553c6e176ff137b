package org.taperwise.review;

import java.util.List;
import java.util.Set;

/**
 * The outcome of one scenario: a patient and what the ruleset must decide for it.
 *
 * @param name       the scenario folder, relative to {@code scenarios/}
 * @param failures   each expectation that did not hold, as "expected ... but was ..."; empty when it passed
 * @param firedRules ids of the rules that fired, for coverage
 */
public record ScenarioResult(String name, String description, List<String> failures, Set<String> firedRules) {
    public ScenarioResult {
        failures = List.copyOf(failures);
        firedRules = Set.copyOf(firedRules);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}

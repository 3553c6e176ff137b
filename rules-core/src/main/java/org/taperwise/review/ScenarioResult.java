package org.taperwise.review;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outcome of one scenario: a patient and what the ruleset must decide for it.
 *
 * @param name       the scenario folder, relative to {@code scenarios/}
 * @param failures   each expectation that did not hold, as "expected ... but was ..."; empty when it passed
 * @param firedRules ids of the rules that fired, for coverage
 * @param raisedBy   each flag code and eligibility reason code of the run's assessment (a reason as
 *                   {@code reason:<CODE>}), with the rule that raised it (added in issue 15)
 */
public record ScenarioResult(String name, String description, List<String> failures, Set<String> firedRules,
        Map<String, String> raisedBy) {
    public ScenarioResult {
        failures = List.copyOf(failures);
        firedRules = Set.copyOf(firedRules);
        raisedBy = Collections.unmodifiableMap(new TreeMap<>(raisedBy));
    }

    /** A result without the raised outcomes (a scenario that could not run, or a caller from before issue 15). */
    public ScenarioResult(String name, String description, List<String> failures, Set<String> firedRules) {
        this(name, description, failures, firedRules, Map.of());
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}

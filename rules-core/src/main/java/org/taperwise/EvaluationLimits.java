package org.taperwise;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one evaluation may do before it is stopped with an {@link EvaluationException} naming the rule that was
 * firing: a number of rule firings, a time budget, and (fixed) a number of loop iterations in rule code. A ruleset
 * that loops (rules that keep re-firing each other, a loop in a consequence) then fails that evaluation instead of
 * hanging the host. The defaults are far above what the built-in ruleset needs (a few hundred firings and a few
 * milliseconds for a patient with many prescriptions).
 *
 * @param maxRuleFirings the most rule firings one evaluation may make; default {@value #DEFAULT_MAX_RULE_FIRINGS}
 * @param timeBudget     the longest one evaluation's rules may run, in CPU time of the evaluating thread (so a
 *                       loaded host does not fail evaluations that did not run long; wall-clock time where the JVM
 *                       cannot measure thread CPU time); default 2 seconds. Checked after every firing and in every
 *                       loop iteration of rule code (rule code has no other way to run long: see the README, "What
 *                       the rule check guarantees")
 */
public record EvaluationLimits(int maxRuleFirings, Duration timeBudget) {
    /** The default cap on rule firings per evaluation. */
    public static final int DEFAULT_MAX_RULE_FIRINGS = 10_000;
    /** The default time budget per evaluation. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(2);
    /** Loop iterations rule code may make in one evaluation, all loops together (as Painless's default). */
    public static final long MAX_LOOP_ITERATIONS = 1_000_000;

    /** @throws IllegalArgumentException when a limit is not positive */
    public EvaluationLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxRuleFirings < 1) {
            throw new IllegalArgumentException("maxRuleFirings must be at least 1, not " + maxRuleFirings);
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive, not " + timeBudget);
        }
    }

    /** 10,000 firings and 2 seconds. */
    public static EvaluationLimits defaults() {
        return new EvaluationLimits(DEFAULT_MAX_RULE_FIRINGS, DEFAULT_TIME_BUDGET);
    }
}

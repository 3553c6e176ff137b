package org.taperwise.engine;

import org.taperwise.EvaluationLimits;

/**
 * What one evaluation on this thread has used of its {@link EvaluationLimits}: rule firings, loop iterations in
 * rule code, time. Started and ended by {@link RuleSessions#run}; the listener counts firings, and checked rule
 * code counts its loop iterations through {@link LoopBounds}. Exceeding a limit throws {@link Exceeded}, which
 * rule code cannot catch (the check refuses try/catch in rule code) and {@link RuleRunner} reports with the rule.
 */
final class EvaluationBudget {
    private static final ThreadLocal<EvaluationBudget> CURRENT = new ThreadLocal<>();

    /** A limit was reached. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    private final EvaluationLimits limits;
    private final long deadline;
    private int firings;
    private long loops;

    private EvaluationBudget(EvaluationLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.timeBudget().toNanos();
    }

    static EvaluationBudget start(EvaluationLimits limits) {
        EvaluationBudget b = new EvaluationBudget(limits);
        CURRENT.set(b);
        return b;
    }

    static void end() {
        CURRENT.remove();
    }

    /** After each firing. */
    void fired() {
        if (++firings > limits.maxRuleFirings()) {
            throw new Exceeded("more than " + limits.maxRuleFirings() + " rule firings in one evaluation (the "
                    + "rules keep re-activating each other?)");
        }
        checkTime();
    }

    private void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw new Exceeded("the evaluation ran longer than its time budget of " + limits.timeBudget().toMillis()
                    + " ms");
        }
    }

    /** Each loop iteration of checked rule code (through {@link LoopBounds}). */
    static void loopIteration() {
        EvaluationBudget b = CURRENT.get();
        if (b == null) {
            throw new Exceeded("rule code looped outside an evaluation");
        }
        if (++b.loops > EvaluationLimits.MAX_LOOP_ITERATIONS) {
            throw new Exceeded("more than " + EvaluationLimits.MAX_LOOP_ITERATIONS + " loop iterations in rule code "
                    + "in one evaluation");
        }
        if ((b.loops & 255) == 0) {
            b.checkTime();
        }
    }
}

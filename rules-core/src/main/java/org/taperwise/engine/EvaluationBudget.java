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

    /** Reads this thread's CPU time, where the JVM can (HotSpot on Linux, macOS and Windows can). */
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final EvaluationLimits limits;
    private final long deadline;
    /** This thread's CPU time at the start, or -1 when the JVM cannot tell. */
    private final long cpuStart = cpuNow();
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

    /**
     * The budget is CPU time of the evaluating thread: wall-clock time is read first (cheap), and only once it is
     * past the budget is the thread's CPU time read, so that a host that is merely busy (other threads, garbage
     * collection, a loaded machine) does not fail evaluations whose rules did not run long. Where the JVM cannot
     * measure thread CPU time, wall-clock time decides.
     */
    private void checkTime() {
        if (System.nanoTime() - deadline <= 0) {
            return;
        }
        long cpu = cpuStart < 0 ? -1 : cpuNow();
        if (cpu >= 0 && cpu - cpuStart < limits.timeBudget().toNanos()) {
            return;
        }
        throw new Exceeded("the rules ran longer than the evaluation's time budget of "
                + limits.timeBudget().toMillis() + " ms");
    }

    private static long cpuNow() {
        try {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        } catch (UnsupportedOperationException e) {
            return -1;
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

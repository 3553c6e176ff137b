package org.taperwise.examples.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taperwise.TaperwiseEngine;

/**
 * One engine per JVM, that is per executor: built lazily by the first task that needs it, then shared by every task
 * the executor runs, however many at once (a {@link TaperwiseEngine} is thread-safe). Building it loads the ruleset
 * and checks its SHA-256 against the job's pin, so an executor whose ruleset differs refuses every task: the task
 * fails with the ruleset's problem (its hash and the one required), Spark retries it up to
 * {@code spark.task.maxFailures} times, then the job fails. A failed build is not remembered: the next task tries
 * again.
 *
 * <p>Keyed by the {@link EngineSpec}, so a JVM running two different jobs (tests in local mode) keeps one engine
 * for each; a job has one spec.
 */
public final class ExecutorEngines {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorEngines.class);
    private static final Map<EngineSpec, TaperwiseEngine> ENGINES = new ConcurrentHashMap<>();
    private static final Map<EngineSpec, AtomicInteger> BUILDS = new ConcurrentHashMap<>();

    private ExecutorEngines() {
    }

    /**
     * The engine for {@code spec} in this JVM, built on first use; concurrent callers wait for that one build.
     *
     * @throws org.taperwise.RulesetException when the ruleset cannot be loaded or its SHA-256 is not the pinned one
     */
    public static TaperwiseEngine engine(EngineSpec spec) {
        TaperwiseEngine engine = ENGINES.get(spec);
        if (engine != null) {
            return engine;
        }
        // computeIfAbsent runs the build once, holding other callers for the same spec until it is done
        return ENGINES.computeIfAbsent(spec, s -> {
            long start = System.nanoTime();
            TaperwiseEngine built = s.build();
            BUILDS.computeIfAbsent(s, k -> new AtomicInteger()).incrementAndGet();
            LOG.info("Taperwise engine built in {} ms: ruleset {} {} (sha256 {}), profile {}",
                    (System.nanoTime() - start) / 1_000_000, built.rulesetInfo().id(), built.rulesetInfo().version(),
                    built.rulesetInfo().sha256(), built.profile());
            return built;
        });
    }

    /** How many engines this JVM has built for {@code spec}: 1 once built, never more. */
    static int builds(EngineSpec spec) {
        AtomicInteger n = BUILDS.get(spec);
        return n == null ? 0 : n.get();
    }
}

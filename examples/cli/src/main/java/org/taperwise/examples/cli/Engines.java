package org.taperwise.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.taperwise.Ruleset;
import org.taperwise.RulesetException;
import org.taperwise.RulesetProblem;
import org.taperwise.TaperwiseEngine;

/**
 * Loads rulesets and builds engines for the commands, reporting a bad ruleset or profile on stderr. Wherever a
 * command takes a ruleset folder, the word {@value #BUILTIN} names the ruleset packaged in the jar (write
 * {@code ./builtin} for a folder of that name).
 */
final class Engines {
    /** The word that names the packaged ruleset where a folder is expected. */
    static final String BUILTIN = "builtin";

    /** The packaged ruleset, loading on a background thread since {@link #prefetchBuiltin()}; null before. */
    private static volatile java.util.concurrent.CompletableFuture<Ruleset> builtin;

    private Engines() {
    }

    /**
     * Starts loading the packaged ruleset on a background thread, so that it loads while the command line is parsed
     * and the input read (most of the time to a first decision); {@link #load} then waits for it.
     */
    static void prefetchBuiltin() {
        java.util.concurrent.CompletableFuture<Ruleset> future = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(Ruleset.builtin());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "taperwise-builtin-ruleset");
        t.setDaemon(true);
        t.start();
        builtin = future;
    }

    private static Ruleset builtinRuleset() {
        java.util.concurrent.CompletableFuture<Ruleset> future = builtin;
        if (future == null) {
            return Ruleset.builtin();
        }
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Whether a folder argument is the word {@value #BUILTIN}. */
    static boolean isBuiltin(Path rulesetDir) {
        return rulesetDir != null && rulesetDir.toString().equals(BUILTIN);
    }

    /** @return null when the ruleset or profile is bad (reported on {@code err}) */
    static TaperwiseEngine build(Path rulesetDir, String profile, org.taperwise.EvaluationLimits limits,
            PrintWriter err) {
        Ruleset ruleset = load(rulesetDir, err);
        if (ruleset == null) {
            return null;
        }
        TaperwiseEngine.Builder builder = TaperwiseEngine.builder().ruleset(ruleset).limits(limits);
        if (profile != null) {
            if (!ruleset.profiles().contains(profile)) {
                err.println("taperwise: ruleset " + ruleset.info().id() + " has no profile \"" + profile
                        + "\"; it has: " + String.join(", ", ruleset.profiles()));
                return null;
            }
            builder.profile(profile);
        }
        return builder.build();
    }

    /**
     * @param rulesetDir a ruleset folder; null or the word {@value #BUILTIN} for the packaged ruleset
     * @return null when the ruleset cannot be loaded (every problem reported on {@code err}, one a line, as
     *         {@code DIR/file line N, column C: message})
     */
    static Ruleset load(Path rulesetDir, PrintWriter err) {
        Path dir = isBuiltin(rulesetDir) ? null : rulesetDir;
        try {
            if (dir == null) {
                return builtinRuleset();
            }
            if (!Files.isDirectory(dir)) {
                err.println(dir + ": not a ruleset folder");
                return null;
            }
            return Ruleset.fromDirectory(dir);
        } catch (RulesetException e) {
            String base = dir == null ? "(built-in ruleset) " : dir + "/";
            for (RulesetProblem p : e.problems()) {
                err.println(base + p);
            }
            err.println("taperwise: the ruleset is invalid (" + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + ")");
            return null;
        }
    }
}

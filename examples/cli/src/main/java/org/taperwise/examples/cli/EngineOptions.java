package org.taperwise.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.taperwise.EvaluationLimits;
import org.taperwise.TaperwiseEngine;
import picocli.CommandLine.Option;

/** The options of the commands that evaluate patients: which ruleset and profile the engine uses. */
final class EngineOptions {
    @Option(names = "--profile", paramLabel = "ID", description = "Profile to evaluate with (default: the ruleset's default).")
    private String profile;

    @Option(names = "--ruleset", paramLabel = "DIR", description = "A ruleset folder (default: the built-in ruleset).")
    private Path ruleset;

    @Option(names = "--max-rule-firings", paramLabel = "N", defaultValue = "" + EvaluationLimits.DEFAULT_MAX_RULE_FIRINGS,
            description = "Most rule firings one patient's evaluation may make (default: ${DEFAULT-VALUE}).")
    private int maxRuleFirings;

    @Option(names = "--time-budget-ms", paramLabel = "MS", defaultValue = "2000",
            description = "Longest one patient's rules may run, in milliseconds (default: ${DEFAULT-VALUE}).")
    private long timeBudgetMs;

    /** @return the engine, or null when the ruleset, profile or a limit is bad (reported on {@code err}) */
    TaperwiseEngine build(PrintWriter err) {
        EvaluationLimits limits;
        try {
            limits = new EvaluationLimits(maxRuleFirings, Duration.ofMillis(timeBudgetMs));
        } catch (IllegalArgumentException e) {
            err.println("taperwise: " + e.getMessage());
            return null;
        }
        return Engines.build(ruleset, profile, limits, err);
    }
}

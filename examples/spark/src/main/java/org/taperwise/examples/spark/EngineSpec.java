package org.taperwise.examples.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.taperwise.EvaluationLimits;
import org.taperwise.Ruleset;
import org.taperwise.RulesetException;
import org.taperwise.TaperwiseEngine;
import org.taperwise.json.PatientJsonReader;
import org.taperwise.json.TaperwiseJson;

/**
 * What every executor needs to build the job's engine: which ruleset (pinned by its SHA-256), which profile, the
 * evaluation limits and how patient JSON is read. Sent to the executors with each task; equal specs share one
 * engine per JVM ({@link ExecutorEngines}).
 *
 * @param rulesetDir     a ruleset folder at this path on the driver and on every executor, or null for the
 *                       built-in ruleset packaged in the job jar
 * @param sha256         the ruleset's SHA-256 the job requires (64 hexadecimal digits, lower case)
 * @param profile        the profile to evaluate with, or null for the ruleset's default
 * @param lenient        whether fields the contract does not define are ignored with a warning (else bad input)
 * @param maxRuleFirings most rule firings one evaluation may make
 * @param timeBudgetMs   most CPU time one evaluation's rules may take, in milliseconds
 * @param maxLineBytes   the longest JSON Lines line accepted, in bytes
 */
public record EngineSpec(String rulesetDir, String sha256, String profile, boolean lenient, int maxRuleFirings,
        long timeBudgetMs, int maxLineBytes) implements Serializable {
    private static final long serialVersionUID = 1L;

    public EngineSpec {
        if (sha256 == null || !sha256.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("--ruleset-sha256 must be 64 hexadecimal digits, got "
                    + (sha256 == null ? "nothing" : "\"" + sha256 + "\""));
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("--max-line-bytes must be 1 or more, got " + maxLineBytes);
        }
        new EvaluationLimits(maxRuleFirings, Duration.ofMillis(timeBudgetMs));   // checks the limits
    }

    /**
     * Loads the ruleset, refusing it unless its SHA-256 is {@link #sha256()}, and builds the engine.
     *
     * @throws RulesetException when the ruleset cannot be loaded, its hash differs, or it lacks the profile
     */
    TaperwiseEngine build() {
        Ruleset.Loader loader = Ruleset.loader().requireSha256(sha256);
        Ruleset ruleset = rulesetDir == null
                ? loader.fromClasspath(Ruleset.BUILTIN_RESOURCE, EngineSpec.class.getClassLoader())
                : loader.fromDirectory(Path.of(rulesetDir));
        TaperwiseEngine.Builder b = TaperwiseEngine.builder().ruleset(ruleset)
                .limits(new EvaluationLimits(maxRuleFirings, Duration.ofMillis(timeBudgetMs)));
        if (profile != null) {
            if (!ruleset.profiles().contains(profile)) {
                throw new IllegalArgumentException("ruleset " + ruleset.info().id() + " has no profile \"" + profile
                        + "\"; it has: " + String.join(", ", ruleset.profiles()));
            }
            b.profile(profile);
        }
        return b.build();
    }

    /** The reader these settings ask for: strict unless lenient. */
    PatientJsonReader reader() {
        return lenient ? TaperwiseJson.lenient() : TaperwiseJson.strict();
    }
}

package org.taperwise.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.taperwise.Ruleset;
import org.taperwise.RulesetException;
import org.taperwise.RulesetProblem;
import org.taperwise.TaperwiseEngine;

/** Builds the engine the commands share, reporting a bad ruleset or profile on stderr. */
final class Engines {
    private Engines() {
    }

    /** @return null when the ruleset or profile is bad (reported on {@code err}) */
    static TaperwiseEngine build(Path rulesetDir, String profile, PrintWriter err) {
        Ruleset ruleset = load(rulesetDir, err);
        if (ruleset == null) {
            return null;
        }
        TaperwiseEngine.Builder builder = TaperwiseEngine.builder().ruleset(ruleset);
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

    /** @return null when the ruleset cannot be loaded (every problem reported on {@code err}) */
    static Ruleset load(Path rulesetDir, PrintWriter err) {
        try {
            if (rulesetDir == null) {
                return Ruleset.builtin();
            }
            if (!Files.isDirectory(rulesetDir)) {
                err.println(rulesetDir + ": not a ruleset folder");
                return null;
            }
            return Ruleset.fromDirectory(rulesetDir);
        } catch (RulesetException e) {
            String base = rulesetDir == null ? "(built-in ruleset) " : rulesetDir + "/";
            for (RulesetProblem p : e.problems()) {
                err.println(base + p);
            }
            err.println("taperwise: the ruleset is invalid (" + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + ")");
            return null;
        }
    }
}

package org.taperwise.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.taperwise.TaperwiseEngine;
import picocli.CommandLine.Option;

/** The options of the commands that evaluate patients: which ruleset and profile the engine uses. */
final class EngineOptions {
    @Option(names = "--profile", paramLabel = "ID", description = "Profile to evaluate with (default: the ruleset's default).")
    private String profile;

    @Option(names = "--ruleset", paramLabel = "DIR", description = "A ruleset folder (default: the built-in ruleset).")
    private Path ruleset;

    /** @return the engine, or null when the ruleset or profile is bad (reported on {@code err}) */
    TaperwiseEngine build(PrintWriter err) {
        return Engines.build(ruleset, profile, err);
    }
}

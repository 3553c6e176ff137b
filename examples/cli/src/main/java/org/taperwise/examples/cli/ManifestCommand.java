package org.taperwise.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.taperwise.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code manifest DIR}: recomputes the SHA-256 of every file in a ruleset folder and writes them into
 * {@code DIR/ruleset.json}, keeping its other fields. An edit to a ruleset is a deliberate act: until this is run,
 * the folder is refused.
 */
@Command(name = "manifest", mixinStandardHelpOptions = true,
        description = "Recompute the file hashes in DIR/ruleset.json after an edit.",
        footer = {"", "Exit codes: 0 written; 2 DIR is not a ruleset folder."})
final class ManifestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The ruleset folder.")
    private Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(dir.resolve("ruleset.json"))) {
            err.println(dir + ": no ruleset.json (not a ruleset folder)");
            return TaperwiseCli.BAD_INPUT;
        }
        try {
            int n = Ruleset.updateManifest(dir);
            out.println(dir.resolve("ruleset.json") + ": " + n + " files hashed");
            return TaperwiseCli.OK;
        } catch (IOException e) {
            err.println(dir.resolve("ruleset.json") + ": " + e.getMessage());
            return TaperwiseCli.BAD_INPUT;
        }
    }
}

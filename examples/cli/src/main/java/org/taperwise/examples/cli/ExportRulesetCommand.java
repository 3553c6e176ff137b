package org.taperwise.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.taperwise.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export-ruleset DIR}: writes the built-in ruleset as a folder a pharmacist can edit: every file its
 * manifest lists and {@code ruleset.json}, byte for byte as packaged, so the folder loads with the same hash.
 */
@Command(name = "export-ruleset", mixinStandardHelpOptions = true,
        description = {"Write the built-in ruleset as a folder to edit.",
            "Then edit it, run manifest DIR, verify DIR, and evaluate --ruleset DIR; diff builtin DIR shows what "
                + "changed."},
        footer = {"", "Exit codes: 0 written; 2 DIR exists and is not empty, or cannot be written."})
final class ExportRulesetCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to create (it may exist if it is empty).")
    private Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ruleset builtin = Engines.load(null, err);
        if (builtin == null) {
            return TaperwiseCli.INTERNAL_ERROR;
        }
        try {
            builtin.exportTo(dir);
        } catch (DirectoryNotEmptyException e) {
            err.println(dir + ": exists and is not empty; export into a new or empty folder");
            return TaperwiseCli.BAD_INPUT;
        } catch (FileAlreadyExistsException e) {
            err.println(dir + ": is a file; export into a new or empty folder");
            return TaperwiseCli.BAD_INPUT;
        } catch (IOException e) {
            err.println(dir + ": cannot be written: " + e);
            return TaperwiseCli.BAD_INPUT;
        }
        out.println("Exported " + builtin.info().id() + " " + builtin.info().version() + " (sha256 "
                + builtin.info().sha256() + ") to " + dir + ".");
        out.println("After an edit: taperwise manifest " + dir + " && taperwise verify " + dir);
        return TaperwiseCli.OK;
    }
}

package org.taperwise.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
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
        footer = {"", "Exit codes: 0 written; 2 DIR exists and is not empty, or cannot be written (then nothing is"
            + " written: the folder appears whole or not at all)."})
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
            exportWhole(builtin, dir);
        } catch (DirectoryNotEmptyException e) {
            err.println(dir + ": exists and is not empty; export into a new or empty folder");
            return TaperwiseCli.BAD_INPUT;
        } catch (FileAlreadyExistsException e) {
            err.println(dir + ": is a file; export into a new or empty folder");
            return TaperwiseCli.BAD_INPUT;
        } catch (AccessDeniedException e) {
            err.println(dir + ": cannot be written: permission denied");
            return TaperwiseCli.BAD_INPUT;
        } catch (IOException e) {
            err.println(dir + ": cannot be written: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()) + "; nothing was written");
            return TaperwiseCli.BAD_INPUT;
        }
        out.println("Exported " + builtin.info().id() + " " + builtin.info().version() + " (sha256 "
                + builtin.info().sha256() + ") to " + dir + ".");
        String cmd = CommandName.current();
        String folder = CommandName.quote(dir.toString());
        out.println("After an edit: " + cmd + " manifest " + folder + " && " + cmd + " verify " + folder);
        out.println("What changed: " + cmd + " diff builtin " + folder);
        return TaperwiseCli.OK;
    }

    /**
     * The folder whole or not at all: written into a hidden temporary folder beside {@code dir}, then renamed to
     * {@code dir} (replacing it when it is an empty folder); on any failure (a full disk) the temporary folder is
     * deleted and {@code dir} is as it was, so a truncated ruleset is never left to be edited (issue 13).
     */
    static void exportWhole(Ruleset ruleset, Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new FileAlreadyExistsException(dir.toString());
            }
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new DirectoryNotEmptyException(dir.toString());
                }
            }
        }
        Path parent = dir.toAbsolutePath().normalize().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + dir.getFileName() + "-part-");
        try {
            ruleset.exportTo(temp);
            try {
                Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dir, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left behind: a hidden folder whose name holds "-part-"
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}

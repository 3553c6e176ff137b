package org.taperwise.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.taperwise.Ruleset;
import org.taperwise.review.RulesetDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code diff DIR_A DIR_B}: what changed from the first ruleset to the second: rules added, removed and changed (by
 * id and version, and what changed), profiles and parameters with old and new values, table rows, and every file
 * whose content differs. Either folder may be the word {@code builtin}.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what changed between two rulesets.",
            "Rules added, removed or changed (id, version, what changed), parameters with old and new values, table "
                + "rows (keyed by their identifying columns) and files. Either folder may be the word builtin, the "
                + "ruleset packaged in the jar."},
        footer = {"", "Exit codes: 0 the same; 1 different; 2 a folder is not a valid ruleset."})
final class DiffCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR_A", description = "The ruleset before (a folder, or builtin).")
    private Path before;

    @Parameters(index = "1", paramLabel = "DIR_B", description = "The ruleset after (a folder, or builtin).")
    private Path after;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ruleset a = Engines.load(before, err);
        Ruleset b = Engines.load(after, err);
        if (a == null || b == null) {
            return TaperwiseCli.BAD_INPUT;
        }
        RulesetDiff diff = RulesetDiff.between(a, b);
        out.print(diff.text());
        out.flush();
        return diff.same() ? TaperwiseCli.OK : TaperwiseCli.DIFFERENT;
    }
}

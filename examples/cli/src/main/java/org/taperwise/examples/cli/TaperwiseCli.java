package org.taperwise.examples.cli;

import java.io.PrintWriter;
import org.taperwise.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code taperwise} command line. Exit codes follow {@code shared/contract.md} section 3: 0 ok, 1 internal
 * error (or, for verify and diff, a failed scenario or a difference), 2 bad input, bad ruleset or usage error.
 */
@Command(name = "taperwise", mixinStandardHelpOptions = true, versionProvider = TaperwiseCli.Version.class,
        description = "Opioid review eligibility, oral morphine equivalent, risk flags and taper plans, audited.",
        subcommands = {EvaluateCommand.class, HandoutCommand.class, ScreenCommand.class, VerifyCommand.class, ManifestCommand.class, DiffCommand.class,
            CatalogueCommand.class, ExportRulesetCommand.class, WorklistCommand.class, CommandLine.HelpCommand.class})
public final class TaperwiseCli {
    /** Exit code: everything worked. */
    public static final int OK = 0;
    /** Exit code: an internal error. */
    public static final int INTERNAL_ERROR = 1;
    /** Exit code of {@code verify}: a scenario fails. */
    public static final int SCENARIO_FAILED = 1;
    /** Exit code of {@code diff}: the rulesets differ. */
    public static final int DIFFERENT = 1;
    /** Exit code: bad input, bad ruleset, or a usage error. */
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        CliLogging.use(); // before anything logs: the command line's own logging, never a host's
        if (usesBuiltinRuleset(args)) {
            Engines.prefetchBuiltin();
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Whether the command evaluates with the packaged ruleset (evaluate, handout, screen without another folder). */
    static boolean usesBuiltinRuleset(String[] args) {
        if (args.length == 0
                || !(args[0].equals("evaluate") || args[0].equals("screen") || args[0].equals("handout"))) {
            return false;
        }
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--ruleset")) {
                return i + 1 < args.length && args[i + 1].equals(Engines.BUILTIN);
            }
            if (a.startsWith("--ruleset=")) {
                return a.equals("--ruleset=" + Engines.BUILTIN);
            }
        }
        return true;
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new TaperwiseCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // one short line: an exception's text may quote input (issue 13)
            cmd.getErr().println("taperwise: internal error: " + Problem.brief(Problem.escapeControls(e.toString()),
                    300));
            return INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        if (out.checkError() && code != BAD_INPUT) {
            // whatever the command: output that could not be written (disk full, standard output closed) is never
            // a success, and never a difference or a failed scenario either (issue 13)
            err.println("taperwise: the output cannot be written (disk full, or the output closed)");
            code = BAD_INPUT;
        }
        err.flush();
        return code;
    }

    /** Reads the version from the jar manifest when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = TaperwiseCli.class.getPackage().getImplementationVersion();
            return new String[] {"taperwise " + (v == null ? "development build" : v)};
        }
    }
}

package org.taperwise.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.taperwise.TaperwiseEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code screen [--profile ID] [--ruleset DIR] [--lenient] INPUT.jsonl --out OUTPUT.jsonl}: one patient object a
 * line in, one assessment a line out (compact JSON), in input order, on every core, in flat memory (see
 * {@link ScreenPipeline}). A bad line (a field the contract does not define too, unless {@code --lenient}) is
 * reported on stderr with its line number and what is wrong with it (JSON path, value, expectation; never the line
 * itself), counted and skipped; blank lines are ignored. Progress and a summary go to stderr.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen a JSON Lines file: one patient object a line in, one assessment a line out (compact JSON),"
            + " in input order, using every core.",
            "A bad line is reported on stderr with its line number and the problem, counted and skipped; blank lines"
            + " are ignored. Progress and a summary (counts by eligibility status, flag and taper status; patients a"
            + " second) go to stderr."},
        footer = {"", "Exit codes: 0 every line was good; 2 a line was bad (a field the contract does not define too,"
            + " unless --lenient; every good line is still written), or a bad ruleset, profile, file or option"
            + " (nothing is written); 1 internal error."})
final class ScreenCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private EngineOptions engineOptions;

    @Mixin
    private InputOptions inputOptions;

    @Option(names = "--out", paramLabel = "OUTPUT.jsonl", required = true,
            description = "The file to write the assessments to, one a line; - for standard output.")
    private Path output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Workers evaluating patients (default: one per available processor, here ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "LINES",
            description = "Lines a worker takes at a time (default: ${DEFAULT-VALUE}).")
    private int batchLines = ScreenPipeline.Settings.DEFAULT_BATCH_LINES;

    @Option(names = "--max-line-bytes", paramLabel = "N",
            description = "The longest line accepted, in bytes (one patient); a longer line is reported as bad and"
                    + " skipped, never held in memory. Default: ${DEFAULT-VALUE} (8 MiB).")
    private int maxLineBytes = ScreenPipeline.Settings.DEFAULT_MAX_LINE_BYTES;

    @Parameters(paramLabel = "INPUT.jsonl", arity = "1",
            description = "JSON Lines: one patient object (contract section 1) a line; - for standard input.")
    private Path input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1 or more, got " + threads);
        }
        if (batchLines < 1) {
            throw new ParameterException(spec.commandLine(), "--batch must be 1 or more, got " + batchLines);
        }
        if (maxLineBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-line-bytes must be 1 or more, got " + maxLineBytes);
        }
        boolean fromStdin = isDash(input);
        boolean toStdout = isDash(output);
        if (!fromStdin && !toStdout && Files.exists(output) && Files.exists(input) && sameFile(input, output)) {
            err.println(output + ": is the input file; name another file for the output");
            return TaperwiseCli.BAD_INPUT;
        }
        if (!toStdout) {
            Path folder = output.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                err.println(output + ": cannot be written: no such folder");
                return TaperwiseCli.BAD_INPUT;
            }
            if (Files.isDirectory(output)) {
                err.println(output + ": is a folder (expected a file to write)");
                return TaperwiseCli.BAD_INPUT;
            }
        }
        long size = -1;
        InputStream in;
        if (fromStdin) {
            in = System.in;
        } else {
            if (Files.isDirectory(input)) {
                err.println(input + ": is a folder (expected a JSON Lines file)");
                return TaperwiseCli.BAD_INPUT;
            }
            try {
                size = Files.isRegularFile(input) ? Files.size(input) : -1;
                in = Files.newInputStream(input);
            } catch (NoSuchFileException e) {
                err.println(input + ": no such file");
                return TaperwiseCli.BAD_INPUT;
            } catch (AccessDeniedException e) {
                err.println(input + ": cannot be read: permission denied");
                return TaperwiseCli.BAD_INPUT;
            } catch (IOException e) {
                err.println(input + ": cannot be read: " + e.getClass().getSimpleName());
                return TaperwiseCli.BAD_INPUT;
            }
        }
        try {
            return screen(in, size, fromStdin ? "stdin" : input.toString(), toStdout, err);
        } finally {
            if (!fromStdin) {
                closeQuietly(in);
            }
        }
    }

    private int screen(InputStream in, long size, String inputName, boolean toStdout, PrintWriter err) {
        long loading = System.nanoTime();
        TaperwiseEngine engine = engineOptions.build(err);
        if (engine == null) {
            return TaperwiseCli.BAD_INPUT;   // before the output is opened: nothing is written
        }
        err.printf(Locale.ROOT, "taperwise screen: ruleset %s %s, profile %s, loaded in %.1f s; %d thread%s%n",
                engine.rulesetInfo().id(), engine.rulesetInfo().version(), engine.profile(),
                (System.nanoTime() - loading) / 1e9, threads, threads == 1 ? "" : "s");
        OutputStream out;
        AtomicFile file = null;
        try {
            if (toStdout) {
                out = new WriterOutputStream(spec.commandLine().getOut());
            } else {
                file = AtomicFile.create(output);
                out = file.open();
            }
        } catch (NoSuchFileException e) {
            if (file != null) {
                file.abandon();
            }
            err.println(output + ": cannot be written: no such folder");
            return TaperwiseCli.BAD_INPUT;
        } catch (AccessDeniedException e) {
            if (file != null) {
                file.abandon();
            }
            err.println(output + ": cannot be written: permission denied");
            return TaperwiseCli.BAD_INPUT;
        } catch (IOException e) {
            if (file != null) {
                file.abandon();
            }
            err.println(output + ": cannot be written: " + e.getMessage());
            return TaperwiseCli.BAD_INPUT;
        }
        ScreenPipeline pipeline = new ScreenPipeline(engine, inputOptions.reader(),
                ScreenPipeline.Settings.of(threads, batchLines, maxLineBytes), inputName);
        ScreenProgress progress = new ScreenProgress(err, System.console() != null, System::nanoTime, size);
        ScreenPipeline.Outcome outcome = pipeline.run(in, out, err, progress);
        IOException closing = null;
        try {
            out.close();
        } catch (IOException e) {
            closing = e;
        }
        boolean written = outcome.failure() != ScreenPipeline.Failure.INTERNAL
                && outcome.failure() != ScreenPipeline.Failure.OUTPUT && closing == null;
        if (file != null) {
            // the output replaces an existing file only when it was written whole; else that file is untouched
            if (written) {
                try {
                    file.commit();
                } catch (IOException e) {
                    closing = e;
                }
            } else {
                file.abandon();
            }
        }
        ScreenTally tally = outcome.tally();
        tally.print(err, outcome.seconds());
        if (outcome.failure() == ScreenPipeline.Failure.INTERNAL) {
            err.println("taperwise: internal error: " + outcome.cause());
            return TaperwiseCli.INTERNAL_ERROR;
        }
        if (outcome.failure() == ScreenPipeline.Failure.INPUT) {
            err.println(inputName + ": cannot be read after line " + outcome.line() + ": "
                    + outcome.cause().getMessage() + " (the lines before it were screened)");
            return TaperwiseCli.BAD_INPUT;
        }
        if (outcome.failure() == ScreenPipeline.Failure.OUTPUT || closing != null) {
            Throwable cause = closing != null && outcome.cause() == null ? closing : outcome.cause();
            err.println(output + ": cannot be written: " + cause.getMessage());
            return TaperwiseCli.BAD_INPUT;
        }
        if (tally.bad > 0) {
            err.println("taperwise screen: " + tally.bad + " bad line" + (tally.bad == 1 ? "" : "s")
                    + " skipped (each reported above with its line number); every other patient was written to "
                    + (toStdout ? "standard output" : output));
            return TaperwiseCli.BAD_INPUT;
        }
        return TaperwiseCli.OK;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the input was read to the end or the run has failed already: nothing more to say
        }
    }

    private static boolean isDash(Path p) {
        return p.toString().equals("-");
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Standard output as the command line holds it (a character stream): each write is whole lines of UTF-8. */
    private static final class WriterOutputStream extends OutputStream {
        private final PrintWriter out;

        WriterOutputStream(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            out.write(new String(b, off, len, StandardCharsets.UTF_8));
        }

        @Override
        public void flush() throws IOException {
            out.flush();
            if (out.checkError()) {
                throw new IOException("standard output failed");
            }
        }

        @Override
        public void close() throws IOException {
            flush();   // standard output stays open
        }
    }
}

package org.taperwise.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.taperwise.examples.worklist.Worklist;
import org.taperwise.examples.worklist.WorklistCsv;
import org.taperwise.examples.worklist.WorklistHtml;
import org.taperwise.examples.worklist.WorklistReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code worklist ASSESSMENTS.jsonl [--csv FILE] [--html FILE] [--title TEXT] [--limit N]}: the patients to invite
 * to a pain review, from {@code screen}'s output ({@link org.taperwise.examples.worklist}). Bad lines are reported
 * as {@code screen} reports them and skipped; the worklist is still written, with a warning on the page, and the
 * exit code is 2. No patient id is ever printed on stderr.
 */
@Command(name = "worklist", mixinStandardHelpOptions = true,
        description = {"From screen's assessments (JSON Lines), the patients to invite to a pain review: ELIGIBLE"
            + " patients ranked most at risk first (more HIGH flags, then more MODERATE flags, then the higher daily"
            + " MME, then more INFO flags, then the patient id), each with its reasons in one line; UNDETERMINED"
            + " patients in a section of their own with the reasons; NOT_ELIGIBLE patients counted only.",
            "A bad line is reported on stderr with its line number and the field at fault, counted and skipped."},
        footer = {"", "Exit codes: 0 every line was an assessment; 2 a line was bad (the worklist is still written,"
            + " with the bad lines counted on the page), or a bad file or option (nothing is written); 1 internal"
            + " error."})
final class WorklistCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ASSESSMENTS.jsonl", arity = "1",
            description = "JSON Lines: one assessment (contract section 2) a line, as screen writes; - for standard"
                    + " input.")
    private Path input;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Write the worklist as CSV (contract section 7); - for standard output.")
    private Path csv;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Write the worklist as one printable HTML page (A4 landscape); - for standard output.")
    private Path html;

    @Option(names = "--title", paramLabel = "TEXT", description = "Names the practice or region on the page.")
    private String title = "";

    @Option(names = "--limit", paramLabel = "N",
            description = "List only the N ELIGIBLE patients most at risk (memory then holds only N of them);"
                    + " UNDETERMINED patients are always all listed. Default: all.")
    private int limit;

    @Option(names = "--max-line-bytes", paramLabel = "N",
            description = "The longest line accepted, in bytes; a longer line is reported as bad and skipped."
                    + " Default: ${DEFAULT-VALUE} (8 MiB).")
    private int maxLineBytes = WorklistReader.DEFAULT_MAX_LINE_BYTES;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (csv == null && html == null) {
            throw new ParameterException(spec.commandLine(), "name an output: --csv FILE, --html FILE or both");
        }
        if (csv != null && html != null && isDash(csv) && isDash(html)) {
            throw new ParameterException(spec.commandLine(), "only one of --csv and --html can be - (standard output)");
        }
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 (all) or more, got " + limit);
        }
        if (maxLineBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-line-bytes must be 1 or more, got " + maxLineBytes);
        }
        for (Path out : new Path[] {csv, html}) {
            if (out != null && !isDash(out) && !writable(out, err)) {
                return TaperwiseCli.BAD_INPUT;
            }
        }
        if (csv != null && html != null && !isDash(csv) && csv.toAbsolutePath().normalize()
                .equals(html.toAbsolutePath().normalize())) {
            err.println(csv + ": named for both --csv and --html; name two files");
            return TaperwiseCli.BAD_INPUT;
        }
        boolean fromStdin = isDash(input);
        if (!fromStdin && Files.isDirectory(input)) {
            err.println(input + ": is a folder (expected a JSON Lines file of assessments)");
            return TaperwiseCli.BAD_INPUT;
        }
        long started = System.nanoTime();
        Worklist worklist = new Worklist(limit);
        String inputName = fromStdin ? "stdin" : input.toString();
        WorklistReader reader = new WorklistReader(worklist, maxLineBytes, inputName, err::println);
        try (InputStream in = fromStdin ? new NonClosing(System.in) : Files.newInputStream(input)) {
            reader.read(in);
        } catch (NoSuchFileException e) {
            err.println(input + ": no such file");
            return TaperwiseCli.BAD_INPUT;
        } catch (AccessDeniedException e) {
            err.println(input + ": cannot be read: permission denied");
            return TaperwiseCli.BAD_INPUT;
        } catch (IOException e) {
            err.println(inputName + ": cannot be read after line " + reader.lines() + ": " + e.getClass().getSimpleName()
                    + " (nothing written: a worklist of part of the input would hide patients)");
            return TaperwiseCli.BAD_INPUT;
        }
        boolean written = write(csv, "--csv", out -> WorklistCsv.write(worklist, out), err)
                & write(html, "--html", out -> WorklistHtml.write(worklist, title, out), err);
        err.printf(Locale.ROOT, "taperwise worklist: %d assessment%s (%d ELIGIBLE, %d UNDETERMINED, %d NOT_ELIGIBLE),"
                        + " %d bad line%s, %d blank; listed %d ranked%s and %d undetermined in %.1f s%n",
                worklist.assessments(), worklist.assessments() == 1 ? "" : "s", worklist.eligible(),
                worklist.undeterminedCount(), worklist.notEligible(), worklist.badLineCount(),
                worklist.badLineCount() == 1 ? "" : "s", worklist.blankLines(),
                limit > 0 ? Math.min(limit, worklist.eligible()) : worklist.eligible(),
                limit > 0 && worklist.eligible() > limit ? " (--limit " + limit + ")" : "",
                worklist.undeterminedCount(), (System.nanoTime() - started) / 1e9);
        if (!written) {
            return TaperwiseCli.BAD_INPUT;
        }
        if (worklist.badLineCount() > 0) {
            err.println("taperwise worklist: " + worklist.badLineCount() + " bad line"
                    + (worklist.badLineCount() == 1 ? "" : "s") + " skipped (each reported above with its line number):"
                    + " the patients on them are missing from the worklist");
            return TaperwiseCli.BAD_INPUT;
        }
        return TaperwiseCli.OK;
    }

    /** Something that writes the worklist to a character stream. */
    private interface Body {
        void write(Writer out) throws IOException;
    }

    /** Writes one output, whole or not at all; false (with a message) when it cannot be written. */
    private boolean write(Path target, String option, Body body, PrintWriter err) {
        if (target == null) {
            return true;
        }
        if (isDash(target)) {
            PrintWriter out = spec.commandLine().getOut();
            try {
                body.write(out);
            } catch (IOException e) {
                err.println("standard output (" + option + " -): cannot be written: " + e.getMessage());
                return false;
            }
            out.flush();
            return !out.checkError();   // TaperwiseCli.run reports a failed standard output
        }
        AtomicFile file;
        try {
            file = AtomicFile.create(target);
        } catch (IOException e) {
            err.println(target + ": cannot be written: " + reason(e));
            return false;
        }
        try (OutputStream os = file.open();
                Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
            body.write(w);
        } catch (IOException e) {
            file.abandon();
            err.println(target + ": cannot be written: " + reason(e));
            return false;
        }
        try {
            file.commit();
        } catch (IOException e) {
            err.println(target + ": cannot be written: " + reason(e));
            return false;
        }
        return true;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private boolean writable(Path out, PrintWriter err) {
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            err.println(out + ": cannot be written: no such folder");
            return false;
        }
        if (Files.isDirectory(out)) {
            err.println(out + ": is a folder (expected a file to write)");
            return false;
        }
        if (!isDash(input) && Files.exists(out) && Files.exists(input)) {
            try {
                if (Files.isSameFile(input, out)) {
                    err.println(out + ": is the input file; name another file for the output");
                    return false;
                }
            } catch (IOException e) {
                // cannot tell: the write will say what is wrong
            }
        }
        return true;
    }

    private static boolean isDash(Path p) {
        return p.toString().equals("-");
    }

    /** Standard input, left open when the command is done with it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // standard input stays open
        }
    }
}

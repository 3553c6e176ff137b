package org.taperwise.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.taperwise.EvaluationException;
import org.taperwise.InvalidInputException;
import org.taperwise.Problem;
import org.taperwise.TaperwiseEngine;
import org.taperwise.handout.PatientHandout;
import org.taperwise.json.ParsedPatient;
import org.taperwise.model.Assessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code handout [--profile ID] [--ruleset DIR] [--lenient] [--format text|html] [--country CC] [--out FILE] FILE}:
 * evaluates one patient and writes the patient's handout (org.taperwise.handout.PatientHandout), not the clinician's
 * report. The input is read and checked as {@code evaluate} does; the output file is written whole or not at all
 * ({@link AtomicFile}).
 */
@Command(name = "handout", mixinStandardHelpOptions = true,
        description = "Evaluate one patient and write the patient's handout: the taper plan in plain English (dates,"
                + " what to take each day, reviews, withdrawal, overdose, naloxone), as text or a printable HTML page.",
        footer = {"", "Exit codes: 0 ok; 2 bad input (not exactly one patient, a field the contract does not define"
            + " unless --lenient), bad ruleset or output that cannot be written; 1 internal error."})
final class HandoutCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, html }

    @Spec
    private CommandSpec spec;

    @Mixin
    private EngineOptions engineOptions;

    @Mixin
    private InputOptions inputOptions;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text or html (one self-contained page to print). Default: html when --out ends in .html"
                    + " or .htm, else text.")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the handout to FILE (default: standard output).")
    private Path output;

    @Option(names = "--country", paramLabel = "CC",
            description = "The reader's country (ISO 3166 code, e.g. GB, US), for the emergency number. Default: from"
                    + " the profile (US for a us- profile, else GB).")
    private String country;

    @Option(names = "--max-input-bytes", paramLabel = "N", defaultValue = "" + InputFiles.DEFAULT_MAX_BYTES,
            description = "The largest input file accepted, in bytes. Default: ${DEFAULT-VALUE} (16 MiB).")
    private long maxInputBytes;

    @Parameters(paramLabel = "FILE", arity = "1", description = "A JSON file holding one patient.")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = null;
        if (country != null) {
            if (!country.matches("[A-Za-z]{2}")) {
                err.println("--country: " + country + " (expected a two-letter country code, such as GB or US)");
                return TaperwiseCli.BAD_INPUT;
            }
            locale = new Locale.Builder().setLanguage("en").setRegion(country.toUpperCase(Locale.ROOT)).build();
        }
        ParsedPatient patient;
        try {
            List<ParsedPatient> read = inputOptions.reader().readPatients(InputFiles.read(file, maxInputBytes));
            if (read.size() != 1) {
                err.println(file + ": holds " + read.size() + " patients; a handout is for one patient");
                return TaperwiseCli.BAD_INPUT;
            }
            patient = read.get(0);
        } catch (InputFiles.Unreadable e) {
            err.println(file + ": " + e.getMessage());
            return TaperwiseCli.BAD_INPUT;
        } catch (InvalidInputException e) {
            report(err, e.problems());
            return TaperwiseCli.BAD_INPUT;
        }
        TaperwiseEngine engine = engineOptions.build(err);
        if (engine == null) {
            return TaperwiseCli.BAD_INPUT;
        }
        List<Problem> problems = engine.validate(patient.facts());
        if (!problems.isEmpty()) {
            report(err, problems);
            return TaperwiseCli.BAD_INPUT;
        }
        Assessment a;
        try {
            a = engine.evaluate(patient.facts()).withWarningsBefore(patient.warnings());
        } catch (EvaluationException e) {
            err.println("taperwise: evaluation failed: " + e.getMessage());
            return TaperwiseCli.INTERNAL_ERROR;
        }
        String name = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean html = format == null ? name.endsWith(".html") || name.endsWith(".htm") : format == Format.html;
        String handout = html ? PatientHandout.html(a, locale) : PatientHandout.text(a, locale);
        if (output == null) {
            out.print(handout);
            out.flush();
            if (out.checkError()) {
                err.println("taperwise: the output cannot be written (disk full, or the output closed)");
                return TaperwiseCli.BAD_INPUT;
            }
            return TaperwiseCli.OK;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFile.write(output, handout.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println(output + ": cannot be written: " + e);
            return TaperwiseCli.BAD_INPUT;
        }
        out.println("Wrote " + output + ": the patient's handout (" + (html ? "HTML" : "text") + "), taper "
                + (a.taper() == null ? "none" : a.taper().status().code()) + ".");
        return TaperwiseCli.OK;
    }

    private void report(PrintWriter err, List<Problem> problems) {
        for (Problem p : problems) {
            err.println(file + ": " + (p.path().isEmpty() ? "" : p.path() + ": ") + p.value() + " (expected "
                    + p.expected() + ")");
        }
        err.println("taperwise: bad input; nothing was evaluated");
    }
}

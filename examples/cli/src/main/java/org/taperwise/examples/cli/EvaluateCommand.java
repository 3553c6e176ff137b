package org.taperwise.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.taperwise.EvaluationException;
import org.taperwise.InvalidInputException;
import org.taperwise.Problem;
import org.taperwise.TaperwiseEngine;
import org.taperwise.fhir.FhirMapping;
import org.taperwise.fhir.FhirMappingException;
import org.taperwise.fhir.MappingProblem;
import org.taperwise.fhir.MappingWarning;
import org.taperwise.json.ParsedPatient;
import org.taperwise.json.PatientJsonReader;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.Assessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code evaluate [--profile ID] [--ruleset DIR] [--format text|json] [--lenient] FILE...}: every file is read and
 * checked first; if any patient is bad (including a field the contract does not define, unless {@code --lenient}),
 * every problem is reported (file, path, value) and nothing is evaluated.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate patients: eligibility for an opioid pain review, oral morphine equivalent, risk flags, taper plan.",
        footer = {"", "Exit codes: 0 ok; 2 bad input (a field the contract does not define too, unless --lenient) or bad"
            + " ruleset (stderr names file, path and value); 1 internal error."})
final class EvaluateCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private EngineOptions engineOptions;

    @Mixin
    private InputOptions inputOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a report to read) or json (one JSON value). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--max-input-bytes", paramLabel = "N", defaultValue = "" + InputFiles.DEFAULT_MAX_BYTES,
            description = "The largest input file accepted, in bytes; a larger one is bad input. Default: ${DEFAULT-VALUE}"
                    + " (16 MiB).")
    private long maxInputBytes;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The evaluation date (\"today\") for FHIR R4 Bundles, which carry none. Default: today's date"
                    + " on this computer's clock. Patient files state their own asOf.")
    private LocalDate asOf;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "JSON files, each holding one patient object or an array of them, or a FHIR R4 Bundle of one"
                    + " patient's record.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ParsedPatient> patients = new ArrayList<>();
        List<String> where = new ArrayList<>();
        List<List<MappingWarning>> fhirWarnings = new ArrayList<>();
        boolean bad = false;
        // the one place the clock is read: FHIR records have no "today" (docs/contract.md, "FHIR R4 input")
        LocalDate today = asOf != null ? asOf : LocalDate.now();
        PatientJsonReader reader = inputOptions.reader();
        for (Path file : files) {
            String text;
            try {
                text = InputFiles.read(file, maxInputBytes);
            } catch (InputFiles.Unreadable e) {
                err.println(file + ": " + e.getMessage());
                bad = true;
                continue;
            }
            if (FhirInput.isBundle(text)) {
                try {
                    FhirMapping m = FhirInput.map(text, today);
                    patients.add(new ParsedPatient(m.facts(), List.of()));
                    where.add(file + ": ");
                    fhirWarnings.add(m.warnings());
                } catch (FhirMappingException e) {
                    for (MappingProblem p : e.problems()) {
                        err.println(file + ": " + TextReport.safe(p.toString()));
                    }
                    bad = true;
                }
                continue;
            }
            try {
                List<ParsedPatient> read = reader.readPatients(text);
                boolean array = text.stripLeading().startsWith("[");
                for (int k = 0; k < read.size(); k++) {
                    patients.add(read.get(k));
                    fhirWarnings.add(null);
                    // paths as the reader gives them: "[k]." for the k-th patient of an array
                    where.add(file + ": " + (array ? "[" + k + "]." : ""));
                }
            } catch (InvalidInputException e) {
                report(err, file + ": ", e.problems());
                bad = true;
            }
        }
        if (bad) {
            err.println("taperwise: bad input; nothing was evaluated");
            return TaperwiseCli.BAD_INPUT;
        }
        TaperwiseEngine engine = engineOptions.build(err);
        if (engine == null) {
            return TaperwiseCli.BAD_INPUT;
        }
        // the checks that need the profile (e.g. taperRequest.policy), for every patient before any is evaluated
        for (int i = 0; i < patients.size(); i++) {
            List<Problem> problems = engine.validate(patients.get(i).facts());
            if (!problems.isEmpty()) {
                report(err, where.get(i), problems);
                bad = true;
            }
        }
        if (bad) {
            err.println("taperwise: bad input; nothing was evaluated");
            return TaperwiseCli.BAD_INPUT;
        }
        List<Assessment> results = new ArrayList<>(patients.size());
        try {
            for (ParsedPatient p : patients) {
                results.add(engine.evaluate(p.facts()).withWarningsBefore(p.warnings()));
            }
        } catch (EvaluationException e) {
            err.println("taperwise: evaluation failed: " + e.getMessage());
            return TaperwiseCli.INTERNAL_ERROR;
        }
        boolean fhir = fhirWarnings.stream().anyMatch(w -> w != null);
        if (format == Format.json && fhir) {
            out.print(results.size() == 1 ? "" : "[");
            for (int i = 0; i < results.size(); i++) {
                out.print((i == 0 ? "" : ",") + (fhirWarnings.get(i) == null ? TaperwiseJson.write(results.get(i))
                        : FhirInput.json(results.get(i), fhirWarnings.get(i), results.size() == 1)));
            }
            out.println(results.size() == 1 ? "" : "]");
        } else if (format == Format.json) {
            if (results.size() == 1) {
                TaperwiseJson.write(results.get(0), out, true);
            } else {
                TaperwiseJson.writeArray(results, out, true);
            }
            out.println();
        } else {
            for (int i = 0; i < results.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                out.print(TextReport.render(results.get(i)));
                if (fhirWarnings.get(i) != null) {
                    out.print(FhirInput.text(fhirWarnings.get(i)));
                }
            }
        }
        out.flush();
        if (out.checkError()) {
            err.println("taperwise: the output cannot be written (disk full, or the output closed)");
            return TaperwiseCli.BAD_INPUT;
        }
        return TaperwiseCli.OK;
    }

    /** One line a problem: where (file, and the patient's place in an array), path, value, what was expected. */
    private static void report(PrintWriter err, String where, List<Problem> problems) {
        for (Problem p : problems) {
            err.println(where + (p.path().isEmpty() ? "" : p.path() + ": ") + p.value() + " (expected "
                    + p.expected() + ")");
        }
    }
}

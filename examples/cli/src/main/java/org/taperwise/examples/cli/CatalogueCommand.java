package org.taperwise.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.taperwise.review.Catalogue;
import org.taperwise.Ruleset;
import org.taperwise.review.ScenarioResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code catalogue [--ruleset DIR] [--hazard-log FILE] [--since DIR|VERSION] --out FILE}: writes the rule catalogue a clinical safety
 * reviewer reads, as one self-contained HTML page ({@code .html}) or Markdown ({@code .md}).
 *
 * <p>The hazard log cross-referenced is, in order: {@code --hazard-log FILE}; the folder's own
 * {@code hazard-log.md}; for the built-in ruleset and folders exported from it (same ruleset id), the hazard log
 * packaged with the command line ({@code docs/hazard-log.md}); else none, and the catalogue says so.
 */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = {"Write the rule catalogue for reviewers (.html or .md).",
            "Every rule (id, version, name, source, guideline text, When/Then, scenarios that fire it), every table "
                + "with its sources, every profile with its parameters, every scenario, and the hazard log "
                + "cross-referenced."},
        footer = {"", "Exit codes: 0 written; 2 bad ruleset, unreadable hazard log, or an output that is not .html or "
                + ".md or cannot be written."})
final class CatalogueCommand implements Callable<Integer> {
    /** Where the examples jar packages the repository's docs folder. */
    static final String PACKAGED_HAZARD_LOG = "taperwise/docs/hazard-log.md";

    @Spec
    private CommandSpec spec;

    @Option(names = "--ruleset", paramLabel = "DIR", description = "A ruleset folder (default: the built-in ruleset).")
    private Path ruleset;

    @Option(names = "--hazard-log", paramLabel = "FILE", description = "The hazard log to cross-reference (Markdown, "
            + "one '### H01 Title' section per hazard). Default: DIR/hazard-log.md, or the packaged one for the "
            + "built-in ruleset.")
    private Path hazardLog;

    @Option(names = "--since", paramLabel = "DIR|VERSION", description = "An earlier ruleset: the summary page says "
            + "what changed since it (rules, parameters, tables, scenarios) and adds the diff's warnings. A folder, "
            + "the word builtin, or the built-in ruleset's version.")
    private String since;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write: FILE.html (one "
            + "self-contained page) or FILE.md.")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html");
        if (!html && !name.endsWith(".md")) {
            err.println(output + ": the catalogue is written as .html or .md; name the file so");
            return TaperwiseCli.BAD_INPUT;
        }
        String logText = null;
        if (hazardLog != null) {
            try {
                logText = Files.readString(hazardLog, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                err.println(hazardLog + ": no such file");
                return TaperwiseCli.BAD_INPUT;
            } catch (IOException e) {
                err.println(hazardLog + ": cannot be read: " + e.getMessage());
                return TaperwiseCli.BAD_INPUT;
            }
        }
        Ruleset r = Engines.load(ruleset, err);
        if (r == null) {
            return TaperwiseCli.BAD_INPUT;
        }
        Catalogue catalogue = Catalogue.of(r);
        if (since != null) {
            Ruleset earlier = Engines.load(sinceFolder(since), err);
            if (earlier == null) {
                return TaperwiseCli.BAD_INPUT;
            }
            catalogue = catalogue.since(earlier);
        }
        if (logText != null) {
            catalogue = catalogue.withHazardLog(logText, hazardLog.toString());
        } else if (!catalogue.hasHazardLog() && r.info().id().equals(builtinId())) {
            String packaged = resource(PACKAGED_HAZARD_LOG);
            if (packaged != null) {
                catalogue = catalogue.withHazardLog(packaged, "docs/hazard-log.md, packaged with taperwise for "
                        + r.info().id());
            }
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFile.write(output, (html ? catalogue.html() : catalogue.markdown()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println(output + ": cannot be written: " + e);
            return TaperwiseCli.BAD_INPUT;
        }
        out.println("Wrote " + output + ": " + catalogue.summary() + (catalogue.hasHazardLog() ? ""
                : "; no hazard log (give one with --hazard-log FILE)") + ".");
        long failing = catalogue.scenarioResults().stream().filter(s -> !s.passed()).count();
        if (failing > 0) {
            err.println("taperwise: warning: " + failing + " scenario" + (failing == 1 ? " fails" : "s fail")
                    + "; the catalogue marks " + (failing == 1 ? "it" : "them") + " (run verify for details): "
                    + String.join(", ", catalogue.scenarioResults().stream().filter(s -> !s.passed())
                            .map(ScenarioResult::name).toList()));
        }
        return TaperwiseCli.OK;
    }

    /** The id in the packaged built-in ruleset's manifest, without loading the ruleset. */
    private static String builtinId() {
        return builtinField("id");
    }

    private static String builtinField(String field) {
        String manifest = resource(Ruleset.BUILTIN_RESOURCE + "/ruleset.json");
        if (manifest == null) {
            return null;
        }
        try {
            return new ObjectMapper().readTree(manifest).path(field).asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code --since}: a folder, or the built-in ruleset when it names no folder but the built-in's version. */
    private static Path sinceFolder(String value) {
        Path p = Path.of(value);
        if (!Files.exists(p) && value.equals(builtinField("version"))) {
            return Path.of(Engines.BUILTIN);
        }
        return p;
    }

    private static String resource(String path) {
        try (InputStream in = CatalogueCommand.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}

package org.taperwise.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.taperwise.RuleInfo;
import org.taperwise.Ruleset;
import org.taperwise.review.ScenarioResult;
import org.taperwise.review.Catalogue;
import org.taperwise.review.HazardLog;
import org.taperwise.review.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code verify DIR}: loads a ruleset folder, reporting every problem by file and line (exit 2), then runs every
 * scenario under {@code DIR/scenarios/} and reports each as PASS or FAIL, a failure with what was expected and what
 * the ruleset decided (exit 1 when any fails).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a ruleset folder and run its scenarios.",
            "Every problem is reported as DIR/file line N, column C: message. Then each scenario under "
                + "DIR/scenarios/ (patient.json and expected.json) is run and reported as PASS or FAIL with what was "
                + "expected and what the ruleset decided."},
        footer = {"", "Exit codes: 0 every scenario passes; 1 a scenario fails; 2 the ruleset is invalid."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The ruleset folder (or the word builtin).")
    private Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ruleset ruleset = Engines.load(dir, err);
        if (ruleset == null) {
            return TaperwiseCli.BAD_INPUT;
        }
        out.println("Ruleset " + ruleset.info().id() + " " + ruleset.info().version() + " (sha256 "
                + ruleset.info().sha256() + ") is valid: " + ruleset.rules().size() + " rules, profiles "
                + String.join(", ", ruleset.profiles()) + ".");
        org.taperwise.review.StaleNumberCheck.warnings(ruleset).forEach(w -> out.println("WARNING " + w));
        List<ScenarioResult> results = Scenarios.runAll(ruleset);
        int failed = 0;
        Set<String> fired = new TreeSet<>();
        for (ScenarioResult r : results) {
            fired.addAll(r.firedRules());
            if (r.passed()) {
                out.println("PASS " + r.name());
            } else {
                failed++;
                out.println("FAIL " + r.name() + (r.description().isEmpty() ? "" : " (" + r.description() + ")"));
                r.failures().forEach(f -> out.println("       " + f));
            }
        }
        out.println();
        out.println(results.size() + " scenario" + (results.size() == 1 ? "" : "s") + ": "
                + (results.size() - failed) + " passed, " + failed + " failed.");
        if (results.isEmpty()) {
            out.println("The folder has no scenarios: nothing was tested. Add scenarios/<topic>/<situation>/ with "
                    + "patient.json and expected.json.");
        }
        List<String> unexercised = ruleset.rules().stream().map(RuleInfo::id).filter(id -> !fired.contains(id))
                .toList();
        if (!results.isEmpty() && !unexercised.isEmpty()) {
            out.println("Rules no scenario makes fire: " + String.join(", ", unexercised) + ".");
        }
        hazardWarnings(Catalogue.of(ruleset, results), out);
        out.flush();
        return failed == 0 ? TaperwiseCli.OK : TaperwiseCli.SCENARIO_FAILED;
    }

    /**
     * Warnings (not failures) about the folder's hazard log: a hazard that names a rule, scenario, table or parameter
     * the ruleset does not have, and decision rules no hazard controls.
     */
    private static void hazardWarnings(Catalogue catalogue, PrintWriter out) {
        if (!catalogue.hasHazardLog()) {
            out.println("WARNING the folder has no " + HazardLog.FILE + ": no hazard is linked to its rules.");
            return;
        }
        catalogue.hazardLogWarnings().forEach(w -> out.println("WARNING " + w + "."));
        List<String> without = catalogue.decisionRulesWithoutHazard();
        if (!without.isEmpty()) {
            out.println("WARNING " + HazardLog.FILE + ": decision rules no hazard controls (none names the rule, a "
                    + "parameter it reads or a scenario that pins it): " + String.join(", ", without) + ".");
        }
    }
}

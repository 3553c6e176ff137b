package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taperwise verify DIR}: every problem by file and line (exit 2), then every scenario (exit 1 on a failure). */
class VerifyCommandTest {
    @TempDir
    static Path shared;
    private static Path exported;

    @TempDir
    Path tmp;

    @BeforeAll
    static void exportOnce() {
        exported = RulesetFolders.export(shared.resolve("exported"));
    }

    @Test
    void theExportedBuiltinRuleset_passesEveryScenario_exit0() throws IOException {
        CliRun run = CliRun.of("verify", exported.toString());

        assertEquals(0, run.exit(), run.out() + run.err());
        List<String> scenarios = RulesetFolders.scenarios(exported);
        for (String s : scenarios) {
            assertTrue(run.out().contains("PASS " + s + "\n"), s);
        }
        assertTrue(run.out().contains(scenarios.size() + " scenarios: " + scenarios.size() + " passed, 0 failed."),
                run.out());
    }

    @Test
    void aTunedThreshold_failsTheScenariosThatPinIt_withExpectedAndActual_exit1() throws IOException {
        Path dir = RulesetFolders.export(tmp.resolve("tuned"));
        JsonNode high = RulesetFolders.parameter(dir, RulesetFolders.UK, "highDoseMgPerDay");
        RulesetFolders.setThreshold(dir, RulesetFolders.UK, "highDoseMgPerDay", high.path("value").asDouble() - 30,
                high.path("comparison").asText());
        RulesetFolders.manifest(dir);

        CliRun run = CliRun.of("verify", dir.toString());

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("\nFAIL "), run.out());
        Matcher failure = Pattern.compile("\n {7}\\S+: expected .+ but was .+\n").matcher(run.out());
        assertTrue(failure.find(), "a failure says what was expected and what the ruleset decided:\n" + run.out());
        Matcher summary = Pattern.compile("(\\d+) scenarios: (\\d+) passed, (\\d+) failed.").matcher(run.out());
        assertTrue(summary.find(), run.out());
        assertTrue(Integer.parseInt(summary.group(3)) > 0);
        assertEquals(Integer.parseInt(summary.group(1)), Integer.parseInt(summary.group(2))
                + Integer.parseInt(summary.group(3)));
    }

    @Test
    void aBrokenFolder_exits2_listingEveryProblemWithFileLineAndColumn() throws IOException {
        Path dir = RulesetFolders.export(tmp.resolve("broken"));
        int drlLine = RulesetFolders.append(dir.resolve("rules/dose.drl"), """
                rule "Broken"
                    @id("BROKEN-01") @version("1.0.0") @source("test")
                when
                    MmeTotal( totalDailyMg > 0
                then
                end
                """);
        int csvLine = RulesetFolders.append(dir.resolve("tables/conversion-uk-opioids-aware.csv"),
                "codeine,nasal,mg,,,,1;5,factor,,test\n");
        RulesetFolders.manifest(dir);

        CliRun run = CliRun.of("verify", dir.toString());

        assertEquals(2, run.exit(), run.out());
        assertEquals("", run.out(), "no scenario is run on an invalid ruleset");
        Matcher drl = Pattern.compile(Pattern.quote(dir + "/rules/dose.drl line ") + "(\\d+), column \\d+: ")
                .matcher(run.err());
        assertTrue(drl.find(), run.err());
        assertTrue(Integer.parseInt(drl.group(1)) >= drlLine, run.err());
        assertTrue(run.err().contains(dir + "/tables/conversion-uk-opioids-aware.csv line " + csvLine
                + ", column factor: \"1;5\" is not a number"), run.err());
        assertTrue(run.err().contains("taperwise: the ruleset is invalid ("), run.err());
    }

    @Test
    void aForbiddenCallInARule_exits2_withItsLine() throws IOException {
        Path dir = RulesetFolders.export(tmp.resolve("forbidden"));
        int ruleLine = RulesetFolders.append(dir.resolve("rules/dose.drl"), """
                rule "Leaks"
                    @id("LEAK-01") @version("1.0.0") @source("test")
                when
                    MmeTotal( $t : totalDailyMg )
                then
                    Runtime.getRuntime().exec( "curl example.org" );
                end
                """);
        RulesetFolders.manifest(dir);

        CliRun run = CliRun.of("verify", dir.toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().contains(dir + "/rules/dose.drl line " + (ruleLine + 5) + ", column 5: not allowed in "
                + "the consequence (then) of rule \"Leaks\": \"Runtime\" reaches the process"), run.err());
    }

    @Test
    void anEditWithoutManifest_exits2_namingTheFile() throws IOException {
        Path dir = RulesetFolders.export(tmp.resolve("stale"));
        RulesetFolders.append(dir.resolve("tables/medicines.csv"), "# a comment\n");

        CliRun run = CliRun.of("verify", dir.toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().contains(dir + "/tables/medicines.csv: has changed since the manifest was written"),
                run.err());
    }

    @Test
    void theExportedFolder_carriesItsHazardLog_listedAndHashed() throws IOException {
        assertTrue(Files.isRegularFile(exported.resolve("hazard-log.md")), "exported with its hazard log");
        assertTrue(Files.readString(exported.resolve("ruleset.json")).contains("\"path\" : \"hazard-log.md\""),
                "listed in ruleset.json, so its hash is in the ruleset's");
    }

    @Test
    void aHazardNamingARuleScenarioOrParameterThatIsGone_isAWarning_notAFailure() throws IOException {
        Path dir = RulesetFolders.export(tmp.resolve("stale-log"));
        RulesetFolders.append(dir.resolve("hazard-log.md"), """

                ### H99 A hazard whose controls were removed
                - **Controls**: rule `DOSE-77`; scenario `dose/uk-125mg-is-a-high-dose`; parameter
                  `highDoseMgPerDayUk`; table `tables/conversion-nowhere.csv`.
                """);
        RulesetFolders.manifest(dir);

        CliRun run = CliRun.of("verify", dir.toString());

        assertEquals(0, run.exit(), run.out() + run.err());
        for (String gone : List.of("DOSE-77", "dose/uk-125mg-is-a-high-dose", "highDoseMgPerDayUk",
                "tables/conversion-nowhere.csv")) {
            assertTrue(run.out().contains("WARNING hazard-log.md: H99 names `" + gone + "`, which this ruleset does "
                    + "not have."), gone + "\n" + run.out());
        }
    }

    @Test
    void aFolderThatDoesNotExist_exits2() {
        CliRun run = CliRun.of("verify", tmp.resolve("nothing").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("not a ruleset folder"), run.err());
    }
}

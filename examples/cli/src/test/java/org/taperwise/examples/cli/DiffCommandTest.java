package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taperwise diff DIR_A DIR_B}: what a pharmacist changed, against the built-in ruleset. */
class DiffCommandTest {
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
    void theBuiltinRulesetAndItsExport_areTheSame_exit0() {
        CliRun run = CliRun.of("diff", "builtin", exported.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("The rulesets are the same."), run.out());
    }

    @Test
    void aTunedThresholdATableRowAndARule_areListed_exit1() throws IOException {
        Path dir = RulesetFolders.export(tmp.resolve("tuned"));
        JsonNode high = RulesetFolders.parameter(dir, RulesetFolders.UK, "highDoseMgPerDay");
        String oldValue = high.path("value").asText();
        String comparison = high.path("comparison").asText();
        long newValue = high.path("value").asLong() - 30;
        RulesetFolders.setThreshold(dir, RulesetFolders.UK, "highDoseMgPerDay", newValue, comparison);
        int row = RulesetFolders.append(dir.resolve("tables/conversion-uk-opioids-aware.csv"),
                "codeine,nasal,mg,,,,0.1,factor,,test row\n");
        RulesetFolders.append(dir.resolve("rules/dose.drl"), """
                rule "A test rule"
                    @id("TEST-01") @version("0.1.0") @source("test")
                when
                    MmeTotal( totalDailyMg > 1000 )
                then
                end
                """);
        RulesetFolders.manifest(dir);

        CliRun run = CliRun.of("diff", "builtin", dir.toString());

        assertEquals(1, run.exit(), run.out() + run.err());
        String shown = comparison.equals("atOrAbove") ? "at or above " : comparison + " ";
        assertTrue(run.out().contains("~ uk-opioids-aware highDoseMgPerDay: " + shown + oldValue + " -> " + shown
                + newValue + "\n"), run.out());
        assertTrue(run.out().contains("+ tables/conversion-uk-opioids-aware.csv line " + row
                + " [ingredient=codeine route=nasal unit=mg]: "), run.out());
        assertTrue(run.out().contains("+ TEST-01 0.1.0 \"A test rule\" (rules/dose.drl line "), run.out());
        assertTrue(run.out().contains("~ " + RulesetFolders.UK + "\n"), run.out());
    }

    @Test
    void anInvalidFolder_exits2() {
        CliRun run = CliRun.of("diff", "builtin", tmp.resolve("nothing").toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("not a ruleset folder"), run.err());
    }
}

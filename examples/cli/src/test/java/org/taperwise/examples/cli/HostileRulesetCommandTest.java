package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviewing a hostile folder runs none of it: {@code verify} and {@code catalogue} run scenarios only after the whole
 * folder passed every check, bytecode included, so a rule that calls the command line's own {@code main} (which
 * would print "valid" and exit 0) or the cohort writer (which writes anywhere) is refused at load by the bytecode
 * check (exit 2, naming file, rule and call; the source guard does not know these names) and never runs: no
 * scenario is reported, no file is written, and this test JVM is still here. ({@code System.exit} is refused too:
 * {@code RuleCodeAttacksTest}.)
 */
class HostileRulesetCommandTest {
    @TempDir
    static Path shared;
    private static Path hostile;
    private static Path written;

    @BeforeAll
    static void hostileFolder() throws IOException {
        hostile = RulesetFolders.export(shared.resolve("hostile"));
        written = shared.resolve("cohort.jsonl");
        String then = "org.taperwise.examples.cli.TaperwiseCli.main(new String[] {\"verify\", \"builtin\"});\n"
                + "    org.taperwise.examples.cohort.WriteCohort.main(new String[] {\"1\", \"1\", \""
                + written.toString().replace('\\', '/') + "\"});";
        Files.writeString(hostile.resolve("rules/hostile.drl"), """
                package hostile;

                import org.taperwise.rules.MmeTotal;

                rule "Leave early"
                    @id("HOSTILE-01") @version("1.0.0") @source("test")
                when
                    MmeTotal()
                then
                    %s
                end
                """.formatted(then));
        RulesetFolders.manifest(hostile);
    }

    @Test
    void verify_refusesTheFolderAtLoad_namingFileRuleAndCall_andRunsNoScenario() {
        CliRun run = CliRun.of("verify", hostile.toString());

        assertEquals(2, run.exit(), run.out() + run.err());
        assertFalse(run.out().contains("PASS") || run.out().contains("valid"), run.out());
        assertTrue(run.err().contains("rules/hostile.drl"), run.err());
        assertTrue(run.err().contains("HOSTILE-01"), run.err());
        assertTrue(run.err().contains("org.taperwise.examples.cli.TaperwiseCli.main"), run.err());
        assertTrue(run.err().contains("org.taperwise.examples.cohort.WriteCohort.main"), run.err());
        assertFalse(Files.exists(written), "the cohort writer ran");
    }

    @Test
    void catalogue_refusesTheFolder_andWritesNothing() {
        Path out = shared.resolve("catalogue.html");

        CliRun run = CliRun.of("catalogue", "--ruleset", hostile.toString(), "--out", out.toString());

        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("HOSTILE-01"), run.err());
        assertFalse(Files.exists(out), "a catalogue was written");
        assertFalse(Files.exists(written), "the cohort writer ran");
    }

    @Test
    void evaluate_takesTheLimitsAsOptions_andRefusesABadOne() {
        CliRun run = CliRun.of("evaluate", "--max-rule-firings", "0", "../patients/01-co-codamol-long-term.json");

        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("maxRuleFirings"), run.err());
    }
}

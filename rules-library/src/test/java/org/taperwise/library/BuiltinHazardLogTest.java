package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taperwise.RuleInfo;
import org.taperwise.Ruleset;
import org.taperwise.review.Catalogue;
import org.taperwise.review.HazardLog;

/**
 * The built-in ruleset carries its hazard log ({@code hazard-log.md}, listed and hashed in {@code ruleset.json}):
 * the same text as {@code docs/hazard-log.md}, naming nothing the ruleset lacks, and controlling every decision rule.
 */
class BuiltinHazardLogTest {
    private static Catalogue catalogue;

    @BeforeAll
    static void catalogue() {
        catalogue = Catalogue.of(Builtin.RULESET);
    }

    @Test
    void thePackagedHazardLog_isDocsHazardLog_byteForByte() throws IOException {
        Path docs = Path.of("..", "docs", "hazard-log.md");
        try (InputStream packaged = getClass().getClassLoader().getResourceAsStream(Ruleset.BUILTIN_RESOURCE + "/"
                + HazardLog.FILE)) {
            assertTrue(packaged != null, "the built-in ruleset holds " + HazardLog.FILE);
            assertArrayEquals(Files.readAllBytes(docs), packaged.readAllBytes(), "copy docs/hazard-log.md to "
                    + "rules-library/src/main/resources/taperwise/rulesets/builtin/hazard-log.md and run "
                    + "`manifest` on that folder (or reman.py): the ruleset's hazard log is docs/hazard-log.md");
        }
    }

    @Test
    void theHazardLog_namesNoRuleScenarioTableOrParameterTheRulesetLacks() {
        HazardLog log = HazardLog.of(Builtin.RULESET).orElseThrow();
        assertTrue(log.hazards().size() >= 10, "hazards: " + log.hazards().size());
        assertEquals(List.of(), log.warnings());
    }

    @Test
    void everyDecisionRule_isControlledByAHazard() {
        List<String> decisions = Builtin.RULESET.rules().stream().map(RuleInfo::id)
                .filter(id -> !id.matches(".*-C\\d+")).toList();
        assertTrue(decisions.size() > 20, "decision rules: " + decisions);
        List<String> without = catalogue.decisionRulesWithoutHazard();
        assertEquals(List.of(), without, without.size() + " of " + decisions.size() + " decision rules are controlled"
                + " by no hazard (none names the rule, a parameter it reads or a scenario that pins it)");
    }

    @Test
    void aHazardNamingOnlyAThresholdParameter_controlsTheRulesThatReadIt() {
        // H10 names highDoseMgPerDay and the dose band-edge scenarios, not DOSE-01 itself (issue 15)
        assertTrue(catalogue.hazardsControlling("DOSE-C01").contains("H10"), catalogue.hazardsControlling("DOSE-C01")
                .toString());
        assertTrue(catalogue.hazardsControlling("DOSE-01").contains("H10"), catalogue.hazardsControlling("DOSE-01")
                .toString());
    }
}

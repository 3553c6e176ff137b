package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestCommandTest {
    @TempDir
    Path tmp;

    @Test
    void afterAnEdit_theFolderIsRefusedUntilManifestIsRun_thenEvaluatesWithTheEdit() throws IOException {
        Path dir = RulesetFolders.export(tmp.resolve("ruleset"));
        String patient = EvaluateCommandTest.PATIENTS.resolve("04-oxycodone-mr.json").toString();
        RulesetFolders.setThreshold(dir, RulesetFolders.UK, "highDoseMgPerDay", 60, "atOrAbove");

        CliRun stale = CliRun.of("evaluate", "--ruleset", dir.toString(), patient);
        assertEquals(2, stale.exit());
        assertTrue(stale.err().contains(dir + "/" + RulesetFolders.UK + ": has changed since the manifest was written"),
                stale.err());

        CliRun manifest = CliRun.of("manifest", dir.toString());
        assertEquals(0, manifest.exit(), manifest.err());
        assertTrue(manifest.out().contains("files hashed"), manifest.out());

        CliRun evaluated = CliRun.of("evaluate", "--format", "json", "--ruleset", dir.toString(), patient);
        assertEquals(0, evaluated.exit(), evaluated.err());
        JsonNode a = new ObjectMapper().readTree(evaluated.out());
        assertTrue(a.path("flags").findValuesAsText("code").contains("HIGH_DOSE"), evaluated.out());
    }

    @Test
    void aFolderWithoutRulesetJson_exits2() {
        CliRun run = CliRun.of("manifest", tmp.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("not a ruleset folder"), run.err());
    }
}

package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderWithoutRulesetJson_exits2() {
        CliRun run = CliRun.of("manifest", tmp.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("not a ruleset folder"), run.err());
    }
}

package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.Ruleset;

/** {@code taperwise export-ruleset DIR}: the built-in ruleset as a folder to edit. */
class ExportRulesetCommandTest {
    @TempDir
    Path tmp;

    @Test
    void export_writesTheBuiltinRuleset_whichLoadsWithTheSameHash() throws IOException {
        Path dir = tmp.resolve("my-ruleset");
        CliRun run = CliRun.of("export-ruleset", dir.toString());

        assertEquals(0, run.exit(), run.err());
        Ruleset builtin = Ruleset.builtin();
        assertTrue(run.out().contains(builtin.info().sha256()), run.out());
        assertEquals(builtin.info(), Ruleset.fromDirectory(dir).info());
        try (InputStream packaged = getClass().getClassLoader().getResourceAsStream(Ruleset.BUILTIN_RESOURCE
                + "/ruleset.json")) {
            assertArrayEquals(packaged.readAllBytes(), Files.readAllBytes(dir.resolve("ruleset.json")),
                    "ruleset.json exactly as packaged");
        }
        assertTrue(Files.isRegularFile(dir.resolve(RulesetFolders.UK)));
        assertTrue(Files.isDirectory(dir.resolve("scenarios")));
    }

    @Test
    void exportIntoAFolderThatIsNotEmpty_exits2_andTouchesNothing() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(dir.resolve("notes.txt"), "mine");

        CliRun run = CliRun.of("export-ruleset", dir.toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("exists and is not empty"), run.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("notes.txt")), files.toList());
        }
    }

    @Test
    void exportOverAFile_exits2() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertEquals(2, CliRun.of("export-ruleset", file.toString()).exit());
    }
}

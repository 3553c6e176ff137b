package org.taperwise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loaded ruleset written back out as a folder loads again as the same ruleset. */
class RulesetExportTest {
    @TempDir
    Path tmp;

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void export_writesEveryFileByteForByte_andLoadsWithTheSameHash() throws IOException {
        Path out = tmp.resolve("a/b/export");
        TestRulesets.minimal().exportTo(out);

        Path source = TestRulesets.minimalFolder();
        assertEquals(files(source), files(out));
        for (String f : files(source)) {
            assertArrayEquals(Files.readAllBytes(source.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertEquals(TestRulesets.minimal().info(), Ruleset.fromDirectory(out).info());
    }

    @Test
    void export_intoAnEmptyFolder_isAllowed() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("empty"));
        TestRulesets.minimal().exportTo(out);
        assertEquals(TestRulesets.minimal().info(), Ruleset.fromDirectory(out).info());
    }

    @Test
    void export_refusesAFolderThatIsNotEmpty_andWritesNothing() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertThrows(DirectoryNotEmptyException.class, () -> TestRulesets.minimal().exportTo(out));
        assertEquals(List.of("notes.txt"), files(out));
    }

    @Test
    void export_refusesAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThrows(FileAlreadyExistsException.class, () -> TestRulesets.minimal().exportTo(file));
    }
}

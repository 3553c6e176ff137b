package org.taperwise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ruleset folder's files are its own: a symbolic link inside it (to a file or a folder elsewhere on the host) is
 * refused by the loader and by {@code manifest}, naming the link, and the target's content is never read into a
 * message (issue 13).
 */
class SymbolicLinksTest {
    private static final String SECRET = "secret-line-that-must-not-be-echoed";

    @TempDir
    Path tmp;

    private Path outsideFile() throws IOException {
        Path secret = tmp.resolve("outside/secret.csv");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, SECRET + "\n" + SECRET + "\n");
        return secret;
    }

    @Test
    void aLinkedTable_isRefusedAtLoad_namingTheLink_withoutItsContent() throws IOException {
        Path dir = TestRulesets.copyOfMinimal(tmp.resolve("a"));
        Ruleset.updateManifest(dir);
        Path table = dir.resolve("tables/medicines.csv");
        Files.delete(table);
        Files.createSymbolicLink(table, outsideFile());
        RulesetException e = assertThrows(RulesetException.class, () -> Ruleset.fromDirectory(dir));
        assertTrue(e.getMessage().contains("tables/medicines.csv is a symbolic link"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    @Test
    void aLinkedFolder_isRefusedAtLoad() throws IOException {
        Path dir = TestRulesets.copyOfMinimal(tmp.resolve("b"));
        Path tables = dir.resolve("tables");
        Path moved = Files.move(tables, tmp.resolve("elsewhere-tables"));
        Files.createSymbolicLink(tables, moved);
        RulesetException e = assertThrows(RulesetException.class, () -> Ruleset.fromDirectory(dir));
        assertTrue(e.getMessage().contains("tables is a symbolic link"), e.getMessage());
    }

    @Test
    void manifest_refusesAFolderWithALink_andHashesNothing() throws IOException {
        Path dir = TestRulesets.copyOfMinimal(tmp.resolve("c"));
        String before = Files.readString(dir.resolve("ruleset.json"));
        Files.createSymbolicLink(dir.resolve("tables/extra.csv"), outsideFile());
        IOException e = assertThrows(IOException.class, () -> Ruleset.updateManifest(dir));
        assertTrue(e.getMessage().contains("tables/extra.csv is a symbolic link"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
        assertTrue(before.equals(Files.readString(dir.resolve("ruleset.json"))), "ruleset.json unchanged");
    }
}

package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files are written whole or not at all: a failed write leaves an existing file as it was (issue 13). */
class AtomicFileTest {
    @TempDir
    Path tmp;

    private long partFiles() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).count();
        }
    }

    @Test
    void anAbandonedWrite_leavesTheExistingFileUntouched_andNoTemporaryFile() throws IOException {
        Path target = Files.writeString(tmp.resolve("assessments.jsonl"), "yesterday's run\n");
        AtomicFile f = AtomicFile.create(target);
        try (OutputStream out = f.open()) {
            out.write("half of today's ru".getBytes(StandardCharsets.UTF_8));
        }
        f.abandon();
        assertEquals("yesterday's run\n", Files.readString(target));
        assertEquals(0, partFiles());
    }

    @Test
    void aCommittedWrite_replacesTheFileWhole() throws IOException {
        Path target = Files.writeString(tmp.resolve("catalogue.html"), "old");
        AtomicFile.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(target));
        assertEquals(0, partFiles());
    }

    @Test
    void screenWithABadRuleset_leavesAnExistingOutputFileUntouched() throws IOException {
        Path out = Files.writeString(tmp.resolve("out.jsonl"), "kept\n");
        Path in = Files.writeString(tmp.resolve("in.jsonl"), "{}\n");
        CliRun run = CliRun.of("screen", "--ruleset", tmp.resolve("no-such-ruleset").toString(), in.toString(),
                "--out", out.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("kept\n", Files.readString(out));
        assertEquals(0, partFiles());
    }
}

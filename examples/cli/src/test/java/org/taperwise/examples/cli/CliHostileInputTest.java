package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's reproducers of issue 13's bad input and output, one test each: a huge-number line in
 * {@code screen}, the per-line limit, UTF-16 and NUL bytes, permission denied, output that cannot be written from
 * every writing command, and files (and the exported folder) written whole.
 */
class CliHostileInputTest {
    @TempDir
    Path tmp;

    private static String sampleLine() throws IOException {
        return Files.readString(EvaluateCommandTest.PATIENTS.resolve("04-oxycodone-mr.json")).replaceAll("\\s*\n\\s*", "");
    }

    private Path jsonl(String name, List<String> lines) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void screen_aLineWithAHugeNumber_isReportedByNumber_andTheRunCarriesOn() throws IOException {
        String good = sampleLine();
        String huge = good.replaceFirst("\"value\":\\s*1,", "\"value\": 1e999999999,");
        String negative = good.replaceFirst("\"value\":\\s*1,", "\"value\": -1e999999999,");
        assertTrue(huge.contains("1e999999999") && negative.contains("-1e999999999"));
        Path in = jsonl("in.jsonl", List.of(good, huge, negative, good));
        Path out = Files.writeString(tmp.resolve("out.jsonl"), "yesterday\n");
        CliRun run = CliRun.of("screen", in.toString(), "--out", out.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains(in + " line 2: prescriptions[0].dose.value: 1E+999999999"), run.err());
        assertTrue(run.err().contains(in + " line 3: prescriptions[0].dose.value: -1E+999999999"), run.err());
        assertEquals(2, Files.readAllLines(out).size(), "both good lines written, the old file replaced whole");
    }

    @Test
    void screen_aLineLongerThanMaxLineBytes_isBad_andTheLimitIsConfigurable() throws IOException {
        String good = sampleLine();
        Path in = jsonl("in.jsonl", List.of(good, "[" + "1,".repeat(5_000) + "1]", good));
        CliRun run = CliRun.of("screen", "--max-line-bytes", "8000", in.toString(), "--out", "-");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains(in + " line 2: longer than 8000 bytes"), run.err());
        assertEquals(2, run.out().lines().count());
        assertEquals(2, CliRun.of("screen", "--max-line-bytes", "0", in.toString(), "--out", "-").exit());
    }

    @Test
    void screen_utf16AndNulBytes_sayUtf8WasExpected_asEvaluateDoes() throws IOException {
        Path in = tmp.resolve("u16.jsonl");
        Files.write(in, (sampleLine() + "\n").getBytes(StandardCharsets.UTF_16));
        CliRun run = CliRun.of("screen", in.toString(), "--out", "-");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains(in + " line 1: is UTF-16 text") && run.err().contains("expected UTF-8"),
                run.err());
        Path le = tmp.resolve("u16le.json");
        Files.write(le, sampleLine().getBytes(StandardCharsets.UTF_16LE));
        CliRun evaluate = CliRun.of("evaluate", le.toString());
        assertTrue(evaluate.err().contains(le + ": holds a NUL byte at byte 2") && evaluate.err().contains(
                "expected UTF-8"), evaluate.err());
    }

    @Test
    void aFileThatCannotBeRead_saysPermissionDenied() throws IOException {
        Path in = Files.writeString(tmp.resolve("secret.json"), sampleLine());
        Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(in), "running as root: permissions are not enforced");
        CliRun evaluate = CliRun.of("evaluate", in.toString());
        assertEquals(2, evaluate.exit());
        assertTrue(evaluate.err().contains(in + ": cannot be read: permission denied"), evaluate.err());
        CliRun screen = CliRun.of("screen", in.toString(), "--out", "-");
        assertEquals(2, screen.exit());
        assertTrue(screen.err().contains(in + ": cannot be read: permission denied"), screen.err());
    }

    @Test
    void everyWritingCommand_exits2_whenStandardOutputCannotBeWritten() throws IOException {
        String patient = EvaluateCommandTest.PATIENTS.resolve("04-oxycodone-mr.json").toString();
        Path in = jsonl("in.jsonl", List.of(sampleLine()));
        for (String[] args : List.of(new String[] {"evaluate", patient}, new String[] {"evaluate", "--format", "json",
            patient}, new String[] {"screen", in.toString(), "--out", "-"}, new String[] {"diff", "builtin", "builtin"},
            new String[] {"export-ruleset", tmp.resolve("exported").toString()})) {
            StringWriter err = new StringWriter();
            int code = TaperwiseCli.run(args, new PrintWriter(full()), new PrintWriter(err));
            assertEquals(2, code, String.join(" ", args) + ": " + err);
            assertTrue(err.toString().contains("cannot be written"), String.join(" ", args) + ": " + err);
        }
    }

    @Test
    void exportRuleset_writesTheFolderWhole_andLeavesNoTemporaryFolder() throws IOException {
        Path dir = tmp.resolve("rs");
        CliRun run = CliRun.of("export-ruleset", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("ruleset.json")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(dir), s.toList(), "no temporary folder left beside it");
        }
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertEquals(0, CliRun.of("export-ruleset", empty.toString()).exit(), "an empty folder is filled");
        assertTrue(Files.isRegularFile(empty.resolve("ruleset.json")));
        assertEquals(2, CliRun.of("export-ruleset", dir.toString()).exit(), "a folder with files is refused");
    }

    @Test
    void anOutputThatIsADevice_isWrittenDirectly_neverReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        AtomicFile.write(devNull, "written through\n".getBytes(StandardCharsets.UTF_8));
        assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
        Path link = tmp.resolve("link.jsonl");
        Path real = Files.writeString(tmp.resolve("real.jsonl"), "old\n");
        Files.createSymbolicLink(link, real);
        AtomicFile.write(link, "new\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertEquals("new\n", Files.readString(real));
    }

    /** An output that fails as a full disk does. */
    private static OutputStream full() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
    }
}

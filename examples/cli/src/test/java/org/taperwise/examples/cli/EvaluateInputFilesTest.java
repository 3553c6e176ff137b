package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate} reads its files as UTF-8 within a size limit and says what is wrong with one that is not (exit 2,
 * nothing evaluated), accepts a byte-order mark as {@code screen} does, and fails with exit 2 when its output cannot
 * be written (issue 13).
 */
class EvaluateInputFilesTest {
    @TempDir
    Path tmp;

    private static String sample() throws IOException {
        return Files.readString(EvaluateCommandTest.PATIENTS.resolve("04-oxycodone-mr.json"));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void aFileLargerThanTheLimit_isBadInput_andNothingIsRead() throws IOException {
        Path big = write("big.json", sample().getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("evaluate", "--max-input-bytes", "100", big.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains(big + ": is larger than 100 bytes"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void utf16_andInvalidUtf8_sayWhichEncodingWasExpected() throws IOException {
        Path utf16 = write("u16.json", sample().getBytes(StandardCharsets.UTF_16));
        CliRun a = CliRun.of("evaluate", utf16.toString());
        assertEquals(2, a.exit());
        assertTrue(a.err().contains(utf16 + ": is UTF-16 text") && a.err().contains("expected UTF-8"), a.err());
        Path latin = write("latin.json", "{\"patientId\":\"Jos\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        CliRun b = CliRun.of("evaluate", latin.toString());
        assertEquals(2, b.exit());
        assertTrue(b.err().contains(latin + ": is not valid UTF-8 text") && b.err().contains("expected UTF-8"),
                b.err());
    }

    @Test
    void aByteOrderMark_isAccepted_asScreenAcceptsIt() throws IOException {
        byte[] text = sample().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        CliRun run = CliRun.of("evaluate", "--format", "json", write("bom.json", withBom).toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\"patientId\" : \"sample-04\""), run.out());
    }

    @Test
    void outputThatCannotBeWritten_exits2WithAMessage() throws IOException {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = TaperwiseCli.run(new String[] {"evaluate", EvaluateCommandTest.PATIENTS.resolve("04-oxycodone-mr.json")
            .toString()}, new PrintWriter(full), new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("the output cannot be written"), err.toString());
    }
}

package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taperwise.TaperwiseEngine;
import org.taperwise.examples.cohort.PatientJson;
import org.taperwise.examples.cohort.SyntheticCohort;
import org.taperwise.json.TaperwiseJson;

/**
 * The {@code screen} pipeline on its own, with a shared engine: how lines are split, kept in order, refused, and how
 * far the reader may run ahead of the writer.
 */
class ScreenPipelineTest {
    private static TaperwiseEngine engine;
    private static List<String> patients;

    @BeforeAll
    static void engine() {
        engine = TaperwiseEngine.builder().build();
        SyntheticCohort cohort = new SyntheticCohort(99L);
        patients = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            patients.add(PatientJson.write(cohort.next()));
        }
    }

    /** What a run wrote and reported. */
    private record Run(ScreenPipeline.Outcome outcome, List<String> output, String err) {
    }

    private static Run run(ScreenPipeline.Settings settings, InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err, true);
        ScreenPipeline.Outcome outcome = assertTimeoutPreemptively(Duration.ofMinutes(2),
                () -> new ScreenPipeline(engine, TaperwiseJson.strict(), settings, "in.jsonl").run(in, out, errWriter,
                        new ScreenProgress(errWriter, false, System::nanoTime, -1)));
        String text = out.toString(StandardCharsets.UTF_8);
        List<String> lines = text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
        if (!lines.isEmpty()) {
            assertEquals("", lines.get(lines.size() - 1), "every output line ends with a line feed");
            lines = lines.subList(0, lines.size() - 1);
        }
        return new Run(outcome, lines, err.toString());
    }

    private static ScreenPipeline.Settings settings(int threads, int batchLines, int window) {
        return new ScreenPipeline.Settings(threads, batchLines, 1 << 20, 1 << 20, window);
    }

    private static String expected(String patientLine) {
        return TaperwiseJson.evaluate(engine, patientLine);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves the bytes a few at a time, so that lines and characters are split across reads anywhere. */
    private static InputStream trickle(byte[] data, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new InputStream() {
            private int pos;

            @Override
            public int read() {
                return pos < data.length ? data[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos == data.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, 1 + random.nextInt(13)), data.length - pos);
                System.arraycopy(data, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    @Test
    void manyTinyBatches_moreWorkersThanCores_aSmallWindow_keepInputOrder() {
        StringBuilder in = new StringBuilder();
        for (String p : patients) {
            in.append(p).append('\n');
        }
        Run r = run(settings(4, 3, 2), bytes(in.toString()));
        assertNull(r.outcome().failure(), r.err());
        assertEquals(patients.size(), r.output().size());
        for (int i = 0; i < patients.size(); i++) {
            assertEquals(expected(patients.get(i)), r.output().get(i), "line " + (i + 1));
        }
        assertEquals(patients.size(), r.outcome().tally().assessed);
    }

    @Test
    void anEmptyInput_writesNothing_andCountsNothing() {
        Run r = run(settings(2, 4, 2), bytes(""));
        assertNull(r.outcome().failure());
        assertEquals(List.of(), r.output());
        assertEquals(0, r.outcome().tally().read() + r.outcome().tally().blank);
        assertEquals("", r.err());
    }

    @Test
    void aBatchEndsAtItsByteLimit_evenWithFewerLines() {
        StringBuilder in = new StringBuilder();
        for (String p : patients.subList(0, 50)) {
            in.append(p).append('\n');
        }
        Run r = run(new ScreenPipeline.Settings(2, 512, 100, 1 << 20, 3), bytes(in.toString()));
        assertEquals(50, r.output().size());
        for (int i = 0; i < 50; i++) {
            assertEquals(expected(patients.get(i)), r.output().get(i));
        }
    }

    @Test
    void lineEnds_crlf_aByteOrderMark_blankLines_andNoFinalLineFeed() {
        String in = "\uFEFF" + patients.get(0) + "\r\n\n   \r\n\t\n" + patients.get(1) + "\n" + patients.get(2);
        byte[] data = in.getBytes(StandardCharsets.UTF_8);
        for (long seed = 1; seed <= 5; seed++) {
            Run r = run(settings(3, 2, 2), trickle(data, seed));
            assertNull(r.outcome().failure(), r.err());
            assertEquals(List.of(expected(patients.get(0)), expected(patients.get(1)), expected(patients.get(2))),
                    r.output());
            assertEquals(3, r.outcome().tally().blank);
            assertEquals(0, r.outcome().tally().bad);
            assertEquals("", r.err());
        }
    }

    @Test
    void aLineLongerThanTheLimit_isABadLine_andTheOthersAreScreened() {
        String longLine = "{\"patientId\": \"" + "x".repeat(5_000) + "\"}";
        String in = patients.get(0) + "\n" + longLine + "\n" + patients.get(1) + "\n";
        Run r = run(new ScreenPipeline.Settings(2, 2, 1 << 20, 4_000, 2), trickle(in.getBytes(StandardCharsets.UTF_8), 3));
        assertEquals(List.of(expected(patients.get(0)), expected(patients.get(1))), r.output());
        assertEquals(1, r.outcome().tally().bad);
        assertEquals("in.jsonl line 2: longer than 4000 bytes (expected one patient object a line, at most"
                + " --max-line-bytes)\n", r.err());
    }

    @Test
    void bytesThatAreNotUtf8_makeABadLine_butAReplacementCharacterInTheTextDoesNot() throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write(patients.get(0).getBytes(StandardCharsets.UTF_8));
        in.write('\n');
        String broken = patients.get(1).replace("\"asOf\"", "\"as\u00e9Of\"");
        byte[] b = broken.getBytes(StandardCharsets.UTF_8);
        int at = broken.indexOf('\u00e9');
        b[at + 1] = (byte) 0x28;   // the second byte of a two-byte sequence, replaced by '(': not UTF-8
        in.write(b);
        in.write('\n');
        String replacement = patients.get(2).replaceFirst("\"medicine\":\"[^\"]*\"", "\"medicine\":\"\uFFFD\"");
        in.write(replacement.getBytes(StandardCharsets.UTF_8));
        in.write('\n');
        Run r = run(settings(2, 1, 2), new ByteArrayInputStream(in.toByteArray()));
        assertEquals(List.of(expected(patients.get(0)), expected(replacement)), r.output());
        assertTrue(r.err().matches("in\\.jsonl line 2: is not valid UTF-8 text \\(bytes that are not UTF-8 at byte"
                + " \\d+\\); expected UTF-8\n"), r.err());
    }

    @Test
    void theInputFailing_stopsTheRun_afterScreeningEveryCompleteLineBeforeIt() {
        StringBuilder text = new StringBuilder();
        for (String p : patients.subList(0, 10)) {
            text.append(p).append('\n');
        }
        text.append(patients.get(10), 0, 40);
        byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private final InputStream in = new ByteArrayInputStream(data);

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("device unplugged");
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, Math.min(len, 1000));
                if (n < 0) {
                    throw new IOException("device unplugged");
                }
                return n;
            }
        };
        Run r = run(settings(2, 4, 2), failing);
        assertSame(ScreenPipeline.Failure.INPUT, r.outcome().failure());
        assertEquals("device unplugged", r.outcome().cause().getMessage());
        assertEquals(10, r.outcome().line());
        assertEquals(10, r.output().size());
        assertEquals(expected(patients.get(9)), r.output().get(9));
    }

    @Test
    void theOutputFailing_stopsTheRun() {
        StringBuilder text = new StringBuilder();
        for (String p : patients) {
            text.append(p).append('\n');
        }
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err, true);
        ScreenPipeline.Outcome outcome = assertTimeoutPreemptively(Duration.ofMinutes(2),
                () -> new ScreenPipeline(engine, TaperwiseJson.strict(), settings(2, 5, 2), "in.jsonl")
                        .run(bytes(text.toString()), full, errWriter,
                                new ScreenProgress(errWriter, false, System::nanoTime, -1)));
        assertSame(ScreenPipeline.Failure.OUTPUT, outcome.failure());
        assertEquals("No space left on device", outcome.cause().getMessage());
    }

    /**
     * With the writer stuck, the reader stops after a bounded number of batches however long the input is: memory
     * does not grow with the input. Here the input never ends until the test says so.
     */
    @Test
    void theReaderStopsReading_whenTheWindowIsFull_howeverLongTheInput() throws Exception {
        byte[] line = (patients.get(0) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicLong served = new AtomicLong();
        AtomicBoolean end = new AtomicBoolean();
        InputStream endless = new InputStream() {
            private int pos;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (end.get()) {
                    return -1;
                }
                int n = Math.min(len, line.length - pos);
                System.arraycopy(line, pos, b, off, n);
                pos = (pos + n) % line.length;
                served.addAndGet(n);
                return n;
            }
        };
        CountDownLatch release = new CountDownLatch(1);
        AtomicLong written = new AtomicLong();
        OutputStream stuck = new OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                written.addAndGet(len);
            }
        };
        int window = 2;
        int batchLines = 10;
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err, true);
        ScreenPipeline pipeline = new ScreenPipeline(engine, TaperwiseJson.strict(), settings(2, batchLines, window),
                "in.jsonl");
        Thread run = new Thread(() -> pipeline.run(endless, stuck, errWriter,
                new ScreenProgress(errWriter, false, System::nanoTime, -1)));
        run.start();
        long before;
        do {
            before = served.get();
            Thread.sleep(1_000);
        } while (served.get() != before);
        // queued + with the writer + held by the reader while it waits, each a full batch, and the reader's buffer
        long bound = (window + 3L) * batchLines * line.length + (1 << 16);
        assertTrue(served.get() <= bound, "the reader read " + served.get() + " bytes ahead; at most " + bound);
        end.set(true);
        release.countDown();
        run.join(120_000);
        assertTrue(written.get() > 0);
    }
}

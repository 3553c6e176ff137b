package org.taperwise.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taperwise.EvaluationException;
import org.taperwise.InvalidInputException;
import org.taperwise.Problem;
import org.taperwise.TaperwiseEngine;
import org.taperwise.ValidFacts;
import org.taperwise.json.ParsedPatient;
import org.taperwise.json.PatientJsonReader;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.Assessment;

/**
 * The {@code screen} pipeline: JSON Lines in, one assessment a line out, in input order, on every core, in flat
 * memory.
 *
 * <ul>
 *   <li>The <b>reader</b> thread only splits the input into lines and gathers them into batches
 *       ({@link Settings#batchLines()} lines, or fewer once they hold {@link Settings#batchBytes()}); it submits each
 *       batch to the worker pool and puts the batch's future on the in-flight queue, in input order.</li>
 *   <li>Each of {@link Settings#threads()} <b>workers</b> takes a whole batch: decodes, parses, evaluates (one shared
 *       engine) and serialises every line to UTF-8 bytes, and counts what it saw. A bad line becomes a message with
 *       its line number; the other lines of the batch are unaffected.</li>
 *   <li>The <b>writer</b> (the calling thread) takes the futures off the in-flight queue in order and waits for each:
 *       batches are written in input order however the workers finish. It alone writes the output, the bad-line
 *       messages (so they come in line order) and the progress line.</li>
 * </ul>
 *
 * The in-flight queue holds at most {@link Settings#window()} batches; the reader blocks when it is full. So at most
 * {@code window + 2} batches exist at any time (queued, being worked on, or waiting to be written), whatever the
 * size of the input, and no line is held anywhere else.
 */
final class ScreenPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenPipeline.class);
    private static final long POLL_MILLIS = 200;

    /**
     * How the work is divided.
     *
     * @param threads      workers evaluating batches
     * @param batchLines   lines a worker takes at a time
     * @param batchBytes   a batch is complete once its lines hold this many bytes, even with fewer lines
     * @param maxLineBytes a longer line is reported as bad without being held in memory
     * @param window       batches submitted but not yet written, at most
     */
    record Settings(int threads, int batchLines, int batchBytes, int maxLineBytes, int window) {
        static final int DEFAULT_BATCH_LINES = 512;
        static final int DEFAULT_BATCH_BYTES = 1 << 20;
        static final int DEFAULT_MAX_LINE_BYTES = 8 << 20;

        Settings {
            if (threads < 1 || batchLines < 1 || batchBytes < 1 || maxLineBytes < 1 || window < 1) {
                throw new IllegalArgumentException("every setting must be 1 or more: threads " + threads + ", batch "
                        + batchLines + " lines / " + batchBytes + " bytes, line " + maxLineBytes + " bytes, window "
                        + window);
            }
        }

        /** The defaults for this many threads: 512-line batches, up to four batches a worker in flight. */
        static Settings of(int threads, int batchLines) {
            return of(threads, batchLines, DEFAULT_MAX_LINE_BYTES);
        }

        /** As {@link #of(int, int)}, with the longest line accepted. */
        static Settings of(int threads, int batchLines, int maxLineBytes) {
            return new Settings(threads, batchLines, DEFAULT_BATCH_BYTES, maxLineBytes, Math.max(4, 4 * threads));
        }
    }

    /** Why a run stopped before the end of the input. */
    enum Failure {
        /** The input could not be read to the end. */
        INPUT,
        /** The output could not be written. */
        OUTPUT,
        /** Something broke inside the command itself. */
        INTERNAL
    }

    /**
     * What a run did.
     *
     * @param tally   what was counted over the batches written
     * @param seconds from the start of the run to its end
     * @param failure null when the whole input was screened
     * @param cause   what went wrong, or null
     * @param line    the lines read before an input failure
     */
    record Outcome(ScreenTally tally, double seconds, Failure failure, Throwable cause, long line) {
    }

    /** One batch, done: its output lines, its bad-line messages and its counts. */
    private record BatchResult(byte[] output, List<String> errors, ScreenTally tally, long inputBytes) {
    }

    /** The reader could not read the input; {@code lines} lines had been read. */
    private static final class InputFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final long lines;

        InputFailure(long lines, IOException cause) {
            super(cause);
            this.lines = lines;
        }
    }

    private static final BatchResult END_OF_INPUT = new BatchResult(new byte[0], List.of(), new ScreenTally(), 0);
    private static final Future<BatchResult> END = CompletableFuture.completedFuture(END_OF_INPUT);

    private final TaperwiseEngine engine;
    private final PatientJsonReader reader;
    private final Settings settings;
    private final String inputName;

    /**
     * @param engine    shared by every worker
     * @param reader    reads each line: strict, or lenient about fields the contract does not define
     * @param inputName names the input in bad-line messages ({@code cohort.jsonl line 12: ...})
     */
    ScreenPipeline(TaperwiseEngine engine, PatientJsonReader reader, Settings settings, String inputName) {
        this.engine = engine;
        this.reader = reader;
        this.settings = settings;
        this.inputName = inputName;
    }

    /**
     * Screens {@code in} to {@code out}: returns when the input is exhausted or the run fails. Neither stream is
     * closed; {@code out} is flushed. Bad lines are reported on {@code err} as they are written past.
     */
    Outcome run(InputStream in, OutputStream out, PrintWriter err, ScreenProgress progress) {
        ExecutorService workers = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0L,
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), daemons("taperwise-screen-worker-"));
        BlockingQueue<Future<BatchResult>> inFlight = new ArrayBlockingQueue<>(settings.window());
        AtomicLong linesRead = new AtomicLong();
        Thread reader = daemons("taperwise-screen-reader-").newThread(() -> read(in, inFlight, workers, linesRead));
        ScreenTally total = new ScreenTally();
        long[] bytesDone = {0};   // input bytes of the batches written: the share of the input done
        Runnable tick = () -> progress.update(total.read(), bytesDone[0]);
        reader.start();
        try {
            while (true) {
                Future<BatchResult> next;
                while ((next = inFlight.poll(POLL_MILLIS, TimeUnit.MILLISECONDS)) == null) {
                    tick.run();
                }
                BatchResult batch = await(next, tick);
                if (batch == END_OF_INPUT) {
                    break;
                }
                if (!batch.errors().isEmpty()) {
                    progress.clear();
                    for (String message : batch.errors()) {
                        err.println(message);
                    }
                }
                try {
                    out.write(batch.output());
                } catch (IOException e) {
                    return new Outcome(total, progress.elapsedSeconds(), Failure.OUTPUT, e, linesRead.get());
                }
                total.add(batch.tally());
                bytesDone[0] += batch.inputBytes();
                tick.run();
            }
            try {
                out.flush();
            } catch (IOException e) {
                return new Outcome(total, progress.elapsedSeconds(), Failure.OUTPUT, e, linesRead.get());
            }
            return new Outcome(total, progress.elapsedSeconds(), null, null, linesRead.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InputFailure f) {
                return new Outcome(total, progress.elapsedSeconds(), Failure.INPUT, f.getCause(), f.lines);
            }
            return new Outcome(total, progress.elapsedSeconds(), Failure.INTERNAL, e.getCause(), linesRead.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(total, progress.elapsedSeconds(), Failure.INTERNAL, e, linesRead.get());
        } finally {
            progress.clear();
            reader.interrupt();
            workers.shutdownNow();
        }
    }

    /** The batch, once done; {@code tick} runs while it is not. */
    private static BatchResult await(Future<BatchResult> f, Runnable tick)
            throws ExecutionException, InterruptedException {
        while (true) {
            try {
                return f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                tick.run();
            }
        }
    }

    // ---- the reader thread ----

    private void read(InputStream in, BlockingQueue<Future<BatchResult>> inFlight, ExecutorService workers,
            AtomicLong linesRead) {
        LineBatch.Builder lines = new LineBatch.Builder(settings.batchLines(), settings.batchBytes(),
                settings.maxLineBytes());
        byte[] chunk = new byte[1 << 16];
        try {
            try {
                int n;
                while ((n = in.read(chunk)) != -1) {
                    int pos = 0;
                    while (pos < n) {
                        int lf = indexOfLineFeed(chunk, pos, n);
                        if (lf < 0) {
                            lines.append(chunk, pos, n - pos);
                            break;
                        }
                        lines.append(chunk, pos, lf - pos);
                        lines.endLine();
                        pos = lf + 1;
                        if (lines.full()) {
                            submit(lines.take(), inFlight, workers, linesRead);
                        }
                    }
                }
                if (lines.lineOpen()) {
                    lines.endLine();
                }
                if (!lines.isEmpty()) {
                    submit(lines.take(), inFlight, workers, linesRead);
                }
                inFlight.put(END);
            } catch (IOException e) {
                // the complete lines read so far are still screened; a line cut short by the failure is not
                lines.dropOpenLine();
                if (!lines.isEmpty()) {
                    submit(lines.take(), inFlight, workers, linesRead);
                }
                inFlight.put(CompletableFuture.failedFuture(new InputFailure(linesRead.get(), e)));
            } catch (RuntimeException | Error e) {
                inFlight.put(CompletableFuture.failedFuture(e));
            }
        } catch (InterruptedException e) {
            // the writer has stopped: nothing more is wanted
            Thread.currentThread().interrupt();
        }
    }

    private void submit(LineBatch batch, BlockingQueue<Future<BatchResult>> inFlight, ExecutorService workers,
            AtomicLong linesRead) throws InterruptedException {
        inFlight.put(workers.submit(() -> process(batch)));
        linesRead.addAndGet(batch.size());
    }

    private static int indexOfLineFeed(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    // ---- a worker: one batch ----

    private BatchResult process(LineBatch batch) {
        ScreenTally tally = new ScreenTally();
        List<String> errors = new ArrayList<>(0);
        Bytes out = new Bytes(Math.max(1024, batch.data().length * 2));   // an assessment is ~1-3x a patient
        byte[] data = batch.data();
        for (int i = 0; i < batch.size(); i++) {
            long line = batch.firstLine() + i;
            if (batch.tooLong(i)) {
                tally.bad++;
                errors.add(where(line) + "longer than " + settings.maxLineBytes() + " bytes (expected one patient"
                        + " object a line, at most --max-line-bytes)");
                continue;
            }
            int start = batch.start(i);
            int length = batch.end(i) - start;
            // a good line in plain ASCII is read straight from its bytes; any other is read as text, which is checked
            // and whose problems are reported
            ValidFacts good = reader.readGoodPatient(data, start, length);
            String text = null;
            if (good == null) {
                text = new String(data, start, length, StandardCharsets.UTF_8);
                if (text.indexOf('\uFFFD') >= 0 || text.indexOf('\0') >= 0) {
                    // a replacement character (in the input, or standing for bytes that are not UTF-8), or a NUL byte
                    String wrong = InputFiles.encodingProblem(data, start, length);
                    if (wrong != null) {
                        tally.bad++;
                        errors.add(where(line) + wrong);
                        continue;
                    }
                }
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    tally.blank++;
                    continue;
                }
            }
            try {
                Assessment a = good != null ? engine.evaluate(good) : evaluate(reader.readPatient(text));
                int mark = out.size();
                try {
                    TaperwiseJson.write(a, out);   // UTF-8 straight into the batch's bytes
                } catch (RuntimeException e) {
                    out.truncate(mark);   // nothing of a line that failed is written
                    throw e;
                }
                out.write('\n');
                tally.count(a);
            } catch (InvalidInputException e) {
                tally.bad++;
                for (Problem p : e.problems()) {
                    errors.add(where(line) + describe(p));
                }
            } catch (EvaluationException e) {
                tally.bad++;
                errors.add(where(line) + "evaluation failed: " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                // not a documented failure: the exception's message might quote patient data, so only at DEBUG
                LOG.debug("line {}: evaluation failed", line, e);
                tally.bad++;
                errors.add(where(line) + "evaluation failed: internal error " + e.getClass().getName()
                        + " (details in the DEBUG log)");
            }
        }
        return new BatchResult(out.toByteArray(), errors, tally, batch.inputBytes());
    }

    private Assessment evaluate(ParsedPatient patient) {
        return engine.evaluate(patient.facts()).withWarningsBefore(patient.warnings());
    }

    /** A batch's output: bytes that can be cut back to a mark. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes(int size) {
            super(size);
        }

        void truncate(int size) {
            count = size;
        }
    }

    private String where(long line) {
        return inputName + " line " + line + ": ";
    }

    /** A problem as {@code path: value (expected ...)}; a line's JSON is always one line, so no line number in it. */
    private static String describe(Problem p) {
        String value = p.value().replace("malformed JSON at line 1, column ", "malformed JSON at column ");
        return (p.path().isEmpty() ? "" : p.path() + ": ") + value + " (expected " + p.expected() + ")";
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

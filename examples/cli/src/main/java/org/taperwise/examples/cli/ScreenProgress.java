package org.taperwise.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The progress line of {@code screen} on stderr: patients done, patients a second over the last interval and, when
 * the input's size is known, the share of it done and the time left at that rate. On a terminal the line is rewritten in place ({@code \r}) about once
 * a second; otherwise (a log file, a pipe) a plain line is printed about every five seconds. Only the writer thread
 * calls it. Time comes from the given clock, never the wall clock, so tests can drive it.
 */
final class ScreenProgress {
    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long totalBytes;
    private final long intervalNanos;
    private final long started;
    private long lastPrinted;
    private long lastPatients;
    private long lastBytes;
    private int pendingWidth;

    /**
     * @param terminal   stderr is a terminal: rewrite one line in place
     * @param nanoTime   the clock, {@code System::nanoTime} outside tests
     * @param totalBytes the input's size in bytes, or a negative number when unknown (standard input)
     */
    ScreenProgress(PrintWriter err, boolean terminal, LongSupplier nanoTime, long totalBytes) {
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.totalBytes = totalBytes;
        this.intervalNanos = TimeUnit.SECONDS.toNanos(terminal ? 1 : 5);
        this.started = nanoTime.getAsLong();
        this.lastPrinted = started;
    }

    /** Seconds since this progress started. */
    double elapsedSeconds() {
        return (nanoTime.getAsLong() - started) / 1e9;
    }

    /**
     * Prints the progress line if the interval has passed since the last one.
     *
     * @param patients  patient lines done (written or reported bad)
     * @param bytesDone bytes of the input those lines (and any blank lines among them) took
     */
    void update(long patients, long bytesDone) {
        long now = nanoTime.getAsLong();
        if (now - lastPrinted < intervalNanos) {
            return;
        }
        String line = line(patients - lastPatients, bytesDone, bytesDone - lastBytes, (now - lastPrinted) / 1e9,
                patients);
        lastPrinted = now;
        lastPatients = patients;
        lastBytes = bytesDone;
        if (terminal) {
            String padded = line.length() < pendingWidth ? line + " ".repeat(pendingWidth - line.length()) : line;
            err.print("\r" + padded);
            pendingWidth = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Clears a line left in place on a terminal, so that the next message starts at the left margin. */
    void clear() {
        if (pendingWidth > 0) {
            err.print("\r" + " ".repeat(pendingWidth) + "\r");
            err.flush();
            pendingWidth = 0;
        }
    }

    /**
     * The progress line, e.g. {@code screen: 120000 patients, 4810/s, 61% done, about 25 s left}: the rate and the
     * time left are those of the last interval, so that the JIT's warm-up does not distort them for the whole run.
     *
     * @param recentPatients patients done in the last interval, which lasted {@code seconds}
     * @param bytesDone      input bytes done so far
     * @param recentBytes    input bytes done in the last interval
     * @param patients       patients done so far
     */
    String line(long recentPatients, long bytesDone, long recentBytes, double seconds, long patients) {
        StringBuilder sb = new StringBuilder("screen: ").append(patients).append(" patients");
        if (seconds > 0) {
            sb.append(String.format(Locale.ROOT, ", %.0f/s", recentPatients / seconds));
        }
        if (totalBytes > 0) {
            double done = Math.min(1.0, (double) bytesDone / totalBytes);
            sb.append(String.format(Locale.ROOT, ", %.0f%% done", 100 * done));
            if (recentBytes > 0 && seconds > 0) {
                double left = Math.max(0, totalBytes - bytesDone) / (recentBytes / seconds);
                sb.append(", about ").append(duration(left)).append(" left");
            }
        }
        return sb.toString();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}

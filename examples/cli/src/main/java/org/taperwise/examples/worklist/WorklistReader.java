package org.taperwise.examples.worklist;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Reads JSON Lines of assessments into a {@link Worklist}, one line at a time, as {@code screen} reads patients:
 * UTF-8 (a byte-order mark at the start allowed), a carriage return before the line feed dropped, blank lines
 * ignored, a line longer than the limit reported as bad without being held in memory. A line that is not an
 * assessment the worklist can use is reported with its line number and each problem (naming the field, never
 * quoting the line), counted and skipped; the other lines are read on.
 */
public final class WorklistReader {
    /** The longest line accepted by default, in bytes: {@code screen}'s limit for one patient. */
    public static final int DEFAULT_MAX_LINE_BYTES = 8 << 20;

    private final Worklist into;
    private final int maxLineBytes;
    private final String inputName;
    private final Consumer<String> report;
    private byte[] line = new byte[1 << 14];
    private int size;
    private boolean tooLong;
    private long number;

    /**
     * @param inputName names the input in messages ({@code assessments.jsonl line 12: ...})
     * @param report    receives one message a problem, in line order
     */
    public WorklistReader(Worklist into, int maxLineBytes, String inputName, Consumer<String> report) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes " + maxLineBytes);
        }
        this.into = into;
        this.maxLineBytes = maxLineBytes;
        this.inputName = inputName;
        this.report = report;
    }

    /** Reads {@code in} to its end (not closing it); throws when it cannot be read, after {@link #lines()} lines. */
    public void read(InputStream in) throws IOException {
        byte[] chunk = new byte[1 << 16];
        int n;
        boolean open = false;
        while ((n = in.read(chunk)) != -1) {
            int pos = 0;
            while (pos < n) {
                int lf = pos;
                while (lf < n && chunk[lf] != '\n') {
                    lf++;
                }
                append(chunk, pos, lf - pos);
                open = true;
                if (lf == n) {
                    break;
                }
                endLine();
                open = false;
                pos = lf + 1;
            }
        }
        if (open) {
            endLine();
        }
    }

    /** Lines read so far. */
    public long lines() {
        return number;
    }

    private void append(byte[] b, int off, int len) {
        if (tooLong || len == 0) {
            return;
        }
        if (size + len > maxLineBytes) {
            tooLong = true;
            return;
        }
        if (size + len > line.length) {
            line = Arrays.copyOf(line, Math.max(size + len, Math.min(maxLineBytes, line.length * 2)));
        }
        System.arraycopy(b, off, line, size, len);
        size += len;
    }

    private void endLine() {
        number++;
        try {
            if (tooLong) {
                into.bad(number);
                report.accept(where() + "longer than " + maxLineBytes + " bytes (expected one assessment a line, at"
                        + " most --max-line-bytes)");
                return;
            }
            int start = 0;
            int end = size;
            if (end > 0 && line[end - 1] == '\r') {
                end--;
            }
            if (number == 1 && end >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
                start = 3;
            }
            if (blank(start, end)) {
                into.blank();
                return;
            }
            try {
                into.add(AssessmentReader.read(line, start, end - start), number);
            } catch (BadAssessment e) {
                into.bad(number);
                for (String problem : e.problems()) {
                    report.accept(where() + problem);
                }
            }
        } finally {
            size = 0;
            tooLong = false;
            if (line.length > 1 << 20) {
                line = new byte[1 << 14];   // one long line does not keep a large buffer
            }
        }
    }

    private boolean blank(int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private String where() {
        return inputName + " line " + number + ": ";
    }
}

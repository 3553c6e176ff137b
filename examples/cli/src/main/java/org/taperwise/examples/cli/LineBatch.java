package org.taperwise.examples.cli;

import java.util.Arrays;

/**
 * Consecutive raw lines of a JSON Lines input, as bytes, without their line ends: made by the reader, handed whole to
 * one worker. Line {@code i} of the batch is line {@code firstLine + i} of the input and occupies
 * {@code data[start(i), end(i))} (the array may be longer than the lines); a line longer than the limit is kept only as a mark ({@link #tooLong(int)}).
 */
final class LineBatch {
    private final long sequence;
    private final long firstLine;
    private final byte[] data;
    private final int[] starts;
    private final int[] ends;
    private final int count;
    private final long inputBytes;

    private LineBatch(long sequence, long firstLine, byte[] data, int[] starts, int[] ends, int count,
            long inputBytes) {
        this.inputBytes = inputBytes;
        this.sequence = sequence;
        this.firstLine = firstLine;
        this.data = data;
        this.starts = starts;
        this.ends = ends;
        this.count = count;
    }

    /** 0 for the first batch of the input, then 1, 2, ... */
    long sequence() {
        return sequence;
    }

    /** The input line number (from 1) of the batch's first line. */
    long firstLine() {
        return firstLine;
    }

    int size() {
        return count;
    }

    /** How many bytes of the input the batch's lines took, line ends and the bytes of too-long lines included. */
    long inputBytes() {
        return inputBytes;
    }

    byte[] data() {
        return data;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Whether line {@code i} was longer than the limit: its bytes were not kept. */
    boolean tooLong(int i) {
        return starts[i] < 0;
    }

    /**
     * Collects lines into batches of at most {@code maxLines} lines; a batch is also complete once its lines hold
     * {@code maxBytes} bytes or more. One line's bytes may arrive in several pieces.
     */
    static final class Builder {
        private final int maxLines;
        private final int maxBytes;
        private final int maxLineBytes;
        private long sequence;
        private long firstLine;
        private byte[] data;
        private int[] starts;
        private int[] ends;
        private int count;
        private int size;
        private int lineStart;
        private boolean lineOpen;
        private boolean lineTooLong;
        private long inputBytes;
        /** The size of the last batch taken: the next is likely to need as much. */
        private int lastSize;

        Builder(int maxLines, int maxBytes, int maxLineBytes) {
            this.maxLines = maxLines;
            this.maxBytes = maxBytes;
            this.maxLineBytes = maxLineBytes;
            this.firstLine = 1;
            reset();
        }

        private void reset() {
            data = new byte[Math.max(Math.min(maxBytes, 1 << 16), lastSize + (lastSize >> 3))];
            starts = new int[maxLines];
            ends = new int[maxLines];
            count = 0;
            size = 0;
        }

        /** Adds bytes to the current line. */
        void append(byte[] bytes, int offset, int length) {
            lineOpen = true;
            inputBytes += length;
            if (lineTooLong || length == 0) {
                return;
            }
            if (size - lineStart + length > maxLineBytes) {
                lineTooLong = true;
                size = lineStart;
                return;
            }
            if (size + length > data.length) {
                data = Arrays.copyOf(data, Math.max(size + length, data.length * 2));
            }
            System.arraycopy(bytes, offset, data, size, length);
            size += length;
        }

        /** Ends the current line (dropping a carriage return before the line feed); it may be empty. */
        void endLine() {
            if (lineTooLong) {
                starts[count] = -1;
                ends[count] = -1;
            } else {
                if (size > lineStart && data[size - 1] == '\r') {
                    size--;
                }
                starts[count] = lineStart;
                ends[count] = size;
            }
            count++;
            inputBytes++;   // the line feed
            lineStart = size;
            lineOpen = false;
            lineTooLong = false;
        }

        /** Forgets the bytes added since the last {@link #endLine()}. */
        void dropOpenLine() {
            inputBytes -= size - lineStart;
            size = lineStart;
            lineOpen = false;
            lineTooLong = false;
        }

        /** Whether bytes have been added since the last {@link #endLine()}. */
        boolean lineOpen() {
            return lineOpen;
        }

        boolean full() {
            return count == maxLines || size >= maxBytes;
        }

        boolean isEmpty() {
            return count == 0;
        }

        /** The complete lines so far as a batch; the builder starts the next batch. */
        LineBatch take() {
            if (lineOpen) {
                throw new IllegalStateException("a line is still open");
            }
            LineBatch b = new LineBatch(sequence++, firstLine, data, starts, ends, count, inputBytes);
            lastSize = size;
            firstLine += count;
            inputBytes = 0;
            lineStart = 0;
            reset();
            return b;
        }
    }
}

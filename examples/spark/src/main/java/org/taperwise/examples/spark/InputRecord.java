package org.taperwise.examples.spark;

import java.io.Serializable;

/**
 * One patient as read, before evaluation: where it came from and its JSON (contract section 1), or why it could
 * not be read.
 *
 * @param source   the file it was read from, as Hadoop names it ({@code file:/data/cohort.jsonl})
 * @param position its line (JSON Lines) or row (Parquet) in that file, counted from 1
 * @param unit     {@code line} or {@code row}: what {@code position} counts
 * @param json     the patient's JSON, or null when it could not be read
 * @param problem  why it could not be read (encoding, length), or null
 */
record InputRecord(String source, long position, String unit, String json, String problem) implements Serializable {
    private static final long serialVersionUID = 1L;

    static InputRecord line(String source, long line, String json) {
        return new InputRecord(source, line, "line", json, null);
    }

    static InputRecord bad(String source, long line, String problem) {
        return new InputRecord(source, line, "line", null, problem);
    }

    static InputRecord row(String source, long row, String json) {
        return new InputRecord(source, row, "row", json, null);
    }

    /** {@code file:/data/cohort.jsonl line 12: }, the prefix of each of its messages. */
    String where() {
        return source + " " + unit + " " + position + ": ";
    }
}

package org.taperwise.evaluation;

import java.math.BigDecimal;

/**
 * The range every numeric input must lie in (contract section 1, "Ranges"), checked before any arithmetic. They are
 * limits of plausibility for a record, not clinical thresholds: wide enough for any real prescription, narrow
 * enough that no value can make the arithmetic overflow, hang or build a huge message (a dose of 1e999999999 used
 * to hang the engine).
 *
 * @param name what the value is, for the message
 * @param max  the largest value allowed; the smallest is {@link #MIN} (0.0001: below any real strength, dose or
 *             count, and above the values such as 1e-999999999 that made the arithmetic crawl)
 */
record InputRanges(String name, BigDecimal max) {
    /** The smallest value any of these inputs may have. */
    static final BigDecimal MIN = new BigDecimal("0.0001");

    /** A strength: mg or microgram per unit, mg/ml, or microgram/hour. */
    static final InputRanges STRENGTH = new InputRanges("strength", BigDecimal.valueOf(100_000));
    /** One dose in units (tablets, capsules, patches worn at once). */
    static final InputRanges DOSE_UNITS = new InputRanges("dose in units", BigDecimal.valueOf(100));
    /** One dose in mg, microgram or ml. */
    static final InputRanges DOSE_AMOUNT = new InputRanges("dose", BigDecimal.valueOf(100_000));
    /** Administrations a day. */
    static final InputRanges TIMES_PER_DAY = new InputRanges("administrations a day", BigDecimal.valueOf(24));
    /** Days between patch changes. */
    static final InputRanges CHANGE_EVERY_DAYS = new InputRanges("days between patch changes", BigDecimal.valueOf(31));
    /** Units or ml issued at once. */
    static final InputRanges QUANTITY = new InputRanges("quantity", BigDecimal.valueOf(100_000));
    /** A daily oral morphine equivalent (taperRequest.startingDailyMme). */
    static final InputRanges DAILY_MME = new InputRanges("mg oral morphine a day", BigDecimal.valueOf(100_000));
    /** Days an issue lasts. */
    static final InputRanges DAYS_SUPPLY = new InputRanges("days supply", BigDecimal.valueOf(3650));

    /** The most characters of any text of a record: an id, a medicine name, a code, a system, a policy. */
    static final int MAX_TEXT = 1_000;
    /** The most prescription issues one patient record may hold. */
    static final int MAX_PRESCRIPTIONS = 10_000;
    /** The most entries of any other list of a record: conditions, assessments, codings, a taper order. */
    static final int MAX_LIST = 1_000;

    /** What a value in range looks like, for the message. */
    String expected() {
        return "a number from " + MIN.toPlainString() + " to " + max.toPlainString() + " (" + name + ")";
    }

    boolean contains(BigDecimal v) {
        return v.compareTo(MIN) >= 0 && v.compareTo(max) <= 0;
    }

    /** A number as a message shows it: see {@link org.taperwise.Problem#number}. */
    static String show(BigDecimal v) {
        return org.taperwise.Problem.number(v);
    }
}

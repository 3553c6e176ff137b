package org.taperwise.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.taperwise.model.Assessment;
import org.taperwise.model.EligibilityStatus;
import org.taperwise.model.Flag;
import org.taperwise.model.FlagCode;
import org.taperwise.model.TaperStatus;

/**
 * What {@code screen} counted: lines, assessments by eligibility status, flag and taper status. A worker fills one per
 * batch; the writer adds them up. Not thread-safe.
 */
final class ScreenTally {
    private static final EligibilityStatus[] STATUSES = EligibilityStatus.values();
    private static final FlagCode[] FLAGS = FlagCode.values();
    private static final TaperStatus[] TAPERS = TaperStatus.values();

    long assessed;
    long bad;
    long blank;
    private final long[] eligibility = new long[STATUSES.length];
    private final long[] flags = new long[FLAGS.length];
    /** By taper status; the last slot counts assessments without a taper. */
    private final long[] taper = new long[TAPERS.length + 1];

    /** Counts one assessment: its eligibility status, each flag code it carries (once), its taper status. */
    void count(Assessment a) {
        assessed++;
        eligibility[a.eligibility().status().ordinal()]++;
        long seen = 0;
        for (Flag f : a.flags()) {
            long bit = 1L << f.code().ordinal();
            if ((seen & bit) == 0) {
                seen |= bit;
                flags[f.code().ordinal()]++;
            }
        }
        taper[a.taper() == null ? TAPERS.length : a.taper().status().ordinal()]++;
    }

    void add(ScreenTally other) {
        assessed += other.assessed;
        bad += other.bad;
        blank += other.blank;
        for (int i = 0; i < eligibility.length; i++) {
            eligibility[i] += other.eligibility[i];
        }
        for (int i = 0; i < flags.length; i++) {
            flags[i] += other.flags[i];
        }
        for (int i = 0; i < taper.length; i++) {
            taper[i] += other.taper[i];
        }
    }

    /** Patient lines read: every line that was not blank, assessed or bad. */
    long read() {
        return assessed + bad;
    }

    long eligibility(EligibilityStatus status) {
        return eligibility[status.ordinal()];
    }

    long taper(TaperStatus status) {
        return taper[status.ordinal()];
    }

    /**
     * The summary, one count a line, every code listed (0 included) so that scripts can read it:
     *
     * <pre>
     * taperwise screen: 2000 patients read, 1998 assessed, 2 bad lines, 1 blank line in 1.4 s (1429 patients/s)
     * eligibility status
     *   ELIGIBLE                         1203
     * ...
     * </pre>
     */
    void print(PrintWriter err, double seconds) {
        err.printf(Locale.ROOT, "taperwise screen: %d patients read, %d assessed, %d bad line%s, %d blank line%s"
                + " in %.1f s (%.0f patients/s)%n", read(), assessed, bad, bad == 1 ? "" : "s", blank,
                blank == 1 ? "" : "s", seconds, seconds > 0 ? read() / seconds : 0.0);
        err.println("eligibility status");
        for (EligibilityStatus s : STATUSES) {
            row(err, s.code(), eligibility[s.ordinal()]);
        }
        err.println("flags (assessments carrying the flag)");
        for (FlagCode f : FLAGS) {
            row(err, f.code(), flags[f.ordinal()]);
        }
        err.println("taper status");
        for (TaperStatus t : TAPERS) {
            row(err, t.code(), taper[t.ordinal()]);
        }
        if (taper[TAPERS.length] > 0) {
            row(err, "(no taper)", taper[TAPERS.length]);
        }
    }

    private static void row(PrintWriter err, String code, long n) {
        err.printf(Locale.ROOT, "  %-30s %10d%n", code, n);
    }
}

package org.taperwise.taper;

import java.util.function.Predicate;

/**
 * How a daily amount is split across the day: as many administrations as allowed, in at most two sizes (the smaller
 * ones first, so the evening dose is never smaller than the morning's) with the smallest difference between them;
 * as-needed doses all the same size. After a previous dose, no administration is larger than the same administration
 * was, the last administrations of the day lining up (when one is dropped, it is the morning's).
 */
final class DaySplit {
    private DaySplit() {
    }

    /**
     * Tablets: the daily amount as administrations that each hold an amount listed in {@code listed} (ascending);
     * null when no split exists.
     *
     * @param admins   the most administrations a day
     * @param bound    the administrations of the previous dose (morning first), or null for no bound
     * @param sameSize as-needed: every administration the same size
     */
    static long[] ofListed(long daily, int admins, long[] bound, long[] listed, boolean sameSize) {
        return ofListed(daily, admins, 1, bound, listed, sameSize);
    }

    /**
     * As {@link #ofListed(long, int, long[], long[], boolean)}, with at least {@code least} administrations: a
     * product made to be taken a set number of times a day (a 12-hourly tablet) keeps that number to the end.
     */
    static long[] ofListed(long daily, int admins, int least, long[] bound, long[] listed, boolean sameSize) {
        return ofListed(daily, admins, least, bound, listed, sameSize, null);
    }

    /**
     * As {@link #ofListed(long, int, int, long[], long[], boolean)}, keeping only splits that {@code joint} accepts
     * as a whole (at most so many strengths in the day's doses); null accepts any.
     */
    static long[] ofListed(long daily, int admins, int least, long[] bound, long[] listed, boolean sameSize,
            Predicate<long[]> joint) {
        return ofListed(daily, admins, least, bound, ListedAmounts.of(listed), sameSize, joint);
    }

    /** As {@link #ofListed(long, int, int, long[], long[], boolean, Predicate)}, the amounts already indexed. */
    static long[] ofListed(long daily, int admins, int least, long[] bound, ListedAmounts listed, boolean sameSize,
            Predicate<long[]> joint) {
        return split(daily, admins, least, bound, listed, 0, 0, sameSize, joint);
    }

    /**
     * Solutions: the daily amount as administrations that are each a multiple of {@code step} and at most
     * {@code cap}; null when no split exists. The other parameters are as for {@link #ofListed}.
     */
    static long[] ofMultiples(long daily, int admins, long[] bound, long step, long cap, boolean sameSize) {
        return split(daily, admins, 1, bound, null, step, cap, sameSize, null);
    }

    /**
     * The daily amount as {@code k} administrations of a and the rest of b (a &lt; b, the larger ones last), with
     * as many administrations as possible (at most {@code admins}) and the smallest difference between them; each
     * amount is one of {@code listed} (tablets) or a multiple of {@code step} at most {@code cap} (solutions), and
     * stays within {@code bound}. Null when no split exists.
     *
     * @param listed tablets: the amounts one administration can hold; null for solutions
     */
    private static long[] split(long daily, int admins, int least, long[] bound, ListedAmounts listed, long step,
            long cap, boolean sameSize, Predicate<long[]> joint) {
        for (int n = admins; n >= Math.max(1, least); n--) {
            long[] best = null;
            long bestSpread = Long.MAX_VALUE;
            long most = daily / n;
            // the candidate smaller amounts, ascending: listed amounts up to most, or multiples of step (each allowed)
            int count = listed != null ? listed.atMost(most) : (int) (Math.min(most, cap) / step);
            for (int j = 0; j < count; j++) {
                long lo = listed != null ? listed.ascending()[j] : (j + 1) * step;
                for (int k = n; k >= (sameSize ? n : 1); k--) {
                    long rest = daily - k * lo;
                    long hi;
                    if (k == n) {
                        if (rest != 0) {
                            continue;
                        }
                        hi = lo;
                    } else {
                        if (rest % (n - k) != 0) {
                            continue;
                        }
                        hi = rest / (n - k);
                        if (hi <= lo || hi - lo >= bestSpread || !allowed(hi, listed, step, cap)) {
                            continue;
                        }
                    }
                    if (hi - lo >= bestSpread) {
                        continue;
                    }
                    long[] parts = new long[n];
                    for (int i = 0; i < n; i++) {
                        parts[i] = i < k ? lo : hi;
                    }
                    if (within(parts, bound) && (joint == null || joint.test(parts))) {
                        best = parts;
                        bestSpread = hi - lo;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** Whether one administration may hold {@code v}: a listed amount, or a multiple of step at most cap. */
    private static boolean allowed(long v, ListedAmounts listed, long step, long cap) {
        return listed != null ? listed.contains(v) : v % step == 0 && v <= cap;
    }

    /** Whether no administration is larger than the same one of {@code bound}, the last ones of the day lining up. */
    private static boolean within(long[] parts, long[] bound) {
        if (bound == null) {
            return true;
        }
        int offset = bound.length - parts.length;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] > bound[offset + i]) {
                return false;
            }
        }
        return true;
    }
}

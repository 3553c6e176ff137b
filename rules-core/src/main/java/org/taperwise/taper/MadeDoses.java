package org.taperwise.taper;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The doses one regimen's {@link ProductCombinations#make} has already answered, by the previous dose's
 * administrations (the bound) and the daily amount: a plan's searches ({@link ProductCombinations#nearest}, {@link
 * ProductCombinations#nextLower}, the step planner's largest cut within a limit) ask the same amounts after the same
 * dose again and again, and each answer is a search of its own ({@link DaySplit}). An answer depends only on the
 * bound, the amount and the products, so a repeated question gets the same (unchanged) dose back. One regimen's, on
 * one thread; dropped with it.
 */
final class MadeDoses {
    /** The answer "not makeable", as held. */
    static final Dose NOT_MADE = new Dose(-1, new long[0], false);

    private final Map<Bound, Map<Long, Dose>> byBound = new HashMap<>();
    /** The bound asked last (the searches ask many amounts after one dose), and its answers. */
    private long[] lastBound;
    private Map<Long, Dose> last;

    /** The administrations of a previous dose, compared by value. */
    private record Bound(long[] parts) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bound b && Arrays.equals(parts, b.parts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(parts);
        }
    }

    /** The answer held for the amount after {@code bound} (null: no bound): a dose, {@link #NOT_MADE}, or null. */
    Dose held(long[] bound, long daily) {
        return after(bound).get(daily);
    }

    /** Holds the answer for the amount after {@code bound} (made null: not makeable) and returns it. */
    Dose hold(long[] bound, long daily, Dose made) {
        after(bound).put(daily, made == null ? NOT_MADE : made);
        return made;
    }

    private Map<Long, Dose> after(long[] bound) {
        if (last == null || bound != lastBound) {
            last = byBound.computeIfAbsent(new Bound(bound), b -> new HashMap<>());
            lastBound = bound;
        }
        return last;
    }

    /** Forgets every answer (the products' limits changed). */
    void clear() {
        byBound.clear();
        lastBound = null;
        last = null;
    }
}

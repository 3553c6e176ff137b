package org.taperwise.taper;

import java.util.Arrays;

/**
 * The amounts one administration can hold (thousandths, ascending, no repeats), with a membership test that does
 * not search: {@link DaySplit} asks it for almost every pair of administrations it tries. The amounts are multiples
 * of their greatest common divisor, so a bit for each multiple up to the largest answers; a table too spread out
 * for that (more than {@link #MAX_BITS} multiples) is searched instead. Built once with its {@link UnitTables}
 * table and shared, never changed.
 */
final class ListedAmounts {
    /** The most multiples a table keeps a bit for (128 KiB of bits); past it, membership is a binary search. */
    static final int MAX_BITS = 1 << 20;

    private final long[] ascending;
    /** Every amount is a multiple of it; 0 when there are no amounts. */
    private final long step;
    /** Bit i: whether (i + 1) x step is an amount; null: search {@code ascending}. */
    private final long[] bits;

    private ListedAmounts(long[] ascending) {
        this.ascending = ascending;
        long g = 0;
        for (long v : ascending) {
            g = Thousandths.gcd(v, g);
        }
        this.step = g;
        long top = ascending.length == 0 ? 0 : ascending[ascending.length - 1];
        if (g <= 0 || ascending[0] <= 0 || top / g > MAX_BITS) {
            this.bits = null;
            return;
        }
        this.bits = new long[(int) ((top / g + 63) >>> 6)];
        for (long v : ascending) {
            int i = (int) (v / g - 1);
            bits[i >>> 6] |= 1L << i;
        }
    }

    /** @param ascending the amounts, ascending, without repeats; kept, not copied */
    static ListedAmounts of(long[] ascending) {
        return new ListedAmounts(ascending);
    }

    /** The amounts, ascending; shared, never changed. */
    long[] ascending() {
        return ascending;
    }

    /** Whether {@code v} is one of the amounts. */
    boolean contains(long v) {
        if (bits == null) {
            return Arrays.binarySearch(ascending, v) >= 0;
        }
        if (v <= 0 || v % step != 0) {
            return false;
        }
        long i = v / step - 1;
        return i < (long) bits.length << 6 && (bits[(int) (i >>> 6)] & 1L << i) != 0;
    }

    /** How many of the amounts are at most {@code most}. */
    int atMost(long most) {
        int i = Arrays.binarySearch(ascending, most);
        return i >= 0 ? i + 1 : -i - 1;
    }
}

package org.taperwise.taper;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Taper amounts are held in thousandths (of mg, of mg/ml, of ml, or of microgram/hour for patches), so that every
 * product strength (1.3 mg, 37.5 microgram/hour) is exact and doses add and compare as whole numbers.
 */
final class Thousandths {
    /** Thousandths in one unit; {@link #amount(long)} relies on it being 1000. */
    static final long SCALE = 1000;

    private Thousandths() {
    }

    /** The thousandths in an amount, rounded half up: 37.5 is 37500. */
    static long of(BigDecimal v) {
        return v.multiply(BigDecimal.valueOf(SCALE)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The amount of so many thousandths, exactly and without trailing zeros: 37500 is 37.5. */
    static BigDecimal amount(long milli) {
        return BigDecimal.valueOf(milli, 3).stripTrailingZeros(); // milli / SCALE, exactly
    }

    /** As {@code amount(milli).doubleValue()} (both are the double nearest milli / 1000), without the decimal. */
    static double value(long milli) {
        return milli / (double) SCALE;
    }

    /** The greatest common divisor of two non-negative amounts. */
    static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}

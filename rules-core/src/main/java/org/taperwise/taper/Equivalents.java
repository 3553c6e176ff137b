package org.taperwise.taper;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * One regimen's morphine equivalents by amount, each converted once ({@link Drug#mme}): a plan weighs the same doses
 * again and again (every search step, every note, every step's total), and a conversion is a walk of the profile's
 * rows in decimals. The amount fixes the row (the ingredient, route and unit are the regimen's), so a held answer is
 * the one a new conversion would give. One regimen's, on one thread; dropped with it.
 */
final class Equivalents {
    /**
     * @param mme    mg oral morphine a day; null when the profile gives no factor
     * @param weight {@code mme} as a double, or, without a factor, the amount itself (mg): what rate comparisons use
     */
    record Equivalent(BigDecimal mme, double weight) {
    }

    private final LongFunction<BigDecimal> convert;
    private final Map<Long, Equivalent> held = new HashMap<>();

    /** @param convert the equivalent of an amount (thousandths), null without a factor */
    Equivalents(LongFunction<BigDecimal> convert) {
        this.convert = convert;
    }

    /** The equivalent of an amount (thousandths), converted the first time it is asked. */
    Equivalent of(long milli) {
        Equivalent e = held.get(milli);
        if (e == null) {
            BigDecimal mme = convert.apply(milli);
            e = new Equivalent(mme, mme != null ? mme.doubleValue() : milli / (double) Thousandths.SCALE);
            held.put(milli, e);
        }
        return e;
    }
}

package org.taperwise.rules;

/**
 * A profile threshold with the comparison its guidance uses.
 *
 * @param value      the threshold
 * @param comparison {@link Comparison#ABOVE} or {@link Comparison#AT_OR_ABOVE}
 */
public record Threshold(double value, Comparison comparison) {
    /** Whether {@code amount} meets the threshold. */
    public boolean reachedBy(double amount) {
        return comparison == Comparison.ABOVE ? amount > value : amount >= value;
    }

    /** The threshold as guidance words it, with a unit: "above 120 mg", "at or above 90 mg". */
    public String describe(String unit) {
        return (comparison == Comparison.ABOVE ? "above " : "at or above ") + Text.num(value) + " " + unit;
    }
}

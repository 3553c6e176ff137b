package org.taperwise.model;

import java.math.BigDecimal;

/**
 * Strength per unit of the opioid (or co-medicine) ingredient: {@code 30 mg} for co-codamol 30/500,
 * {@code 2 mg/ml} for morphine 10 mg/5 ml oral solution, {@code 25 microgram/hour} for a fentanyl patch.
 */
public record Strength(BigDecimal value, StrengthUnit unit) {
    public static Strength of(double value, StrengthUnit unit) {
        return new Strength(BigDecimal.valueOf(value), unit);
    }
}

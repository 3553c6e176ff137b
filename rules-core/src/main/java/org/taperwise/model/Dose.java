package org.taperwise.model;

import java.math.BigDecimal;

/**
 * One administration: {@code 2 unit} (two tablets), {@code 10 mg} (overrides the tablet strength),
 * {@code 5 ml} of a solution, {@code 1 unit} (one patch).
 */
public record Dose(BigDecimal value, DoseUnit unit) {
    public static Dose of(double value, DoseUnit unit) {
        return new Dose(BigDecimal.valueOf(value), unit);
    }
}

package org.taperwise.evaluation;

import java.math.BigDecimal;

/**
 * A prescription's daily amount of its ingredient, or why it cannot be computed.
 *
 * @param amount          mg a day, or microgram/hour for patches worn continuously; null when not computable
 * @param unit            {@code "mg"} or {@code "microgram/hour"}
 * @param patchStrength   for patches: the strength of one patch (strength-specific factors use it)
 * @param problem         why the amount cannot be computed; null when it can
 * @param note            how it was counted (e.g. PRN at the maximum), or null
 */
public record DailyDose(BigDecimal amount, String unit, BigDecimal patchStrength, String problem, String note) {
    static DailyDose notComputable(String problem) {
        return new DailyDose(null, null, null, problem, null);
    }

    boolean computable() {
        return amount != null;
    }
}

package org.taperwise.cdshooks.cards;

import org.taperwise.model.Severity;

/**
 * A flag's severity as a CDS Hooks card indicator ({@code info}, {@code warning}, {@code critical}).
 * <ul>
 *   <li>{@code HIGH} -> {@code critical}: the rules ask the clinician to act before prescribing more (a high daily
 *       dose, a benzodiazepine or Z-drug with an opioid, a positive misuse screen, specialist input needed);</li>
 *   <li>{@code MODERATE} -> {@code warning}: the CDC's opioid CDS gives its dose and co-prescription cards
 *       {@code warning};</li>
 *   <li>{@code DATA_QUALITY} -> {@code warning}: the assessment is incomplete (an unrecognised medicine, a dose
 *       that cannot be computed), so a low total may be wrong;</li>
 *   <li>{@code INFO} -> {@code info} (naloxone is recommended: the card carries the order to add).</li>
 * </ul>
 */
public final class Indicators {
    private Indicators() {
    }

    public static String of(Severity severity) {
        return switch (severity) {
            case HIGH -> "critical";
            case MODERATE, DATA_QUALITY -> "warning";
            case INFO -> "info";
        };
    }
}

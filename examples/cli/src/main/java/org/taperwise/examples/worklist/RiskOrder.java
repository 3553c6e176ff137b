package org.taperwise.examples.worklist;

import java.util.Comparator;

/**
 * The order of the worklist: a project choice for sorting an invitation list, not a clinical risk score. It reads
 * only what each assessment already decided, so a ruleset that changes a flag's severity or a threshold changes the
 * order with it, and it invents no number. Most at risk first:
 * <ol>
 *   <li>more flags of severity {@code HIGH} (in the built-in ruleset: dose above the high-dose line, benzodiazepine
 *       or Z-drug with an opioid, positive misuse screen, specialist input needed, tolerance lost, ...);</li>
 *   <li>more flags of severity {@code MODERATE} (dose at the caution line, gabapentinoid with an opioid, several
 *       opioids, early or overlapping supply, ...);</li>
 *   <li>the higher daily oral morphine equivalent ({@code mme.totalDailyMg}; when the total is incomplete, the part
 *       that could be computed);</li>
 *   <li>more flags of severity {@code INFO} (naloxone, older adult, ...); {@code DATA_QUALITY} flags do not rank;</li>
 *   <li>the patient id, in ascending order of its UTF-16 code units ({@link String#compareTo}), then the input line:
 *       the same input always gives the same order, whatever the order of its lines.</li>
 * </ol>
 * Each entry of an assessment's {@code flags[]} counts once. The UNDETERMINED section is in the same order.
 */
public final class RiskOrder {
    /** Most at risk first. */
    public static final Comparator<WorklistEntry> MOST_AT_RISK_FIRST = Comparator
            .comparingInt(WorklistEntry::high).reversed()
            .thenComparing(Comparator.comparingInt(WorklistEntry::moderate).reversed())
            .thenComparing(Comparator.comparingDouble(WorklistEntry::dailyMme).reversed())
            .thenComparing(Comparator.comparingInt(WorklistEntry::info).reversed())
            .thenComparing(WorklistEntry::patientId)
            .thenComparingLong(WorklistEntry::line);

    private RiskOrder() {
    }
}

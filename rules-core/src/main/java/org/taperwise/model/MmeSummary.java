package org.taperwise.model;

import java.util.List;

/**
 * Daily oral morphine equivalent of the current opioid regimen.
 *
 * @param totalDailyMg sum over the COMPUTED items, rounded to one decimal
 * @param complete     false when any current opioid (or unrecognised medicine) is not COMPUTED: the
 *                     total is then a lower bound
 * @param items        one per current prescription item
 * @param regimens     the items grouped into regimens: one per medicine, form and kind (regular or as-needed)
 */
public record MmeSummary(double totalDailyMg, boolean complete, List<MmeItem> items, List<MmeRegimen> regimens) {
    public MmeSummary {
        items = List.copyOf(items);
        regimens = List.copyOf(regimens);
    }

    /**
     * A summary with no regimens worked out (the constructor before issue 11; the engine always fills them, so this is
     * for hosts' and tests' own fixtures).
     */
    public MmeSummary(double totalDailyMg, boolean complete, List<MmeItem> items) {
        this(totalDailyMg, complete, items, List.of());
    }
}

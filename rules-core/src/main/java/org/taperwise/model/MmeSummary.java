package org.taperwise.model;

import java.util.List;

/**
 * Daily oral morphine equivalent of the current opioid regimen.
 *
 * @param totalDailyMg sum over the COMPUTED items, rounded to one decimal
 * @param complete     false when any current opioid (or unrecognised medicine) is not COMPUTED: the
 *                     total is then a lower bound
 */
public record MmeSummary(double totalDailyMg, boolean complete, List<MmeItem> items) {
    public MmeSummary {
        items = List.copyOf(items);
    }
}

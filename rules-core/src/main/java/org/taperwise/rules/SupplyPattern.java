package org.taperwise.rules;

import java.util.List;

/**
 * How one opioid product (medicine, form and strength) was issued over the profile's supply review window.
 *
 * @param product       "oxycodone mr-tablet 20 mg", for messages
 * @param earlyIssues   issues that came before the profile's fraction of the previous issue's days supply had passed
 * @param earlyRefs     those issues
 * @param supplyRatio   days supplied (all issues in the window but the last) per day from the first issue to the
 *                      last; 0 with fewer than two issues
 * @param refs          every issue of the product in the window
 */
public record SupplyPattern(String product, int earlyIssues, List<String> earlyRefs, double supplyRatio,
        List<String> refs) {
    public SupplyPattern {
        earlyRefs = List.copyOf(earlyRefs);
        refs = List.copyOf(refs);
    }
}

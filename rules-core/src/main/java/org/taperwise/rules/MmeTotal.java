package org.taperwise.rules;

/**
 * The current regimen's daily oral morphine equivalent.
 *
 * @param totalDailyMg          sum of the COMPUTED items, unrounded
 * @param complete              false when a current opioid or unrecognised medicine could not be counted
 * @param currentOpioids        issues in the current regimen that are recognised opioids
 * @param opioidIngredients     distinct opioid ingredients in the current regimen
 * @param inSupply              true when the regimen's supply covers asOf; false when no opioid supply does and the
 *                              regimen is the one last supplied
 */
public record MmeTotal(double totalDailyMg, boolean complete, int currentOpioids, int opioidIngredients,
        boolean inSupply) {
}

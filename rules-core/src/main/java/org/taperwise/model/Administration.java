package org.taperwise.model;

/**
 * One dose at one time of day.
 *
 * @param when "morning", "midday", "late afternoon", "bedtime", "evening", "at night", "once a day", or "patch"
 * @param dose the amount of the ingredient
 * @param make what makes it up, e.g. "1 x 30 mg + 1 x 5 mg" or "10 ml of 2 mg/ml"
 */
public record Administration(String when, Amount dose, String make) {
}

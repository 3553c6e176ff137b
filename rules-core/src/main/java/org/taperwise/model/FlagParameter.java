package org.taperwise.model;

/**
 * A profile parameter that decided a flag, with its value and source as the profile states them (issue 15).
 *
 * @param name       as the profile file spells it ({@code highDoseMgPerDay})
 * @param value      as written in the profile ({@code 90}, {@code true})
 * @param comparison for thresholds {@code above} or {@code atOrAbove}; null otherwise
 * @param profile    the profile's id
 * @param source     the parameter's source in the profile
 */
public record FlagParameter(String name, String value, String comparison, String profile, String source) {

    /** "highDoseMgPerDay above 90", "adultAgeYears 18", "naloxoneForEveryOpioid true". */
    public String describe() {
        String c = comparison == null ? "" : "above".equals(comparison) ? " above" : " at or above";
        return name + c + " " + value;
    }
}

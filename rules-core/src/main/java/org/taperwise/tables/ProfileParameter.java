package org.taperwise.tables;

/**
 * One parameter as written in a profile, kept for the catalogue and for diffs.
 *
 * @param value      the value as written, e.g. "120"
 * @param comparison for thresholds: "above" or "atOrAbove"; null otherwise
 * @param line       line of the parameter in the profile file
 */
public record ProfileParameter(String name, String value, String comparison, String source, String note, int line) {
}

package org.taperwise.internal;

/**
 * The text of one rule as its file holds it, for reviewers: what a diff compares and a catalogue shows.
 *
 * @param id         the rule's {@code @id}
 * @param endLine    the line of the rule's {@code end}
 * @param text       the whole rule, from {@code rule} to {@code end}
 * @param conditions the {@code when} part, as written
 * @param actions    the {@code then} part, as written
 */
public record RuleSource(String id, int endLine, String text, String conditions, String actions) {
}

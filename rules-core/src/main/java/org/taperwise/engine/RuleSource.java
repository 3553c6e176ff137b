package org.taperwise.engine;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of one rule as its file holds it, for reviewers: what a diff compares and a catalogue shows.
 *
 * @param id         the rule's {@code @id}
 * @param endLine    the line of the rule's {@code end}
 * @param text       the whole rule, from {@code rule} to {@code end}
 * @param conditions the {@code when} part, as written
 * @param actions    the {@code then} part, as written
 * @param attributes the rule's attributes ({@code salience}, {@code no-loop}, ...) by name, sorted
 */
public record RuleSource(String id, int endLine, String text, String conditions, String actions,
        Map<String, String> attributes) {
    public RuleSource {
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }
}

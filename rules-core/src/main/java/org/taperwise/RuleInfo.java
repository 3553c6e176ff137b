package org.taperwise;

/**
 * A rule of a loaded ruleset, as its metadata and file describe it.
 *
 * @param id      the {@code @id} metadata, unique in the ruleset
 * @param version the {@code @version} metadata
 * @param name    the rule's name (a clinical sentence)
 * @param source  the {@code @source} metadata: the guideline and section it encodes
 * @param file    the rule file, relative to the ruleset folder
 * @param line    the line the rule starts on
 */
public record RuleInfo(String id, String version, String name, String source, String file, int line) {
}

package org.taperwise.model;

/**
 * Identity of the ruleset that produced an assessment.
 *
 * @param sha256 SHA-256 over the ruleset's files: one line {@code <sha256>  <path>} per file listed in the
 *               manifest, sorted by path, exactly as {@code sha256sum} prints them
 */
public record RulesetInfo(String id, String version, String sha256) {
}

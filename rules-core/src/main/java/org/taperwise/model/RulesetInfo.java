package org.taperwise.model;

/**
 * Identity of the ruleset that produced an assessment.
 *
 * @param sha256 SHA-256 over everything that changes a decision: the lines {@code id <id>}, {@code version
 *               <version>} and {@code defaultProfile <profile>} of the manifest, then one line {@code <sha256>
 *               <path>} per file listed in the manifest, sorted by path, exactly as {@code sha256sum} prints them
 *               (contract section 3)
 */
public record RulesetInfo(String id, String version, String sha256) {
}

package org.taperwise.model;

/**
 * A rule that fired during an evaluation, as its metadata names it.
 *
 * @param times how many times it fired (once per match)
 */
public record FiredRule(String id, String version, String name, int times) {
}

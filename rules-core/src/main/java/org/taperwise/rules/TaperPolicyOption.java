package org.taperwise.rules;

/**
 * A taper policy the profile offers, with the situation it is for.
 *
 * @param role the situation it is for
 */
public record TaperPolicyOption(String id, TaperPolicyRole role) {
}

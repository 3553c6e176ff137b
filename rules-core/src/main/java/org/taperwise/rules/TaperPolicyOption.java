package org.taperwise.rules;

/**
 * A taper policy the profile offers, with the situation it is for.
 *
 * @param role "long-term" or "standard"
 */
public record TaperPolicyOption(String id, String role) {
}

package org.taperwise.rules;

/**
 * The taper policy a rule chose for the patient, and why.
 */
public record TaperPolicyChoice(String policyId, String message) {
}

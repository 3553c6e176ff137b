package org.taperwise.rules;

/**
 * The host asked for a taper plan ({@code taperRequest}); a plan is then proposed even when the patient is not
 * eligible for review, unless end-of-life care or a specialist situation blocks it.
 *
 * @param policy the policy the host asked for, or null to let the rules choose
 */
public record TaperRequested(String policy) {
}

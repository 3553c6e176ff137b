package org.taperwise.model;

import java.util.List;

/**
 * The taper plan (contract section 2, {@code taper}).
 *
 * @param status     PROPOSED, or why no plan was proposed
 * @param reasonCode for a status other than PROPOSED, why; null when PROPOSED
 * @param message    why, or how the plan was chosen
 * @param ruleId     the rule that decided the status or chose the policy
 * @param policy     the policy followed; null unless PROPOSED
 * @param order      medicines in the order they are reduced
 * @param steps      the plan; empty unless PROPOSED
 * @param notes      what the prescriber should know (pauses, interval extension, product switches)
 */
public record Taper(TaperStatus status, TaperReason reasonCode, String message, String ruleId, TaperPolicyInfo policy,
        List<String> order, List<TaperStep> steps, List<String> notes) {
    public Taper {
        order = order == null ? List.of() : List.copyOf(order);
        steps = steps == null ? List.of() : List.copyOf(steps);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}

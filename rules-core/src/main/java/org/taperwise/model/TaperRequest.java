package org.taperwise.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A host's request for a taper plan (contract section 1, {@code taperRequest}).
 *
 * @param policy a policy id that overrides the rules' choice, or null
 * @param start  first day of the plan, or null for {@code asOf}
 * @param order  medicines in the order they are to be reduced, or empty for the policy's order
 */
public record TaperRequest(String policy, LocalDate start, List<String> order) {
    public TaperRequest {
        order = order == null ? List.of() : List.copyOf(order);
    }
}

package org.taperwise.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A host's request for a taper plan (contract section 1, {@code taperRequest}).
 *
 * @param policy a policy id that overrides the rules' choice, or null
 * @param start  first day of the plan, or null for {@code asOf}
 * @param order  medicines in the order they are to be reduced, or empty for the policy's order
 * @param startingDailyMme mid-taper: the regimen's daily MME when the taper began, which the policy's percentages of
 *                         the original dose are taken of (the prescriptions give the dose reached); null: the taper
 *                         starts now
 * @param holdUntil a pause: the current dose is held at least until this date before the next reduction; null: none
 */
public record TaperRequest(String policy, LocalDate start, List<String> order, BigDecimal startingDailyMme,
        LocalDate holdUntil) {
    public TaperRequest {
        order = order == null ? List.of() : List.copyOf(order);
    }

    /** A request for a taper starting now, without a pause. */
    public TaperRequest(String policy, LocalDate start, List<String> order) {
        this(policy, start, order, null, null);
    }
}

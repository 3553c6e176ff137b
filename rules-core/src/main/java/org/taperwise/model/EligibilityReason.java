package org.taperwise.model;

import java.util.List;

/**
 * One unmet criterion, exclusion, or unknown, with the rule that found it.
 *
 * @param evidence ids of the prescriptions, conditions or other inputs the rule matched; may be empty
 */
public record EligibilityReason(ReasonCode code, String message, String ruleId, String source, List<String> evidence) {
    public EligibilityReason {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}

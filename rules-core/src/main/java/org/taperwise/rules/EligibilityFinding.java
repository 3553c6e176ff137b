package org.taperwise.rules;

import java.util.List;
import org.taperwise.model.ReasonCode;

/**
 * An unmet criterion, exclusion or unknown that a decision rule found. The engine adds the rule's id,
 * version and source, and decides the status from all findings.
 */
public record EligibilityFinding(ReasonCode code, String message, List<String> evidence) {
    public EligibilityFinding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public EligibilityFinding(ReasonCode code, String message) {
        this(code, message, List.of());
    }
}

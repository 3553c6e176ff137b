package org.taperwise.model;

import java.util.List;

/**
 * The review-eligibility decision. {@code reasons} is empty for ELIGIBLE and otherwise lists every unmet
 * criterion, exclusion and unknown, in the order of {@link ReasonCode}.
 */
public record Eligibility(EligibilityStatus status, List<EligibilityReason> reasons) {
    public Eligibility {
        reasons = List.copyOf(reasons);
    }

    /** Whether a reason with this code is listed. */
    public boolean hasReason(ReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }
}

package org.taperwise.model;

import java.util.List;

/**
 * A risk or data-quality flag raised by a rule.
 *
 * @param evidence ids of the inputs that triggered it (prescription ids, or JSON paths)
 * @param reasons  for {@link FlagCode#SPECIALIST_INPUT_REQUIRED}: why; empty for other flags
 */
public record Flag(
        FlagCode code,
        Severity severity,
        String message,
        String ruleId,
        String source,
        List<String> evidence,
        List<SpecialistReason> reasons) {
    public Flag {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}

package org.taperwise.model;

import java.util.List;

/**
 * A risk or data-quality flag raised by a rule.
 *
 * @param evidence ids of the inputs that triggered it (prescription ids, or JSON paths)
 * @param reasons  for {@link FlagCode#SPECIALIST_INPUT_REQUIRED}: why; empty for other flags
 * @param source   the rule's source, followed by the value and source of every profile parameter that decided it
 * @param parameters the profile parameters that decided it, with the values and sources the profile gives them
 *                 (issue 15); empty when none did
 */
public record Flag(
        FlagCode code,
        Severity severity,
        String message,
        String ruleId,
        String source,
        List<String> evidence,
        List<SpecialistReason> reasons,
        List<FlagParameter> parameters) {
    public Flag {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /** A flag no profile parameter decided (the form before issue 15). */
    public Flag(FlagCode code, Severity severity, String message, String ruleId, String source, List<String> evidence,
            List<SpecialistReason> reasons) {
        this(code, severity, message, ruleId, source, evidence, reasons, List.of());
    }
}

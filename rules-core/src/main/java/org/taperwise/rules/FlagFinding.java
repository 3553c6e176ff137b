package org.taperwise.rules;

import java.util.List;
import org.taperwise.model.FlagCode;
import org.taperwise.model.Severity;
import org.taperwise.model.SpecialistReason;

/**
 * A flag a decision rule raises. The engine adds the rule's id, version and source, and, for every profile parameter
 * named in {@code parameters}, its value and source as the profile states them (issue 15: a tuned threshold is
 * reported truthfully, never as the number a rule's {@code @source} once named).
 *
 * @param evidence   refs of the facts that triggered it
 * @param reasons    for SPECIALIST_INPUT_REQUIRED only
 * @param parameters names of the profile parameters that decided the flag, as the profile file spells them
 *                   ({@code highDoseMgPerDay}); empty when none did
 */
public record FlagFinding(FlagCode code, Severity severity, String message, List<String> evidence,
        List<SpecialistReason> reasons, List<String> parameters) {

    public FlagFinding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    public FlagFinding(FlagCode code, Severity severity, String message, List<String> evidence,
            List<SpecialistReason> reasons) {
        this(code, severity, message, evidence, reasons, List.of());
    }

    public FlagFinding(FlagCode code, Severity severity, String message, List<String> evidence) {
        this(code, severity, message, evidence, List.of(), List.of());
    }
}

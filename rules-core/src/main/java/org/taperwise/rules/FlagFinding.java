package org.taperwise.rules;

import java.util.List;
import org.taperwise.model.FlagCode;
import org.taperwise.model.Severity;
import org.taperwise.model.SpecialistReason;

/**
 * A flag a decision rule raises. The engine adds the rule's id, version and source.
 *
 * @param evidence refs of the facts that triggered it
 * @param reasons  for SPECIALIST_INPUT_REQUIRED only
 */
public record FlagFinding(FlagCode code, Severity severity, String message, List<String> evidence,
        List<SpecialistReason> reasons) {

    public FlagFinding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public FlagFinding(FlagCode code, Severity severity, String message, List<String> evidence) {
        this(code, severity, message, evidence, List.of());
    }
}

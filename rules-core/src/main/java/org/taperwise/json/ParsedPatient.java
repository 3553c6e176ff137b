package org.taperwise.json;

import java.util.List;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Warning;

/**
 * Patient facts read from JSON, with what the reader ignored (unknown fields, for a lenient reader) as warnings.
 * Evaluate {@link #facts()} and add {@link #warnings()} to the assessment with
 * {@link org.taperwise.model.Assessment#withWarningsBefore(List)}, or use {@link PatientJsonReader#evaluate}.
 */
public record ParsedPatient(PatientFacts facts, List<Warning> warnings) {
    public ParsedPatient {
        warnings = List.copyOf(warnings);
    }
}

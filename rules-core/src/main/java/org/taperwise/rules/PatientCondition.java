package org.taperwise.rules;

import java.time.LocalDate;
import org.taperwise.model.ConditionConcept;

/**
 * A condition recorded on or before {@code asOf} (or undated), given as a concept or mapped from a coding.
 *
 * @param ref   the JSON path of the condition, used as evidence
 * @param since null when undated
 */
public record PatientCondition(ConditionConcept concept, LocalDate since, String ref) {
}

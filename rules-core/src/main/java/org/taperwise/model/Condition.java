package org.taperwise.model;

import java.time.LocalDate;

/**
 * A recorded condition, given either as a concept the rules know ({@code code}) or as a coding the
 * ruleset's code table maps to one. When both are given the concept is used.
 *
 * @param code   the concept, or null when only a coding is given
 * @param coding a terminology code, or null
 * @param since  when it was first recorded, or null when unknown
 */
public record Condition(ConditionConcept code, Coding coding, LocalDate since) {
    public static Condition of(ConditionConcept concept) {
        return new Condition(concept, null, null);
    }

    public static Condition coded(String system, String code) {
        return new Condition(null, new Coding(system, code), null);
    }
}

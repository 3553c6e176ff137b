package org.taperwise.model;

import java.util.Objects;

/**
 * A code from a terminology, as FHIR writes it: {@code {"system": "http://snomed.info/sct", "code": "..."}}.
 *
 * @param system  the code system URI
 * @param code    the code in that system
 * @param display optional human-readable text; never used for matching
 */
public record Coding(String system, String code, String display) {
    public Coding(String system, String code) {
        this(system, code, null);
    }

    /** Two codings denote the same concept when system and code are equal; display is ignored. */
    public boolean sameConceptAs(Coding other) {
        return other != null && Objects.equals(system, other.system) && Objects.equals(code, other.code);
    }
}

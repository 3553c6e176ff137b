package org.taperwise.fhir;

import java.util.List;

/**
 * A FHIR record that cannot be mapped to patient facts: every problem found, each naming the resource and FHIRPath.
 * Nothing is partially mapped.
 */
public final class FhirMappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_IN_MESSAGE = 20;

    private final transient List<MappingProblem> problems;

    public FhirMappingException(List<MappingProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order found. */
    public List<MappingProblem> problems() {
        return problems;
    }

    private static String message(List<MappingProblem> problems) {
        StringBuilder b = new StringBuilder("the FHIR record cannot be mapped: ");
        for (int i = 0; i < problems.size() && i < MAX_IN_MESSAGE; i++) {
            b.append(i == 0 ? "" : "; ").append(problems.get(i));
        }
        if (problems.size() > MAX_IN_MESSAGE) {
            b.append("; and ").append(problems.size() - MAX_IN_MESSAGE).append(" more");
        }
        return b.toString();
    }
}

package org.taperwise.examples.worklist;

import java.util.List;

/**
 * A line that is not an assessment the worklist can use: each problem names the field ({@code eligibility.status},
 * {@code flags[2].severity}) and what was expected, never the line's text (which holds patient data).
 */
public final class BadAssessment extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    BadAssessment(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    BadAssessment(String problem) {
        this(List.of(problem));
    }

    /** One problem a line, each naming the field. */
    public List<String> problems() {
        return problems;
    }
}

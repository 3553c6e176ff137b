package org.taperwise;

import java.util.List;

/**
 * Patient facts were refused: every problem found in the record is listed, and nothing was evaluated.
 * The message names each path, value and expectation; it never contains anything but the offending values.
 * At most {@value #MAX_PROBLEMS} problems are listed, then one more that says how many were left out, so that no
 * record, however bad, makes the message long (each problem is itself short: see {@link Problem}).
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The most problems listed; any more are summed up in one last problem. */
    public static final int MAX_PROBLEMS = 100;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        this(capped(problems), true);
    }

    private InvalidInputException(List<Problem> problems, boolean capped) {
        super(describe(problems));
        this.problems = problems;
    }

    private static List<Problem> capped(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        if (problems.size() <= MAX_PROBLEMS) {
            return List.copyOf(problems);
        }
        java.util.ArrayList<Problem> out = new java.util.ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        out.add(new Problem("", (problems.size() - MAX_PROBLEMS) + " more problems, not listed",
                "a record with fewer problems: only the first " + MAX_PROBLEMS + " are listed"));
        return List.copyOf(out);
    }

    /** Every problem found, in document order (at most {@value #MAX_PROBLEMS}, then one that counts the rest). */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        StringBuilder sb = new StringBuilder(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
        sb.append(" in patient facts:");
        for (Problem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}

package org.taperwise;

import java.util.List;

/**
 * A ruleset could not be loaded. Every problem found is listed by file and line; nothing was half-loaded.
 */
public final class RulesetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<RulesetProblem> problems;

    public RulesetException(String ruleset, List<RulesetProblem> problems) {
        super(describe(ruleset, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found. */
    public List<RulesetProblem> problems() {
        return problems;
    }

    private static String describe(String ruleset, List<RulesetProblem> problems) {
        StringBuilder sb = new StringBuilder("ruleset ").append(ruleset).append(" is invalid (")
                .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
        for (RulesetProblem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}

package org.taperwise;

/**
 * One thing wrong with a ruleset, located in its folder. Like {@link Problem}, every part is one short line whatever
 * the folder holds: control characters, bidirectional overrides and unpaired surrogates are shown escaped, and the
 * message is cut at {@value #MAX_MESSAGE} characters (a table cell of a megabyte is never echoed whole).
 *
 * @param file   path relative to the ruleset folder, e.g. {@code tables/conversion-uk-opioids-aware.csv}
 * @param line   1-based line, or 0 when the problem concerns the whole file
 * @param column column name or 1-based number as text, or null
 */
public record RulesetProblem(String file, int line, String column, String message) {
    /** The most characters of a message a problem keeps. */
    public static final int MAX_MESSAGE = 600;

    public RulesetProblem {
        file = Problem.brief(Problem.escapeControls(file), 200);
        column = Problem.brief(Problem.escapeControls(column), 80);
        message = Problem.brief(Problem.escapeControls(message), MAX_MESSAGE);
    }

    public static RulesetProblem ofFile(String file, String message) {
        return new RulesetProblem(file, 0, null, message);
    }

    public static RulesetProblem at(String file, int line, String message) {
        return new RulesetProblem(file, line, null, message);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(" line ").append(line);
        }
        if (column != null) {
            sb.append(", column ").append(column);
        }
        return sb.append(": ").append(message).toString();
    }
}

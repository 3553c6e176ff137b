package org.taperwise.files;

import java.math.BigDecimal;
import java.util.List;
import org.taperwise.Problem;
import org.taperwise.RulesetProblem;
import org.taperwise.model.Codes;
import org.taperwise.model.JsonCode;

/**
 * Reads typed cells from one table row, recording a problem (file, line, column, value) for every cell that
 * is missing or malformed. Readers return null for a bad cell so that loading continues and every problem
 * in a table is reported together.
 */
public final class RowReader {
    /** The longest text read as a number: enough for any factor or strength, and never a slow parse. */
    private static final int MAX_NUMBER_CHARS = 40;

    private final String file;
    private final CsvTable.Row row;
    private final List<RulesetProblem> problems;

    public RowReader(String file, CsvTable.Row row, List<RulesetProblem> problems) {
        this.file = file;
        this.row = row;
        this.problems = problems;
    }

    int line() {
        return row.line();
    }

    public void problem(String column, String message) {
        problems.add(new RulesetProblem(file, row.line(), column, message));
    }

    /** A required, non-blank text cell. */
    public String text(String column) {
        String v = row.values().get(column);
        if (v == null || v.isEmpty()) {
            problem(column, "is empty (a value is required)");
            return null;
        }
        return v;
    }

    /** An optional text cell; null when blank or absent. */
    public String optionalText(String column) {
        String v = row.values().get(column);
        return v == null || v.isEmpty() ? null : v;
    }

    /** A required decimal strictly greater than zero. */
    public BigDecimal positiveDecimal(String column) {
        String v = text(column);
        return v == null ? null : positive(column, v);
    }

    /** An optional decimal strictly greater than zero; null when blank. */
    public BigDecimal optionalPositiveDecimal(String column) {
        String v = optionalText(column);
        return v == null ? null : positive(column, v);
    }

    /** An optional decimal zero or greater; null when blank. */
    public BigDecimal optionalNonNegativeDecimal(String column) {
        String v = optionalText(column);
        if (v == null) {
            return null;
        }
        BigDecimal d = decimal(column, v);
        if (d != null && d.signum() < 0) {
            problem(column, shown(v) + " must not be negative");
            return null;
        }
        return d;
    }

    /** A required decimal from {@code min} to {@code max}, both included. */
    public BigDecimal decimal(String column, BigDecimal min, BigDecimal max) {
        String v = text(column);
        return v == null ? null : inRange(column, v, min, max);
    }

    /** An optional decimal from {@code min} to {@code max}, both included; null when blank. */
    public BigDecimal optionalDecimal(String column, BigDecimal min, BigDecimal max) {
        String v = optionalText(column);
        return v == null ? null : inRange(column, v, min, max);
    }

    private BigDecimal inRange(String column, String v, BigDecimal min, BigDecimal max) {
        BigDecimal d = decimal(column, v);
        if (d != null && (d.compareTo(min) < 0 || d.compareTo(max) > 0)) {
            problem(column, shown(v) + " is out of range: expected a number from " + min.toPlainString() + " to "
                    + max.toPlainString());
            return null;
        }
        return d;
    }

    private BigDecimal positive(String column, String v) {
        BigDecimal d = decimal(column, v);
        if (d != null && d.signum() <= 0) {
            problem(column, shown(v) + " must be greater than 0");
            return null;
        }
        return d;
    }

    private BigDecimal decimal(String column, String v) {
        if (v.length() > MAX_NUMBER_CHARS) {
            problem(column, shown(v) + " is not a number (a number has at most " + MAX_NUMBER_CHARS + " characters)");
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            problem(column, shown(v) + " is not a number");
            return null;
        }
    }

    /** A cell's text as a message quotes it: escaped and short, whatever the cell holds. */
    public static String shown(String v) {
        return "\"" + Problem.brief(Problem.escapeControls(v), 60) + "\"";
    }

    /** A required cell holding one of an enum's contract spellings. */
    public <E extends Enum<E> & JsonCode> E code(String column, Class<E> type) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        return parseCode(column, v, type);
    }

    /** An optional cell holding one of an enum's contract spellings; null when blank. */
    public <E extends Enum<E> & JsonCode> E optionalCode(String column, Class<E> type) {
        String v = optionalText(column);
        return v == null ? null : parseCode(column, v, type);
    }

    private <E extends Enum<E> & JsonCode> E parseCode(String column, String v, Class<E> type) {
        E e = Codes.parse(type, v).orElse(null);
        if (e == null) {
            problem(column, shown(v) + " is not one of: " + Codes.allowed(type));
        }
        return e;
    }
}

package org.taperwise.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.taperwise.Problem;
import org.taperwise.model.Codes;
import org.taperwise.model.JsonCode;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;

/**
 * Typed field readers over JSON objects, for {@link PatientReader}: each returns null for an absent or malformed
 * value and records a malformed one as a problem with its JSON path, so that every problem of a record is found in
 * one pass. Fields an object does not define are problems too, or warnings when lenient.
 */
abstract class FieldReader {
    private final String prefix;
    private final boolean lenient;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    /** Paths already reported as malformed, so that validation does not report them again as missing. */
    private final java.util.Set<String> bad = new java.util.HashSet<>();

    /**
     * @param prefix  prepended to every path, e.g. "[2]." for the third patient of an array; "" otherwise
     * @param lenient unknown fields become {@code UNKNOWN_FIELD} warnings instead of problems
     */
    FieldReader(String prefix, boolean lenient) {
        this.prefix = prefix;
        this.lenient = lenient;
    }

    List<Problem> problems() {
        return problems;
    }

    List<Warning> warnings() {
        return warnings;
    }

    /** Adds the problems validation found, but none at or under a path already reported as malformed. */
    void validated(List<Problem> found) {
        for (Problem p : found) {
            if (!underBad(p.path())) {
                problems.add(new Problem(prefix + p.path(), p.value(), p.expected()));
            }
        }
    }

    /** Whether the path or a path it lies under was reported as malformed (a set lookup per level, never a scan). */
    private boolean underBad(String path) {
        String p = path;
        while (!p.isEmpty()) {
            if (bad.contains(p)) {
                return true;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return false;
            }
            p = p.substring(0, cut);
        }
        return false;
    }

    interface ElementReader {
        void read(JsonNode element, String path);
    }

    void forEach(JsonNode parent, String name, String path, ElementReader reader) {
        JsonNode a = field(parent, name, path);
        if (a == null) {
            return;
        }
        String p = join(path, name);
        if (!a.isArray()) {
            problem(p, a, "an array");
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            reader.read(a.get(i), p + "[" + i + "]");
        }
    }

    /** The field's node; null when absent. An explicit null is a problem: the contract omits absent fields. */
    JsonNode field(JsonNode parent, String name, String path) {
        JsonNode v = parent.get(name);
        if (v == null) {
            return null;
        }
        if (v.isNull()) {
            problem(join(path, name), v, "a value; omit the field when it is not known (null is not allowed)");
            return null;
        }
        return v;
    }

    String text(JsonNode parent, String name, String path) {
        JsonNode v = field(parent, name, path);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            problem(join(path, name), v, "a string");
            return null;
        }
        return v.asText();
    }

    Boolean bool(JsonNode parent, String name, String path) {
        JsonNode v = field(parent, name, path);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            problem(join(path, name), v, "true or false");
            return null;
        }
        return v.booleanValue();
    }

    BigDecimal number(JsonNode parent, String name, String path) {
        JsonNode v = field(parent, name, path);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            problem(join(path, name), v, "a number");
            return null;
        }
        return v.decimalValue();
    }

    LocalDate date(JsonNode parent, String name, String path) {
        JsonNode v = field(parent, name, path);
        if (v == null) {
            return null;
        }
        if (v.isTextual() && v.asText().length() == 10) {
            LocalDate d = isoDate(v.asText());
            if (d != null) {
                return d;
            }
        }
        problem(join(path, name), v, "an ISO-8601 date, e.g. 2026-11-01");
        return null;
    }

    /**
     * A yyyy-mm-dd date, or null when the text is not one or names no real day: the dates {@code LocalDate.parse}
     * accepts in ten characters, read without a formatter (the formatter showed in a profile of {@code screen};
     * issue 6).
     */
    static LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in s[from, to), or -1 when a character there is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    <E extends Enum<E> & JsonCode> E code(JsonNode parent, String name, String path, Class<E> type) {
        JsonNode v = field(parent, name, path);
        if (v == null) {
            return null;
        }
        E e = v.isTextual() ? Codes.parse(type, v.asText()).orElse(null) : null;
        if (e == null) {
            problem(join(path, name), v, "one of: " + Codes.allowed(type));
        }
        return e;
    }

    boolean object(JsonNode n, String path, String expected) {
        if (n == null || !n.isObject()) {
            problem(path, n, expected);
            return false;
        }
        return true;
    }

    /**
     * Every field of {@code n} that {@code known} does not define: a problem naming the nearest known field, or, when
     * lenient, an {@code UNKNOWN_FIELD} warning. Either way the field is not read.
     */
    void unknownFields(JsonNode n, KnownFields known, String path) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (known.contains(f)) {
                continue;
            }
            String p = join(path, f);
            if (lenient) {
                String near = known.nearest(f);
                warnings.add(new Warning(WarningCode.UNKNOWN_FIELD, prefix + p, "field \"" + f
                        + "\" is not part of the contract and was ignored"
                        + (near == null ? "" : "; did you mean \"" + near + "\"?")));
            } else {
                bad.add(p);
                problems.add(new Problem(prefix + p, KnownFields.brief(n.get(f)), known.expected(f)));
            }
        }
    }

    void problem(String path, JsonNode value, String expected) {
        bad.add(path);
        problems.add(new Problem(prefix + path, value == null ? "missing" : render(value), expected));
    }

    static <T> T orElse(T value, T placeholder) {
        return value == null ? placeholder : value;
    }

    private static String render(JsonNode v) {
        String s = v.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}

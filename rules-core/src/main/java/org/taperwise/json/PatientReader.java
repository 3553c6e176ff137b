package org.taperwise.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.taperwise.Problem;
import org.taperwise.evaluation.Validator;
import org.taperwise.model.Codes;
import org.taperwise.model.Coding;
import org.taperwise.model.Condition;
import org.taperwise.model.ConditionConcept;
import org.taperwise.model.Dose;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.Instrument;
import org.taperwise.model.InstrumentScore;
import org.taperwise.model.JsonCode;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.Sex;
import org.taperwise.model.Strength;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.TaperRequest;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;

/**
 * Reads one patient object of the contract (section 1), collecting every problem (type, vocabulary, value)
 * with its JSON path instead of stopping at the first. Unknown fields are ignored with a warning.
 */
final class PatientReader {
    private static final Set<String> PATIENT = Set.of("patientId", "asOf", "birthDate", "sex", "pregnant",
            "historyStart", "conditions", "prescriptions", "assessments", "taperRequest");
    private static final Set<String> PRESCRIPTION = Set.of("id", "medicine", "coding", "form", "strength", "dose",
            "timesPerDay", "asNeeded", "changeEveryDays", "issued", "daysSupply", "quantity");
    private static final Set<String> CONDITION = Set.of("code", "coding", "since");
    private static final Set<String> CODING = Set.of("system", "code", "display");
    private static final Set<String> AMOUNT = Set.of("value", "unit");
    private static final Set<String> SCORE = Set.of("instrument", "score", "date");
    private static final Set<String> TAPER = Set.of("policy", "start", "order");

    // placeholders for malformed list elements: they keep later indices right; their paths are already reported
    private static final Prescription EMPTY_PRESCRIPTION = Prescription.builder().build();
    private static final Condition EMPTY_CONDITION = new Condition(null, null, null);
    private static final InstrumentScore EMPTY_SCORE = new InstrumentScore(null, null, null);
    private static final Coding EMPTY_CODING = new Coding(null, null);

    private final String prefix;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    /** Paths already reported as malformed, so that validation does not report them again as missing. */
    private final List<String> bad = new ArrayList<>();

    /** @param prefix prepended to every path, e.g. "[2]." for the third patient of an array; "" otherwise */
    PatientReader(String prefix) {
        this.prefix = prefix;
    }

    List<Problem> problems() {
        return problems;
    }

    List<Warning> warnings() {
        return warnings;
    }

    /** Reads the patient; returns null when any problem was found (all are in {@link #problems()}). */
    PatientFacts read(JsonNode node) {
        if (!node.isObject()) {
            problem("", node, "a patient object");
            return null;
        }
        unknownFields(node, PATIENT, "");
        String patientId = text(node, "patientId", "");
        LocalDate asOf = date(node, "asOf", "");
        LocalDate birthDate = date(node, "birthDate", "");
        Sex sex = code(node, "sex", "", Sex.class);
        Boolean pregnant = bool(node, "pregnant", "");
        LocalDate historyStart = date(node, "historyStart", "");
        List<Condition> conditions = new ArrayList<>();
        forEach(node, "conditions", "", (n, p) -> conditions.add(orElse(condition(n, p), EMPTY_CONDITION)));
        List<Prescription> prescriptions = new ArrayList<>();
        forEach(node, "prescriptions", "", (n, p) -> prescriptions.add(orElse(prescription(n, p), EMPTY_PRESCRIPTION)));
        List<InstrumentScore> scores = new ArrayList<>();
        forEach(node, "assessments", "", (n, p) -> scores.add(orElse(score(n, p), EMPTY_SCORE)));
        TaperRequest taper = null;
        JsonNode t = field(node, "taperRequest", "");
        if (t != null) {
            taper = taperRequest(t, "taperRequest");
        }
        PatientFacts facts = new PatientFacts(patientId, asOf, birthDate, sex, pregnant, historyStart, conditions,
                prescriptions, scores, taper);
        for (Problem p : Validator.validate(facts)) {
            if (bad.stream().noneMatch(b -> p.path().equals(b) || p.path().startsWith(b + ".")
                    || p.path().startsWith(b + "["))) {
                problems.add(new Problem(prefix + p.path(), p.value(), p.expected()));
            }
        }
        return problems.isEmpty() ? facts : null;
    }

    private Prescription prescription(JsonNode n, String path) {
        if (!object(n, path, "a prescription object")) {
            return null;
        }
        unknownFields(n, PRESCRIPTION, path);
        List<Coding> codings = new ArrayList<>();
        forEach(n, "coding", path, (c, p) -> codings.add(orElse(coding(c, p), EMPTY_CODING)));
        Strength strength = null;
        JsonNode s = field(n, "strength", path);
        if (s != null && object(s, path + ".strength", "an object {value, unit}")) {
            unknownFields(s, AMOUNT, path + ".strength");
            strength = new Strength(number(s, "value", path + ".strength"),
                    code(s, "unit", path + ".strength", StrengthUnit.class));
        }
        Dose dose = null;
        JsonNode d = field(n, "dose", path);
        if (d != null && object(d, path + ".dose", "an object {value, unit}")) {
            unknownFields(d, AMOUNT, path + ".dose");
            dose = new Dose(number(d, "value", path + ".dose"), code(d, "unit", path + ".dose", DoseUnit.class));
        }
        Boolean asNeeded = bool(n, "asNeeded", path);
        BigDecimal days = number(n, "daysSupply", path);
        Integer daysSupply = null;
        if (days != null) {
            if (days.stripTrailingZeros().scale() > 0 || days.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                problem(path + ".daysSupply", n.get("daysSupply"), "a whole number of days, 1 or more");
            } else {
                daysSupply = days.intValueExact();
            }
        }
        return new Prescription(text(n, "id", path), text(n, "medicine", path), codings,
                code(n, "form", path, Form.class), strength, dose, number(n, "timesPerDay", path),
                Boolean.TRUE.equals(asNeeded), number(n, "changeEveryDays", path), date(n, "issued", path),
                daysSupply, number(n, "quantity", path));
    }

    private Condition condition(JsonNode n, String path) {
        if (!object(n, path, "a condition object")) {
            return null;
        }
        unknownFields(n, CONDITION, path);
        Coding coding = null;
        JsonNode c = field(n, "coding", path);
        if (c != null) {
            coding = coding(c, path + ".coding");
        }
        return new Condition(code(n, "code", path, ConditionConcept.class), coding, date(n, "since", path));
    }

    private Coding coding(JsonNode n, String path) {
        if (!object(n, path, "a coding {system, code}")) {
            return null;
        }
        unknownFields(n, CODING, path);
        return new Coding(text(n, "system", path), text(n, "code", path), text(n, "display", path));
    }

    private InstrumentScore score(JsonNode n, String path) {
        if (!object(n, path, "an assessment {instrument, score, date}")) {
            return null;
        }
        unknownFields(n, SCORE, path);
        return new InstrumentScore(code(n, "instrument", path, Instrument.class), number(n, "score", path),
                date(n, "date", path));
    }

    private TaperRequest taperRequest(JsonNode n, String path) {
        if (!object(n, path, "an object {policy, start, order}")) {
            return null;
        }
        unknownFields(n, TAPER, path);
        List<String> order = new ArrayList<>();
        forEach(n, "order", path, (o, p) -> {
            if (o.isTextual()) {
                order.add(o.asText());
            } else {
                problem(p, o, "a medicine name");
                order.add("");
            }
        });
        return new TaperRequest(text(n, "policy", path), date(n, "start", path), order);
    }

    // ---- field readers: each returns null for absent or malformed values, recording malformed ones ----

    private interface ElementReader {
        void read(JsonNode element, String path);
    }

    private void forEach(JsonNode parent, String name, String path, ElementReader reader) {
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
    private JsonNode field(JsonNode parent, String name, String path) {
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

    private String text(JsonNode parent, String name, String path) {
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

    private Boolean bool(JsonNode parent, String name, String path) {
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

    private BigDecimal number(JsonNode parent, String name, String path) {
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

    private LocalDate date(JsonNode parent, String name, String path) {
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

    private <E extends Enum<E> & JsonCode> E code(JsonNode parent, String name, String path, Class<E> type) {
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

    private boolean object(JsonNode n, String path, String expected) {
        if (n == null || !n.isObject()) {
            problem(path, n, expected);
            return false;
        }
        return true;
    }

    private void unknownFields(JsonNode n, Set<String> known, String path) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!known.contains(f)) {
                warnings.add(new Warning(WarningCode.UNKNOWN_FIELD, prefix + join(path, f),
                        "field \"" + f + "\" is not part of the contract and was ignored"));
            }
        }
    }

    private void problem(String path, JsonNode value, String expected) {
        bad.add(path);
        problems.add(new Problem(prefix + path, value == null ? "missing" : render(value), expected));
    }

    private static <T> T orElse(T value, T placeholder) {
        return value == null ? placeholder : value;
    }

    private static String render(JsonNode v) {
        String s = v.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}

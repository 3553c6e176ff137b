package org.taperwise.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.taperwise.evaluation.Validator;
import org.taperwise.model.Coding;
import org.taperwise.model.Condition;
import org.taperwise.model.ConditionConcept;
import org.taperwise.model.Dose;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.Instrument;
import org.taperwise.model.InstrumentScore;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.Sex;
import org.taperwise.model.Strength;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.TaperRequest;
import org.taperwise.model.TimeOfDay;
import org.taperwise.model.TimedDose;

/**
 * Reads one patient object of the contract (section 1), collecting every problem (type, vocabulary, value)
 * with its JSON path instead of stopping at the first. A field the contract does not define is a problem too, naming
 * the nearest known field; a lenient reader ignores it with an {@code UNKNOWN_FIELD} warning instead.
 */
final class PatientReader extends FieldReader {
    // placeholders for malformed list elements: they keep later indices right; their paths are already reported
    private static final Prescription EMPTY_PRESCRIPTION = Prescription.builder().build();
    private static final Condition EMPTY_CONDITION = new Condition(null, null, null);
    private static final InstrumentScore EMPTY_SCORE = new InstrumentScore(null, null, null);
    private static final Coding EMPTY_CODING = new Coding(null, null);
    private static final TimedDose EMPTY_TIMED_DOSE = new TimedDose(null, new Dose(null, null));

    /**
     * @param prefix  prepended to every path, e.g. "[2]." for the third patient of an array; "" otherwise
     * @param lenient unknown fields become {@code UNKNOWN_FIELD} warnings instead of problems
     */
    PatientReader(String prefix, boolean lenient) {
        super(prefix, lenient);
    }

    /** Reads the patient; returns null when any problem was found (all are in {@link #problems()}). */
    PatientFacts read(JsonNode node) {
        if (!node.isObject()) {
            problem("", node, "a patient object");
            return null;
        }
        unknownFields(node, KnownFields.PATIENT, "");
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
        validated(Validator.validate(facts));
        return problems().isEmpty() ? facts : null;
    }

    private Prescription prescription(JsonNode n, String path) {
        if (!object(n, path, "a prescription object")) {
            return null;
        }
        unknownFields(n, KnownFields.PRESCRIPTION, path);
        List<Coding> codings = new ArrayList<>();
        forEach(n, "coding", path, (c, p) -> codings.add(orElse(coding(c, p), EMPTY_CODING)));
        Strength strength = null;
        JsonNode s = field(n, "strength", path);
        if (s != null && object(s, path + ".strength", "an object {value, unit}")) {
            unknownFields(s, KnownFields.AMOUNT, path + ".strength");
            strength = new Strength(number(s, "value", path + ".strength"),
                    code(s, "unit", path + ".strength", StrengthUnit.class));
        }
        Dose dose = null;
        JsonNode d = field(n, "dose", path);
        if (d != null && object(d, path + ".dose", "an object {value, unit}")) {
            unknownFields(d, KnownFields.AMOUNT, path + ".dose");
            dose = new Dose(number(d, "value", path + ".dose"), code(d, "unit", path + ".dose", DoseUnit.class));
        }
        List<TimedDose> doses = new ArrayList<>();
        forEach(n, "doses", path, (t, p) -> doses.add(orElse(timedDose(t, p), EMPTY_TIMED_DOSE)));
        Boolean asNeeded = bool(n, "asNeeded", path);
        BigDecimal days = number(n, "daysSupply", path);
        Integer daysSupply = null;
        if (days != null) {
            // the range is checked here, before the value becomes an int (the Validator states the same range)
            if (days.signum() <= 0 || days.compareTo(BigDecimal.valueOf(3650)) > 0
                    || days.stripTrailingZeros().scale() > 0) {
                problem(path + ".daysSupply", n.get("daysSupply"), "a whole number of days from 1 to 3650");
            } else {
                daysSupply = days.intValueExact();
            }
        }
        return new Prescription(text(n, "id", path), text(n, "medicine", path), codings,
                code(n, "form", path, Form.class), strength, dose, number(n, "timesPerDay", path),
                Boolean.TRUE.equals(asNeeded), number(n, "changeEveryDays", path), date(n, "issued", path),
                daysSupply, number(n, "quantity", path), doses);
    }

    /** One of {@code doses[]}: {@code {"when": "morning", "value": 20, "unit": "mg"}}. */
    private TimedDose timedDose(JsonNode n, String path) {
        if (!object(n, path, "an object {when, value, unit}")) {
            return null;
        }
        unknownFields(n, KnownFields.TIMED_DOSE, path);
        return new TimedDose(code(n, "when", path, TimeOfDay.class),
                new Dose(number(n, "value", path), code(n, "unit", path, DoseUnit.class)));
    }

    private Condition condition(JsonNode n, String path) {
        if (!object(n, path, "a condition object")) {
            return null;
        }
        unknownFields(n, KnownFields.CONDITION, path);
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
        unknownFields(n, KnownFields.CODING, path);
        return new Coding(text(n, "system", path), text(n, "code", path), text(n, "display", path));
    }

    private InstrumentScore score(JsonNode n, String path) {
        if (!object(n, path, "an assessment {instrument, score, date}")) {
            return null;
        }
        unknownFields(n, KnownFields.SCORE, path);
        return new InstrumentScore(code(n, "instrument", path, Instrument.class), number(n, "score", path),
                date(n, "date", path));
    }

    private TaperRequest taperRequest(JsonNode n, String path) {
        if (!object(n, path, "an object {policy, start, order, startingDailyMme, holdUntil}")) {
            return null;
        }
        unknownFields(n, KnownFields.TAPER, path);
        List<String> order = new ArrayList<>();
        forEach(n, "order", path, (o, p) -> {
            if (o.isTextual()) {
                order.add(o.asText());
            } else {
                problem(p, o, "a medicine name");
                order.add("");
            }
        });
        return new TaperRequest(text(n, "policy", path), date(n, "start", path), order,
                number(n, "startingDailyMme", path), date(n, "holdUntil", path));
    }
}

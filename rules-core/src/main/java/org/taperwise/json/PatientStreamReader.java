package org.taperwise.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.taperwise.ValidFacts;
import org.taperwise.evaluation.Validator;
import org.taperwise.files.JsonTrees;
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
import org.taperwise.model.TimeOfDay;
import org.taperwise.model.TimedDose;

/**
 * The fast path for one patient object: Jackson's streaming parser straight to {@link PatientFacts}, with no tree.
 * It reads only input that is entirely good: every field one the contract defines, of the right type, no
 * {@code null}, every code and date valid, and the record valid ({@link Validator}). At the first thing that is not,
 * it gives up and returns null, and {@link PatientJsonReader} reads the same text again with {@link PatientReader}
 * over a tree, which finds and reports every problem (or, lenient, every unknown field as a warning) exactly as
 * before. So the facts of a good record are those {@link PatientReader} reads (the same values: integers as
 * {@code BigDecimal.valueOf}, decimals normalised as {@link JsonTrees} does, dates by {@link FieldReader#isoDate}),
 * and every message about a bad one comes from one place. The parser is {@link JsonTrees#FACTORY}'s, with the same
 * limits and duplicate-key check (a duplicate key is refused by the parser, and so read again and reported).
 * Stateless and thread-safe.
 */
final class PatientStreamReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Not a problem report: only "read this again the slow way"; no stack trace. */
    private static final class Unsure extends Exception {
        private static final long serialVersionUID = 1L;
        static final Unsure INSTANCE = new Unsure();

        private Unsure() {
            super(null, null, false, false);
        }
    }

    private PatientStreamReader() {
    }

    /** The patient, or null when the text is anything but one good patient object (then read it with the tree). */
    static PatientFacts read(String json) {
        try (JsonParser p = JsonTrees.FACTORY.createParser(json)) {
            ValidFacts valid = read(p);
            return valid == null ? null : valid.facts();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * As {@link #read(String)} of the UTF-8 bytes {@code utf8[offset, offset + length)}, parsed as bytes (no text is
     * made of them). The caller makes sure the bytes are text Java's decoder reads the same way (plain ASCII, say):
     * Jackson's decoder accepts some byte sequences Java's replaces.
     */
    static ValidFacts read(byte[] utf8, int offset, int length) {
        try (JsonParser p = JsonTrees.FACTORY.createParser(utf8, offset, length)) {
            return read(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static ValidFacts read(JsonParser p) throws IOException {
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            PatientFacts facts = patient(p);
            if (p.nextToken() != null) {
                return null;
            }
            return ValidFacts.of(facts);
        } catch (Unsure | IOException | RuntimeException e) {
            return null;   // malformed, a limit, a duplicate key, a bad value: the tree reader says what
        }
    }

    private static PatientFacts patient(JsonParser p) throws IOException, Unsure {
        String patientId = null;
        LocalDate asOf = null;
        LocalDate birthDate = null;
        Sex sex = null;
        Boolean pregnant = null;
        LocalDate historyStart = null;
        List<Condition> conditions = new ArrayList<>();
        List<Prescription> prescriptions = new ArrayList<>();
        List<InstrumentScore> scores = new ArrayList<>();
        TaperRequest taper = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "patientId" -> patientId = text(p, t);
                case "asOf" -> asOf = date(p, t);
                case "birthDate" -> birthDate = date(p, t);
                case "sex" -> sex = code(p, t, Sex.class);
                case "pregnant" -> pregnant = bool(t);
                case "historyStart" -> historyStart = date(p, t);
                case "conditions" -> {
                    array(t);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        conditions.add(condition(p, p.currentToken()));
                    }
                }
                case "prescriptions" -> {
                    array(t);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        prescriptions.add(prescription(p, p.currentToken()));
                    }
                }
                case "assessments" -> {
                    array(t);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        scores.add(score(p, p.currentToken()));
                    }
                }
                case "taperRequest" -> taper = taperRequest(p, t);
                default -> throw Unsure.INSTANCE;
            }
        }
        return new PatientFacts(patientId, asOf, birthDate, sex, pregnant, historyStart, conditions, prescriptions,
                scores, taper);
    }

    private static Prescription prescription(JsonParser p, JsonToken start) throws IOException, Unsure {
        object(start);
        String id = null;
        String medicine = null;
        List<Coding> codings = new ArrayList<>(1);
        Form form = null;
        Strength strength = null;
        Dose dose = null;
        BigDecimal timesPerDay = null;
        boolean asNeeded = false;
        BigDecimal changeEveryDays = null;
        LocalDate issued = null;
        Integer daysSupply = null;
        BigDecimal quantity = null;
        List<TimedDose> doses = new ArrayList<>(0);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "id" -> id = text(p, t);
                case "medicine" -> medicine = text(p, t);
                case "coding" -> {
                    array(t);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        codings.add(coding(p, p.currentToken()));
                    }
                }
                case "form" -> form = code(p, t, Form.class);
                case "strength" -> {
                    object(t);
                    BigDecimal[] value = new BigDecimal[1];
                    StrengthUnit unit = amount(p, value, StrengthUnit.class);
                    strength = new Strength(value[0], unit);
                }
                case "dose" -> {
                    object(t);
                    BigDecimal[] value = new BigDecimal[1];
                    DoseUnit unit = amount(p, value, DoseUnit.class);
                    dose = new Dose(value[0], unit);
                }
                case "timesPerDay" -> timesPerDay = number(p, t);
                case "asNeeded" -> asNeeded = bool(t);
                case "changeEveryDays" -> changeEveryDays = number(p, t);
                case "issued" -> issued = date(p, t);
                case "daysSupply" -> {
                    BigDecimal days = number(p, t);
                    // the range PatientReader checks before the value becomes an int
                    if (days.signum() <= 0 || days.compareTo(BigDecimal.valueOf(3650)) > 0
                            || days.stripTrailingZeros().scale() > 0) {
                        throw Unsure.INSTANCE;
                    }
                    daysSupply = days.intValueExact();
                }
                case "quantity" -> quantity = number(p, t);
                case "doses" -> {
                    array(t);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        doses.add(timedDose(p, p.currentToken()));
                    }
                }
                default -> throw Unsure.INSTANCE;
            }
        }
        return new Prescription(id, medicine, codings, form, strength, dose, timesPerDay, asNeeded, changeEveryDays,
                issued, daysSupply, quantity, doses);
    }

    /** The fields of {value, unit}; the parser is inside the object, which it leaves. */
    private static <E extends Enum<E> & JsonCode> E amount(JsonParser p, BigDecimal[] value, Class<E> type)
            throws IOException, Unsure {
        E unit = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "value" -> value[0] = number(p, t);
                case "unit" -> unit = code(p, t, type);
                default -> throw Unsure.INSTANCE;
            }
        }
        return unit;
    }

    private static TimedDose timedDose(JsonParser p, JsonToken start) throws IOException, Unsure {
        object(start);
        TimeOfDay when = null;
        BigDecimal value = null;
        DoseUnit unit = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "when" -> when = code(p, t, TimeOfDay.class);
                case "value" -> value = number(p, t);
                case "unit" -> unit = code(p, t, DoseUnit.class);
                default -> throw Unsure.INSTANCE;
            }
        }
        return new TimedDose(when, new Dose(value, unit));
    }

    private static Condition condition(JsonParser p, JsonToken start) throws IOException, Unsure {
        object(start);
        ConditionConcept code = null;
        Coding coding = null;
        LocalDate since = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "code" -> code = code(p, t, ConditionConcept.class);
                case "coding" -> coding = coding(p, t);
                case "since" -> since = date(p, t);
                default -> throw Unsure.INSTANCE;
            }
        }
        return new Condition(code, coding, since);
    }

    private static Coding coding(JsonParser p, JsonToken start) throws IOException, Unsure {
        object(start);
        String system = null;
        String code = null;
        String display = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "system" -> system = text(p, t);
                case "code" -> code = text(p, t);
                case "display" -> display = text(p, t);
                default -> throw Unsure.INSTANCE;
            }
        }
        return new Coding(system, code, display);
    }

    private static InstrumentScore score(JsonParser p, JsonToken start) throws IOException, Unsure {
        object(start);
        Instrument instrument = null;
        BigDecimal score = null;
        LocalDate date = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "instrument" -> instrument = code(p, t, Instrument.class);
                case "score" -> score = number(p, t);
                case "date" -> date = date(p, t);
                default -> throw Unsure.INSTANCE;
            }
        }
        return new InstrumentScore(instrument, score, date);
    }

    private static TaperRequest taperRequest(JsonParser p, JsonToken start) throws IOException, Unsure {
        object(start);
        String policy = null;
        LocalDate begin = null;
        List<String> order = new ArrayList<>();
        BigDecimal startingDailyMme = null;
        LocalDate holdUntil = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "policy" -> policy = text(p, t);
                case "start" -> begin = date(p, t);
                case "order" -> {
                    array(t);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        order.add(text(p, p.currentToken()));
                    }
                }
                case "startingDailyMme" -> startingDailyMme = number(p, t);
                case "holdUntil" -> holdUntil = date(p, t);
                default -> throw Unsure.INSTANCE;
            }
        }
        return new TaperRequest(policy, begin, order, startingDailyMme, holdUntil);
    }

    private static void object(JsonToken t) throws Unsure {
        if (t != JsonToken.START_OBJECT) {
            throw Unsure.INSTANCE;
        }
    }

    private static void array(JsonToken t) throws Unsure {
        if (t != JsonToken.START_ARRAY) {
            throw Unsure.INSTANCE;
        }
    }

    private static String text(JsonParser p, JsonToken t) throws IOException, Unsure {
        if (t != JsonToken.VALUE_STRING) {
            throw Unsure.INSTANCE;
        }
        return p.getText();
    }

    private static boolean bool(JsonToken t) throws Unsure {
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw Unsure.INSTANCE;
    }

    /** As the tree reader's {@code decimalValue()} of the node {@link JsonTrees} builds for the number. */
    private static BigDecimal number(JsonParser p, JsonToken t) throws IOException, Unsure {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return switch (p.getNumberType()) {
                case INT -> BigDecimal.valueOf(p.getIntValue());
                case LONG -> BigDecimal.valueOf(p.getLongValue());
                default -> new BigDecimal(p.getBigIntegerValue());
            };
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            return NODES.numberNode(p.getDecimalValue()).decimalValue();
        }
        throw Unsure.INSTANCE;
    }

    private static LocalDate date(JsonParser p, JsonToken t) throws IOException, Unsure {
        LocalDate d = FieldReader.isoDate(text(p, t));
        if (d == null) {
            throw Unsure.INSTANCE;
        }
        return d;
    }

    private static <E extends Enum<E> & JsonCode> E code(JsonParser p, JsonToken t, Class<E> type)
            throws IOException, Unsure {
        E e = Codes.parse(type, text(p, t)).orElse(null);
        if (e == null) {
            throw Unsure.INSTANCE;
        }
        return e;
    }
}

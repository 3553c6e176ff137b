package org.taperwise.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.taperwise.InvalidInputException;
import org.taperwise.Problem;
import org.taperwise.TaperwiseEngine;
import org.taperwise.ValidFacts;
import org.taperwise.files.JsonTrees;
import org.taperwise.model.PatientFacts;

/**
 * Reads patient JSON (contract section 1) one way: {@link TaperwiseJson#strict()} refuses a field the contract does
 * not define, like any other bad input (its path, its value and the nearest known field);
 * {@link TaperwiseJson#lenient()} ignores it and reports it as an {@code UNKNOWN_FIELD} warning in
 * {@link ParsedPatient#warnings()} and so in the assessment. Immutable and thread-safe.
 *
 * <pre>{@code
 * String out = TaperwiseJson.lenient().evaluate(engine, patientJson);   // unknown fields become warnings
 * }</pre>
 */
public final class PatientJsonReader {
    static final PatientJsonReader STRICT = new PatientJsonReader(false);
    static final PatientJsonReader LENIENT = new PatientJsonReader(true);

    /** Streaming only: duplicate keys refused, floats read as BigDecimal (see JsonTrees); no ObjectMapper. */
    private static final JsonFactory FACTORY = JsonTrees.FACTORY;

    private final boolean lenient;

    private PatientJsonReader(boolean lenient) {
        this.lenient = lenient;
    }

    /** Whether fields the contract does not define are warnings ({@code true}) or bad input ({@code false}). */
    public boolean lenient() {
        return lenient;
    }

    /**
     * Reads one patient object.
     *
     * @throws InvalidInputException listing every problem (malformed JSON, wrong types, unknown codes, bad values, and
     *                               unknown fields unless lenient)
     */
    public ParsedPatient readPatient(String json) {
        if (json != null) {
            // a good record straight from the parser; anything else is read again over a tree, which reports it
            PatientFacts fast = PatientStreamReader.read(json);
            if (fast != null) {
                return new ParsedPatient(fast, List.of());
            }
        }
        JsonNode root = parse(json);
        if (!root.isObject()) {
            throw new InvalidInputException(List.of(new Problem("", kind(root), "a patient object")));
        }
        return readPatient(root);
    }

    /**
     * The patient in the UTF-8 bytes {@code utf8[offset, offset + length)} when they are one entirely good patient
     * object in plain ASCII (no byte 0, none above 127), read straight from the bytes and checked against the
     * contract; null otherwise, never an exception. A good patient has no warnings (it has no unknown field), so
     * {@code readPatient} of the same text would give these facts and none. On null, read the text with
     * {@link #readPatient(String)}, which reads it or reports what is wrong. Plain ASCII only, since Jackson's UTF-8
     * decoder accepts some byte sequences (encoded surrogates, overlong forms) that Java's decoder replaces.
     */
    public ValidFacts readGoodPatient(byte[] utf8, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if (utf8[i] <= 0) {   // 0, or the first bit set (above 127)
                return null;
            }
        }
        return PatientStreamReader.read(utf8, offset, length);
    }

    /**
     * Reads a patient object or an array of them. Every problem in every patient is reported together, each path
     * prefixed with the patient's index ({@code [2].prescriptions[0].dose.value}) when the input is an array.
     *
     * @throws InvalidInputException when any patient has a problem: none is returned
     */
    public List<ParsedPatient> readPatients(String json) {
        JsonNode root = parse(json);
        if (root.isObject()) {
            return List.of(readPatient(root));
        }
        if (!root.isArray()) {
            throw new InvalidInputException(List.of(new Problem("", kind(root),
                    "a patient object or an array of patient objects")));
        }
        List<ParsedPatient> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            PatientReader reader = new PatientReader("[" + i + "].", lenient);
            var facts = reader.read(root.get(i));
            problems.addAll(reader.problems());
            if (facts != null) {
                out.add(new ParsedPatient(facts, reader.warnings()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.copyOf(out);
    }

    /** Reads one patient, evaluates it and writes the assessment (with the reader's warnings): JSON in, JSON out. */
    public String evaluate(TaperwiseEngine engine, String patientJson) {
        ParsedPatient p = readPatient(patientJson);
        return TaperwiseJson.write(engine.evaluate(p.facts()).withWarningsBefore(p.warnings()));
    }

    @Override
    public String toString() {
        return lenient ? "PatientJsonReader[lenient: unknown fields are warnings]"
                : "PatientJsonReader[strict: unknown fields are bad input]";
    }

    private ParsedPatient readPatient(JsonNode node) {
        PatientReader reader = new PatientReader("", lenient);
        var facts = reader.read(node);
        if (facts == null) {
            throw new InvalidInputException(reader.problems());
        }
        return new ParsedPatient(facts, reader.warnings());
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidInputException(List.of(new Problem("", "empty input", "a JSON patient object")));
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonNode node = JsonTrees.read(parser);
            if (parser.nextToken() != null) {
                throw new InvalidInputException(List.of(new Problem("", "more than one JSON value",
                        "exactly one JSON value (an object, or an array of objects)")));
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new InvalidInputException(List.of(new Problem("", "malformed JSON" + where,
                    "well-formed JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kind(JsonNode n) {
        return n.isArray() ? "an array" : n.isTextual() ? "a string" : n.isNumber() ? "a number"
                : n.isBoolean() ? "a boolean" : n.isNull() ? "null" : n.getNodeType().toString().toLowerCase();
    }
}

package org.taperwise.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.taperwise.InvalidInputException;
import org.taperwise.Problem;
import org.taperwise.TaperwiseEngine;
import org.taperwise.model.Assessment;

/**
 * JSON in and out, exactly as {@code shared/contract.md} sections 1 and 2 say. Thread-safe; configured once.
 *
 * <pre>{@code
 * String out = TaperwiseJson.evaluate(engine, patientJson);   // JSON in, JSON out
 * }</pre>
 */
public final class TaperwiseJson {
    /** Streaming only: duplicate keys refused, floats read as BigDecimal (see JsonTrees); no ObjectMapper. */
    private static final JsonFactory FACTORY = org.taperwise.files.JsonTrees.FACTORY;

    private TaperwiseJson() {
    }

    /**
     * Reads one patient object.
     *
     * @throws InvalidInputException listing every problem (malformed JSON, wrong types, unknown codes, bad values)
     */
    public static ParsedPatient readPatient(String json) {
        JsonNode root = parse(json);
        if (!root.isObject()) {
            throw new InvalidInputException(List.of(new Problem("", kind(root), "a patient object")));
        }
        return read(root, "");
    }

    /**
     * Reads a patient object or an array of them. Every problem in every patient is reported together, each path
     * prefixed with the patient's index ({@code [2].prescriptions[0].dose.value}) when the input is an array.
     *
     * @throws InvalidInputException when any patient has a problem: none is returned
     */
    public static List<ParsedPatient> readPatients(String json) {
        JsonNode root = parse(json);
        if (root.isObject()) {
            return List.of(read(root, ""));
        }
        if (!root.isArray()) {
            throw new InvalidInputException(List.of(new Problem("", kind(root),
                    "a patient object or an array of patient objects")));
        }
        List<ParsedPatient> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            PatientReader reader = new PatientReader("[" + i + "].");
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

    /** Reads one patient, evaluates it and writes the assessment: JSON in, JSON out. */
    public static String evaluate(TaperwiseEngine engine, String patientJson) {
        ParsedPatient p = readPatient(patientJson);
        return write(engine.evaluate(p.facts()).withWarningsBefore(p.warnings()));
    }

    /** The assessment as compact JSON (one line). */
    public static String write(Assessment assessment) {
        StringWriter w = new StringWriter(2048);
        write(assessment, w, false);
        return w.toString();
    }

    /** The assessment as JSON, indented when {@code pretty}. */
    public static void write(Assessment assessment, Writer out, boolean pretty) {
        try {
            AssessmentWriter.write(FACTORY, assessment, out, pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Several assessments as one JSON array. */
    public static void writeArray(List<Assessment> assessments, Writer out, boolean pretty) {
        try {
            AssessmentWriter.writeArray(FACTORY, assessments, out, pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedPatient read(JsonNode node, String prefix) {
        PatientReader reader = new PatientReader(prefix);
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
            JsonNode node = org.taperwise.files.JsonTrees.read(parser);
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

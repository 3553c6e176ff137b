package org.taperwise.json;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.taperwise.InvalidInputException;
import org.taperwise.TaperwiseEngine;
import org.taperwise.model.Assessment;

/**
 * JSON in and out, exactly as {@code shared/contract.md} sections 1 and 2 say. Thread-safe; configured once.
 *
 * <pre>{@code
 * String out = TaperwiseJson.evaluate(engine, patientJson);            // JSON in, JSON out; unknown fields refused
 * String kept = TaperwiseJson.lenient().evaluate(engine, patientJson); // unknown fields become warnings
 * }</pre>
 */
public final class TaperwiseJson {
    /** Streaming only: duplicate keys refused, floats read as BigDecimal (see JsonTrees); no ObjectMapper. */
    private static final JsonFactory FACTORY = org.taperwise.files.JsonTrees.FACTORY;

    private TaperwiseJson() {
    }

    /**
     * The strict reader, which the static methods below use: a field the contract does not define is bad input,
     * refused with its path, its value and the nearest known field.
     */
    public static PatientJsonReader strict() {
        return PatientJsonReader.STRICT;
    }

    /**
     * The lenient reader, for a host that must accept records with extra fields: each field the contract does not
     * define is ignored and reported as an {@code UNKNOWN_FIELD} warning in the assessment. A misspelt field is then
     * silently absent from the evaluation but for that warning; prefer {@link #strict()}.
     */
    public static PatientJsonReader lenient() {
        return PatientJsonReader.LENIENT;
    }

    /**
     * Reads one patient object, strictly.
     *
     * @throws InvalidInputException listing every problem (malformed JSON, wrong types, unknown codes, bad values,
     *                               unknown fields)
     */
    public static ParsedPatient readPatient(String json) {
        return PatientJsonReader.STRICT.readPatient(json);
    }

    /**
     * Reads a patient object or an array of them, strictly. Every problem in every patient is reported together, each
     * path prefixed with the patient's index ({@code [2].prescriptions[0].dose.value}) when the input is an array.
     *
     * @throws InvalidInputException when any patient has a problem: none is returned
     */
    public static List<ParsedPatient> readPatients(String json) {
        return PatientJsonReader.STRICT.readPatients(json);
    }

    /** Reads one patient strictly, evaluates it and writes the assessment: JSON in, JSON out. */
    public static String evaluate(TaperwiseEngine engine, String patientJson) {
        return PatientJsonReader.STRICT.evaluate(engine, patientJson);
    }

    /** The assessment as compact JSON (one line). */
    public static String write(Assessment assessment) {
        StringWriter w = new StringWriter(2048);
        write(assessment, w, false);
        return w.toString();
    }

    /**
     * The assessment as compact JSON (one line, no line break) in UTF-8, the same text as {@link #write(Assessment)};
     * faster where bytes are wanted (no characters in between). {@code out} is neither flushed nor closed.
     */
    public static void write(Assessment assessment, OutputStream out) {
        try {
            AssessmentWriter.write(FACTORY, assessment, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}

package org.taperwise.examples.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taperwise.EvaluationException;
import org.taperwise.InvalidInputException;
import org.taperwise.Problem;
import org.taperwise.TaperwiseEngine;
import org.taperwise.json.ParsedPatient;
import org.taperwise.json.PatientJsonReader;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.Assessment;
import org.taperwise.model.Flag;
import org.taperwise.model.RulesetInfo;

/**
 * Evaluates one partition on an executor, with the executor's one engine ({@link ExecutorEngines}): each
 * {@link InputRecord} becomes one result row of {@link #SCHEMA}, of one of three kinds.
 *
 * <ul>
 *   <li>{@value #ASSESSMENT}: {@code json} is the assessment exactly as {@code taperwise screen} writes its line
 *       (contract section 2, compact), with the columns a query needs beside it.</li>
 *   <li>{@value #ERROR}: a bad line or row (not UTF-8, too long, malformed JSON, bad input, a failed evaluation);
 *       {@code json} is the error record {@code {"source", "line"|"row", "messages": [...]}}, one message per
 *       problem in the words {@code screen} prints on stderr ({@code FILE line N: path: value (expected ...)}).
 *       Never dropped: the job writes these to its {@code errors} output and counts them.</li>
 *   <li>{@value #BLANK}: a blank line, ignored as {@code screen} ignores it, and counted.</li>
 * </ul>
 */
final class Screening {
    private static final Logger LOG = LoggerFactory.getLogger(Screening.class);
    private static final JsonFactory JSON = new JsonFactory();

    static final String ASSESSMENT = "assessment";
    static final String ERROR = "error";
    static final String BLANK = "blank";

    /** The result rows: kind, json, and for assessments the columns of the Parquet output. */
    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("json", DataTypes.StringType, true)
            .add("patientId", DataTypes.StringType, true)
            .add("asOf", DataTypes.StringType, true)
            .add("eligibility", DataTypes.StringType, true)
            .add("totalDailyMg", DataTypes.DoubleType, true)
            .add("mmeComplete", DataTypes.BooleanType, true)
            .add("flags", DataTypes.createArrayType(DataTypes.StringType, false), true)
            .add("taperStatus", DataTypes.StringType, true)
            .add("rulesetId", DataTypes.StringType, true)
            .add("rulesetVersion", DataTypes.StringType, true)
            .add("rulesetSha256", DataTypes.StringType, true)
            .add("profile", DataTypes.StringType, true);

    private Screening() {
    }

    /** The partition's results, one row per record, in order; evaluated as the rows are taken. */
    static Iterator<Row> evaluate(EngineSpec spec, Iterator<InputRecord> records) {
        TaperwiseEngine engine = ExecutorEngines.engine(spec);   // refuses the task when the pin does not match
        PatientJsonReader reader = spec.reader();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                return evaluate(engine, reader, records.next());
            }
        };
    }

    static Row evaluate(TaperwiseEngine engine, PatientJsonReader reader, InputRecord r) {
        if (r.problem() != null) {
            return error(r, List.of(r.where() + r.problem()));
        }
        if (r.json().isBlank()) {
            return RowFactory.create(BLANK, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        try {
            ParsedPatient patient = reader.readPatient(r.json());
            Assessment a = engine.evaluate(patient.facts()).withWarningsBefore(patient.warnings());
            return assessment(a, TaperwiseJson.write(a));
        } catch (InvalidInputException e) {
            List<String> messages = new ArrayList<>();
            for (Problem p : e.problems()) {
                messages.add(r.where() + describe(p));
            }
            return error(r, messages);
        } catch (EvaluationException e) {
            return error(r, List.of(r.where() + "evaluation failed: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // not a documented failure: the exception's message might quote patient data, so only at DEBUG
            LOG.debug("{}evaluation failed", r.where(), e);
            return error(r, List.of(r.where() + "evaluation failed: internal error " + e.getClass().getName()
                    + " (details in the DEBUG log)"));
        }
    }

    private static Row assessment(Assessment a, String json) {
        List<String> flags = new ArrayList<>(a.flags().size());
        for (Flag f : a.flags()) {
            flags.add(f.code().code());
        }
        RulesetInfo ruleset = a.ruleset();
        return RowFactory.create(ASSESSMENT, json, a.patientId(), a.asOf().toString(),
                a.eligibility().status().code(), a.mme().totalDailyMg(), a.mme().complete(),
                flags.toArray(new String[0]),
                a.taper() == null ? null : a.taper().status().code(), ruleset.id(), ruleset.version(),
                ruleset.sha256(), a.profile());
    }

    private static Row error(InputRecord r, List<String> messages) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("source", r.source());
            g.writeNumberField(r.unit(), r.position());
            g.writeArrayFieldStart("messages");
            for (String m : messages) {
                g.writeString(m);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RowFactory.create(ERROR, out.toString(), null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** A problem as {@code screen} prints it: {@code path: value (expected ...)}; a line's JSON is one line. */
    static String describe(Problem p) {
        String value = p.value().replace("malformed JSON at line 1, column ", "malformed JSON at column ");
        return (p.path().isEmpty() ? "" : p.path() + ": ") + value + " (expected " + p.expected() + ")";
    }
}

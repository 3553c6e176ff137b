package org.taperwise.examples.cohort;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.taperwise.model.Coding;
import org.taperwise.model.Condition;
import org.taperwise.model.Dose;
import org.taperwise.model.InstrumentScore;
import org.taperwise.model.JsonCode;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.Strength;
import org.taperwise.model.TaperRequest;
import org.taperwise.model.TimedDose;

/**
 * Writes {@link PatientFacts} as the patient object of {@code shared/contract.md} section 1, so that
 * {@code TaperwiseJson.readPatient} reads back equal facts. Absent optional fields are omitted (never {@code null}),
 * as are empty lists; numbers keep their exact decimal value; codes are written in the contract's spelling.
 * Thread-safe.
 *
 * <pre>{@code
 * String line = PatientJson.write(new SyntheticCohort(7).next());   // one line, no line break
 * }</pre>
 */
public final class PatientJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private PatientJson() {
    }

    /** The patient as compact JSON: one line. */
    public static String write(PatientFacts patient) {
        StringWriter w = new StringWriter(1024);
        write(patient, w);
        return w.toString();
    }

    /** Writes the patient as compact JSON (no line break); {@code out} is neither flushed nor closed. */
    public static void write(PatientFacts patient, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            patient(g, patient);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void patient(JsonGenerator g, PatientFacts p) throws IOException {
        g.writeStartObject();
        string(g, "patientId", p.patientId());
        date(g, "asOf", p.asOf());
        date(g, "birthDate", p.birthDate());
        code(g, "sex", p.sex());
        if (p.pregnant() != null) {
            g.writeBooleanField("pregnant", p.pregnant());
        }
        date(g, "historyStart", p.historyStart());
        if (!p.conditions().isEmpty()) {
            g.writeArrayFieldStart("conditions");
            for (Condition c : p.conditions()) {
                condition(g, c);
            }
            g.writeEndArray();
        }
        if (!p.prescriptions().isEmpty()) {
            g.writeArrayFieldStart("prescriptions");
            for (Prescription rx : p.prescriptions()) {
                prescription(g, rx);
            }
            g.writeEndArray();
        }
        if (!p.assessments().isEmpty()) {
            g.writeArrayFieldStart("assessments");
            for (InstrumentScore s : p.assessments()) {
                g.writeStartObject();
                code(g, "instrument", s.instrument());
                number(g, "score", s.score());
                date(g, "date", s.date());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (p.taperRequest() != null) {
            taperRequest(g, p.taperRequest());
        }
        g.writeEndObject();
    }

    private static void condition(JsonGenerator g, Condition c) throws IOException {
        g.writeStartObject();
        code(g, "code", c.code());
        if (c.coding() != null) {
            g.writeFieldName("coding");
            coding(g, c.coding());
        }
        date(g, "since", c.since());
        g.writeEndObject();
    }

    private static void prescription(JsonGenerator g, Prescription rx) throws IOException {
        g.writeStartObject();
        string(g, "id", rx.id());
        string(g, "medicine", rx.medicine());
        codings(g, rx.coding());
        code(g, "form", rx.form());
        Strength s = rx.strength();
        if (s != null) {
            g.writeObjectFieldStart("strength");
            number(g, "value", s.value());
            code(g, "unit", s.unit());
            g.writeEndObject();
        }
        Dose d = rx.dose();
        if (d != null) {
            g.writeObjectFieldStart("dose");
            number(g, "value", d.value());
            code(g, "unit", d.unit());
            g.writeEndObject();
        }
        if (rx.timed()) {
            g.writeArrayFieldStart("doses");
            for (TimedDose t : rx.doses()) {
                g.writeStartObject();
                code(g, "when", t.when());
                number(g, "value", t.dose().value());
                code(g, "unit", t.dose().unit());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        number(g, "timesPerDay", rx.timesPerDay());
        g.writeBooleanField("asNeeded", rx.asNeeded());
        number(g, "changeEveryDays", rx.changeEveryDays());
        date(g, "issued", rx.issued());
        if (rx.daysSupply() != null) {
            g.writeNumberField("daysSupply", rx.daysSupply());
        }
        number(g, "quantity", rx.quantity());
        g.writeEndObject();
    }

    private static void codings(JsonGenerator g, List<Coding> codings) throws IOException {
        if (codings.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("coding");
        for (Coding c : codings) {
            coding(g, c);
        }
        g.writeEndArray();
    }

    private static void coding(JsonGenerator g, Coding c) throws IOException {
        g.writeStartObject();
        string(g, "system", c.system());
        string(g, "code", c.code());
        string(g, "display", c.display());
        g.writeEndObject();
    }

    private static void taperRequest(JsonGenerator g, TaperRequest t) throws IOException {
        g.writeObjectFieldStart("taperRequest");
        string(g, "policy", t.policy());
        date(g, "start", t.start());
        if (!t.order().isEmpty()) {
            g.writeArrayFieldStart("order");
            for (String medicine : t.order()) {
                g.writeString(medicine);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void date(JsonGenerator g, String name, LocalDate value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }

    private static void code(JsonGenerator g, String name, JsonCode value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.code());
        }
    }

    private static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeNumber(value);
        }
    }
}

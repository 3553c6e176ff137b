package org.taperwise.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.taperwise.model.Administration;
import org.taperwise.model.Amount;
import org.taperwise.model.Assessment;
import org.taperwise.model.EligibilityReason;
import org.taperwise.model.FiredRule;
import org.taperwise.model.Flag;
import org.taperwise.model.MmeItem;
import org.taperwise.model.MmeRegimen;
import org.taperwise.model.Supply;
import org.taperwise.model.SpecialistReason;
import org.taperwise.model.Taper;
import org.taperwise.model.TaperDose;
import org.taperwise.model.TaperPolicyInfo;
import org.taperwise.model.TaperStep;
import org.taperwise.model.Warning;

/**
 * Writes an assessment field by field, in the contract's order and spelling. Absent optional fields are
 * omitted; {@code factor} and {@code dailyMme} are written as {@code null} when not computed, as the contract
 * says.
 */
final class AssessmentWriter {
    private AssessmentWriter() {
    }

    static void write(JsonFactory factory, Assessment a, Writer out, boolean pretty) throws IOException {
        try (JsonGenerator g = generator(factory, out, pretty)) {
            assessment(g, a);
        }
    }

    /** Compact, as UTF-8 bytes: the same text as {@link #write(JsonFactory, Assessment, Writer, boolean)} encoded. */
    static void write(JsonFactory factory, Assessment a, OutputStream out) throws IOException {
        JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        g.setCharacterEscapes(SurrogateEscapes.INSTANCE);
        try (g) {
            assessment(g, a);
        }
    }

    static void writeArray(JsonFactory factory, List<Assessment> list, Writer out, boolean pretty) throws IOException {
        try (JsonGenerator g = generator(factory, out, pretty)) {
            g.writeStartArray();
            for (Assessment a : list) {
                assessment(g, a);
            }
            g.writeEndArray();
        }
    }

    private static JsonGenerator generator(JsonFactory factory, Writer out, boolean pretty) throws IOException {
        JsonGenerator g = factory.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setCharacterEscapes(SurrogateEscapes.INSTANCE);
        if (pretty) {
            g.useDefaultPrettyPrinter();
        }
        return g;
    }

    private static void assessment(JsonGenerator g, Assessment a) throws IOException {
        g.writeStartObject();
        g.writeStringField("patientId", a.patientId());
        g.writeStringField("asOf", a.asOf().toString());
        g.writeObjectFieldStart("ruleset");
        g.writeStringField("id", a.ruleset().id());
        g.writeStringField("version", a.ruleset().version());
        g.writeStringField("sha256", a.ruleset().sha256());
        g.writeEndObject();
        g.writeStringField("profile", a.profile());

        g.writeObjectFieldStart("eligibility");
        g.writeStringField("status", a.eligibility().status().code());
        g.writeArrayFieldStart("reasons");
        for (EligibilityReason r : a.eligibility().reasons()) {
            g.writeStartObject();
            g.writeStringField("code", r.code().code());
            g.writeStringField("message", r.message());
            g.writeStringField("ruleId", r.ruleId());
            optional(g, "source", r.source());
            strings(g, "evidence", r.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();

        g.writeObjectFieldStart("mme");
        g.writeNumberField("totalDailyMg", a.mme().totalDailyMg());
        g.writeBooleanField("complete", a.mme().complete());
        g.writeArrayFieldStart("items");
        for (MmeItem i : a.mme().items()) {
            item(g, i);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("regimens");
        for (MmeRegimen r : a.mme().regimens()) {
            regimen(g, r);
        }
        g.writeEndArray();
        g.writeEndObject();

        g.writeArrayFieldStart("flags");
        for (Flag f : a.flags()) {
            g.writeStartObject();
            g.writeStringField("code", f.code().code());
            g.writeStringField("severity", f.severity().code());
            g.writeStringField("message", f.message());
            g.writeStringField("ruleId", f.ruleId());
            g.writeStringField("source", f.source());
            strings(g, "evidence", f.evidence());
            if (!f.reasons().isEmpty()) {
                g.writeArrayFieldStart("reasons");
                for (SpecialistReason r : f.reasons()) {
                    g.writeString(r.code());
                }
                g.writeEndArray();
            }
            if (!f.parameters().isEmpty()) {
                g.writeArrayFieldStart("parameters");
                for (org.taperwise.model.FlagParameter p : f.parameters()) {
                    g.writeStartObject();
                    g.writeStringField("name", p.name());
                    g.writeStringField("value", p.value());
                    if (p.comparison() != null) {
                        g.writeStringField("comparison", p.comparison());
                    }
                    g.writeStringField("profile", p.profile());
                    g.writeStringField("source", p.source());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();

        taper(g, a.taper());

        g.writeArrayFieldStart("firedRules");
        for (FiredRule r : a.firedRules()) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("version", r.version());
            g.writeStringField("name", r.name());
            g.writeNumberField("times", r.times());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("warnings");
        for (Warning w : a.warnings()) {
            g.writeStartObject();
            g.writeStringField("code", w.code().code());
            g.writeStringField("path", w.path());
            g.writeStringField("message", w.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("unmappedCodings", a.unmappedCodings());
        g.writeEndObject();
    }

    private static void taper(JsonGenerator g, Taper t) throws IOException {
        if (t == null) {
            return;
        }
        g.writeObjectFieldStart("taper");
        g.writeStringField("status", t.status().code());
        optional(g, "reasonCode", t.reasonCode() == null ? null : t.reasonCode().code());
        optional(g, "message", t.message());
        optional(g, "ruleId", t.ruleId());
        TaperPolicyInfo p = t.policy();
        if (p != null) {
            g.writeObjectFieldStart("policy");
            g.writeStringField("id", p.id());
            g.writeNumberField("reductionPercent", p.reductionPercent());
            g.writeStringField("basis", p.basis().code());
            g.writeNumberField("intervalDays", p.intervalDays());
            if (p.slowBelowPercent() != null) {
                g.writeNumberField("slowBelowPercent", p.slowBelowPercent());
                g.writeNumberField("slowReductionPercent", p.slowReductionPercent());
            }
            if (p.maxCutPercentOfCurrent() != null) {
                g.writeNumberField("maxCutPercentOfCurrent", p.maxCutPercentOfCurrent());
            }
            if (p.reviewMaxDays() != null) {
                g.writeNumberField("reviewMaxDays", p.reviewMaxDays());
            }
            g.writeStringField("rounding", p.rounding());
            g.writeStringField("roundingRule", p.roundingRule());
            g.writeStringField("source", p.source());
            g.writeEndObject();
        }
        strings(g, "order", t.order());
        g.writeArrayFieldStart("steps");
        for (TaperStep s : t.steps()) {
            g.writeStartObject();
            g.writeNumberField("step", s.step());
            g.writeStringField("start", s.start().toString());
            g.writeStringField("end", s.end().toString());
            g.writeNumberField("totalDailyMme", s.totalDailyMme());
            g.writeNumberField("reductionMme", s.reductionMme());
            g.writeBooleanField("reviewBefore", s.reviewBefore());
            g.writeArrayFieldStart("reviewDates");
            for (LocalDate d : s.reviewDates()) {
                g.writeString(d.toString());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("doses");
            for (TaperDose d : s.doses()) {
                g.writeStartObject();
                g.writeStringField("medicine", d.medicine());
                g.writeStringField("form", d.form().code());
                g.writeObjectFieldStart("dailyDose");
                g.writeNumberField("value", d.dailyDose().value());
                g.writeStringField("unit", d.dailyDose().unit());
                g.writeEndObject();
                g.writeFieldName("dailyMme");
                if (d.dailyMme() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(d.dailyMme());
                }
                g.writeStringField("regimen", d.regimen());
                g.writeArrayFieldStart("administrations");
                for (Administration ad : d.administrations()) {
                    g.writeStartObject();
                    g.writeStringField("when", ad.when());
                    g.writeObjectFieldStart("dose");
                    g.writeNumberField("value", ad.dose().value());
                    g.writeStringField("unit", ad.dose().unit());
                    g.writeEndObject();
                    g.writeStringField("make", ad.make());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("supply");
                for (Supply q : d.supply()) {
                    g.writeStartObject();
                    g.writeStringField("product", q.product());
                    amount(g, "strength", q.strength());
                    g.writeNumberField("quantity", q.quantity());
                    g.writeStringField("unit", q.unit());
                    g.writeNumberField("issueDays", q.issueDays());
                    g.writeNumberField("quantityPerIssue", q.quantityPerIssue());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "notes", t.notes());
        g.writeEndObject();
    }

    private static void regimen(JsonGenerator g, MmeRegimen r) throws IOException {
        g.writeStartObject();
        g.writeStringField("medicine", r.medicine());
        optional(g, "ingredient", r.ingredient());
        if (r.form() != null) {
            g.writeStringField("form", r.form().code());
        }
        g.writeBooleanField("asNeeded", r.asNeeded());
        strings(g, "prescriptionIds", r.prescriptionIds());
        amount(g, "dailyDose", r.dailyDose());
        g.writeFieldName("dailyMme");
        if (r.dailyMme() == null) {
            g.writeNull();
        } else {
            g.writeNumber(r.dailyMme());
        }
        g.writeStringField("status", r.status().code());
        g.writeEndObject();
    }

    private static void amount(JsonGenerator g, String name, Amount d) throws IOException {
        if (d != null) {
            g.writeObjectFieldStart(name);
            g.writeNumberField("value", d.value());
            g.writeStringField("unit", d.unit());
            g.writeEndObject();
        }
    }

    private static void item(JsonGenerator g, MmeItem i) throws IOException {
        g.writeStartObject();
        g.writeStringField("prescriptionId", i.prescriptionId());
        g.writeStringField("medicine", i.medicine());
        optional(g, "ingredient", i.ingredient());
        if (i.form() != null) {
            g.writeStringField("form", i.form().code());
        }
        amount(g, "dailyDose", i.dailyDose());
        g.writeFieldName("factor");
        if (i.factor() == null) {
            g.writeNull();
        } else {
            g.writeNumber(i.factor());
        }
        g.writeFieldName("dailyMme");
        if (i.dailyMme() == null) {
            g.writeNull();
        } else {
            g.writeNumber(i.dailyMme());
        }
        g.writeStringField("status", i.status().code());
        optional(g, "note", i.note());
        optional(g, "factorSource", i.factorSource());
        if (i.estimatedDailyDose() != null) {
            amount(g, "estimatedDailyDose", i.estimatedDailyDose());
            if (i.estimatedDailyMme() != null) {
                g.writeNumberField("estimatedDailyMme", i.estimatedDailyMme());
            }
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}

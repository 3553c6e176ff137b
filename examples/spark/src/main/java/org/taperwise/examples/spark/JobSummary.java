package org.taperwise.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.taperwise.model.EligibilityStatus;
import org.taperwise.model.FlagCode;
import org.taperwise.model.RulesetInfo;
import org.taperwise.model.TaperStatus;

/**
 * What a run did, counted from its results (data, not accumulators, so a retried task is never counted twice):
 * records by kind, assessments by eligibility status, flag and taper status, and the rulesets the assessments name,
 * which must be the pinned one. Printed on stderr as {@code screen} prints its summary, and written as
 * {@code summary.json}.
 */
final class JobSummary {
    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, Long> kinds;
    private final Map<String, Long> eligibility;
    private final Map<String, Long> flags;
    private final Map<String, Long> taper;
    private final List<List<String>> rulesets;
    private final RulesetInfo pinned;
    private final String profile;
    private final String input;
    private final String inputFormat;
    private final double seconds;

    private JobSummary(Map<String, Long> kinds, Map<String, Long> eligibility, Map<String, Long> flags,
            Map<String, Long> taper, List<List<String>> rulesets, RulesetInfo pinned, String profile, String input,
            String inputFormat, double seconds) {
        this.kinds = kinds;
        this.eligibility = eligibility;
        this.flags = flags;
        this.taper = taper;
        this.rulesets = rulesets;
        this.pinned = pinned;
        this.profile = profile;
        this.input = input;
        this.inputFormat = inputFormat;
        this.seconds = seconds;
    }

    static JobSummary of(Dataset<Row> results, RulesetInfo pinned, String profile, String input, String inputFormat,
            double seconds) {
        Dataset<Row> assessments = results.filter(col("kind").equalTo(Screening.ASSESSMENT));
        Map<String, Long> eligibility = new LinkedHashMap<>();
        for (EligibilityStatus s : EligibilityStatus.values()) {
            eligibility.put(s.code(), 0L);
        }
        Map<String, Long> flags = new LinkedHashMap<>();
        for (FlagCode f : FlagCode.values()) {
            flags.put(f.code(), 0L);
        }
        Map<String, Long> taper = new LinkedHashMap<>();
        for (TaperStatus t : TaperStatus.values()) {
            taper.put(t.code(), 0L);
        }
        Map<String, Long> kinds = new TreeMap<>(Map.of(Screening.ASSESSMENT, 0L, Screening.ERROR, 0L,
                Screening.BLANK, 0L));
        // one pass for kinds, eligibility and taper status (null for errors and blanks), one for flags
        for (Row r : results.groupBy("kind", "eligibility", "taperStatus").count().collectAsList()) {
            long n = r.getLong(3);
            kinds.merge(r.getString(0), n, Long::sum);
            if (Screening.ASSESSMENT.equals(r.getString(0))) {
                eligibility.merge(r.getString(1), n, Long::sum);
                taper.merge(r.isNullAt(2) ? "(no taper)" : r.getString(2), n, Long::sum);
            }
        }
        for (Row r : assessments.select(explode(col("flags"))).groupBy("col").count().collectAsList()) {
            flags.put(r.getString(0), r.getLong(1));
        }
        List<List<String>> rulesets = new ArrayList<>();
        for (Row r : assessments.select("rulesetId", "rulesetVersion", "rulesetSha256").distinct().collectAsList()) {
            rulesets.add(List.of(r.getString(0), r.getString(1), r.getString(2)));
        }
        return new JobSummary(kinds, eligibility, flags, taper, rulesets, pinned, profile, input, inputFormat,
                seconds);
    }

    long assessed() {
        return kinds.get(Screening.ASSESSMENT);
    }

    long bad() {
        return kinds.get(Screening.ERROR);
    }

    long blank() {
        return kinds.get(Screening.BLANK);
    }

    /** Every assessment names the pinned ruleset (none at all when no record was good). */
    boolean rulesetsMatch(RulesetInfo pinned) {
        return rulesets.stream().allMatch(r -> r.equals(List.of(pinned.id(), pinned.version(), pinned.sha256())));
    }

    List<List<String>> rulesets() {
        return rulesets;
    }

    /** The summary in {@code screen}'s layout, every code listed (0 included). */
    void print(PrintWriter err) {
        long read = assessed() + bad();
        err.printf(Locale.ROOT, "taperwise-spark: %d patients read, %d assessed, %d bad record%s, %d blank line%s"
                + " in %.1f s (%.0f patients/s)%n", read, assessed(), bad(), bad() == 1 ? "" : "s", blank(),
                blank() == 1 ? "" : "s", seconds, seconds > 0 ? read / seconds : 0.0);
        section(err, "eligibility status", eligibility);
        section(err, "flags (assessments carrying the flag)", flags);
        section(err, "taper status", taper);
    }

    private static void section(PrintWriter err, String title, Map<String, Long> counts) {
        err.println(title);
        counts.forEach((code, n) -> err.printf(Locale.ROOT, "  %-30s %10d%n", code, n));
    }

    /** Writes {@code summary.json}: the counts, the ruleset (id, version, sha256), profile, input and time. */
    void write(FileSystem fs, Path file) throws IOException {
        try (OutputStream out = fs.create(file, false); JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("ruleset");
            g.writeStringField("id", pinned.id());
            g.writeStringField("version", pinned.version());
            g.writeStringField("sha256", pinned.sha256());
            g.writeEndObject();
            g.writeStringField("profile", profile);
            g.writeStringField("input", input);
            g.writeStringField("inputFormat", inputFormat);
            g.writeNumberField("patientsRead", assessed() + bad());
            g.writeNumberField("assessed", assessed());
            g.writeNumberField("bad", bad());
            g.writeNumberField("blank", blank());
            map(g, "eligibility", eligibility);
            map(g, "flags", flags);
            map(g, "taper", taper);
            g.writeNumberField("seconds", Math.round(seconds * 10) / 10.0);
            g.writeEndObject();
        }
    }

    private static void map(JsonGenerator g, String name, Map<String, Long> counts) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** The messages of an error record ({@link Screening}), as {@code screen} prints them. */
    static List<String> messages(String errorRecord) {
        List<String> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(errorRecord)) {
            boolean inMessages = false;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals("messages")) {
                    inMessages = true;
                } else if (inMessages && t == JsonToken.VALUE_STRING) {
                    out.add(p.getText());
                } else if (inMessages && t == JsonToken.END_ARRAY) {
                    inMessages = false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

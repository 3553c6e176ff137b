package org.taperwise.examples.worklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Hand-made assessment lines in the shape of contract section 2, for the worklist's tests. */
final class AssessmentJson {
    static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode root = JSON.createObjectNode();
    private final ArrayNode reasons;
    private final ArrayNode flags;
    private final ObjectNode mme;

    private AssessmentJson(String id) {
        root.put("patientId", id);
        root.put("asOf", "2026-11-01");
        ObjectNode r = root.putObject("ruleset");
        r.put("id", "taperwise-builtin");
        r.put("version", "1.1.0");
        r.put("sha256", "d58f7498de5c01a9ef86c6057ba6e30c4fbf339029cb6c2c3b4d9e3da8591236");
        root.put("profile", "uk-opioids-aware");
        ObjectNode e = root.putObject("eligibility");
        e.put("status", "ELIGIBLE");
        reasons = e.putArray("reasons");
        mme = root.putObject("mme");
        mme.put("totalDailyMg", 0.0);
        mme.put("complete", true);
        mme.putArray("items");
        mme.putArray("regimens");
        flags = root.putArray("flags");
        root.putArray("firedRules");
        root.putArray("warnings");
    }

    static AssessmentJson patient(String id) {
        return new AssessmentJson(id);
    }

    AssessmentJson status(String status) {
        ((ObjectNode) root.get("eligibility")).put("status", status);
        return this;
    }

    AssessmentJson reason(String code, String message) {
        reasons.addObject().put("code", code).put("message", message).put("ruleId", "ELIG-X");
        return this;
    }

    AssessmentJson mme(double total) {
        mme.put("totalDailyMg", total);
        return this;
    }

    AssessmentJson incomplete() {
        mme.put("complete", false);
        return this;
    }

    AssessmentJson regimens(String... ingredients) {
        ArrayNode r = (ArrayNode) mme.get("regimens");
        for (String i : ingredients) {
            r.addObject().put("medicine", i).put("ingredient", i).put("form", "tablet").put("status", "COMPUTED");
        }
        return this;
    }

    AssessmentJson flag(String code, String severity) {
        flags.addObject().put("code", code).put("severity", severity).put("message", "m").put("ruleId", "R")
                .put("source", "s").putArray("evidence");
        return this;
    }

    /** A flag decided by a threshold parameter ({@code comparison} {@code above} or {@code atOrAbove}). */
    AssessmentJson flag(String code, String severity, String parameter, String value, String comparison) {
        flag(code, severity);
        ObjectNode f = (ObjectNode) flags.get(flags.size() - 1);
        f.putArray("parameters").addObject().put("name", parameter).put("value", value).put("comparison", comparison)
                .put("profile", "uk-opioids-aware").put("source", "src");
        return this;
    }

    AssessmentJson specialist(String... why) {
        flag("SPECIALIST_INPUT_REQUIRED", "HIGH");
        ArrayNode r = ((ObjectNode) flags.get(flags.size() - 1)).putArray("reasons");
        for (String w : why) {
            r.add(w);
        }
        return this;
    }

    AssessmentJson taper(String status) {
        root.putObject("taper").put("status", status).putArray("steps");
        return this;
    }

    AssessmentJson asOf(String date) {
        root.put("asOf", date);
        return this;
    }

    AssessmentJson without(String field) {
        root.remove(field);
        return this;
    }

    ObjectNode node() {
        return root;
    }

    String json() {
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines as a worklist, read as the command reads them; problems go to {@code problems}. */
    static Worklist read(int limit, List<String> lines, List<String> problems) {
        Worklist w = new Worklist(limit);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String l : lines) {
            bytes.writeBytes((l + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try {
            new WorklistReader(w, WorklistReader.DEFAULT_MAX_LINE_BYTES, "in.jsonl", problems::add)
                    .read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w;
    }

    static Worklist read(List<String> lines) {
        List<String> problems = new java.util.ArrayList<>();
        Worklist w = read(0, lines, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError("unexpected problems: " + problems);
        }
        return w;
    }

    static List<String> ids(List<WorklistEntry> entries) {
        return entries.stream().map(WorklistEntry::patientId).toList();
    }
}

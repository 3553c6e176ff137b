package org.taperwise.examples.worklist;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads an assessment's {@code flags[]}: code and severity (required), reasons and parameters (optional). */
final class FlagsReader {
    private FlagsReader() {
    }

    /** The flags, or null when {@code flags} is not an array (a problem in {@code j}). */
    static List<Assessed.FlagRead> read(JsonParser p, JsonFields j) throws IOException {
        if (!j.array(p, "flags")) {
            return null;
        }
        List<Assessed.FlagRead> flags = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String path = "flags[" + i++ + "]";
            if (!j.object(p, path)) {
                continue;
            }
            String code = null;
            String severity = null;
            boolean severityBad = false;
            List<String> why = List.of();
            List<Assessed.Parameter> parameters = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "code" -> code = j.string(p, path + ".code");
                    case "severity" -> {
                        severity = j.string(p, path + ".severity");
                        if (severity != null && !AssessmentReader.SEVERITIES.contains(severity)) {
                            j.problems.add(path + ".severity: " + j.shown(severity) + " (expected HIGH, MODERATE, INFO or"
                                    + " DATA_QUALITY)");
                            severity = null;
                            severityBad = true;
                        }
                    }
                    case "reasons" -> why = j.strings(p, path + ".reasons");
                    case "parameters" -> parameters = parameters(p, path + ".parameters", j);
                    default -> p.skipChildren();
                }
            }
            if (code == null) {
                j.missing(path + ".code", "a flag code");
            }
            if (severity == null && !severityBad) {
                j.missing(path + ".severity", "HIGH, MODERATE, INFO or DATA_QUALITY");
            }
            if (code != null && severity != null) {
                flags.add(new Assessed.FlagRead(code, severity, why, parameters));
            }
        }
        return flags;
    }

    private static List<Assessed.Parameter> parameters(JsonParser p, String path, JsonFields j) throws IOException {
        if (!j.array(p, path)) {
            return List.of();
        }
        List<Assessed.Parameter> list = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String at = path + "[" + i++ + "]";
            if (!j.object(p, at)) {
                continue;
            }
            String name = null;
            String value = null;
            String comparison = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "name" -> name = j.string(p, at + ".name");
                    case "value" -> value = j.string(p, at + ".value");
                    case "comparison" -> comparison = j.string(p, at + ".comparison");
                    default -> p.skipChildren();
                }
            }
            if (name != null && value != null) {
                list.add(new Assessed.Parameter(name, value, comparison));
            }
        }
        return list;
    }
}

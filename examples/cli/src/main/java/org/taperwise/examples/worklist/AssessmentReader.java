package org.taperwise.examples.worklist;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.taperwise.Problem;

/**
 * Reads one assessment line (contract section 2) with Jackson's streaming parser, keeping only the fields the worklist
 * uses ({@link Assessed}) and skipping the rest unread (items, taper steps, fired rules, warnings, messages). Every
 * field it needs is checked; a missing or mistyped one is named with its path. A field name given twice in one object
 * is malformed (a second {@code eligibility} cannot override the first).
 */
final class AssessmentReader {
    /** Eligibility statuses (contract section 2). */
    static final Set<String> STATUSES = Set.of("ELIGIBLE", "NOT_ELIGIBLE", "UNDETERMINED");
    /** Flag severities (contract section 2). */
    static final Set<String> SEVERITIES = Set.of("HIGH", "MODERATE", "INFO", "DATA_QUALITY");
    /** The longest patient id: the contract's limit on any input text (section 1). */
    static final int MAX_ID_CHARS = 1_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final List<String> problems = new ArrayList<>();
    private String patientId;
    private String asOf;
    private boolean rulesetSeen;
    private String rulesetId;
    private String rulesetVersion;
    private String rulesetSha256;
    private String profile;
    private boolean eligibilitySeen;
    private String status;
    private List<Assessed.Reason> reasons;
    private boolean mmeSeen;
    private Double total;
    private Boolean complete;
    private final Set<String> ingredients = new LinkedHashSet<>();
    private List<Assessed.FlagRead> flags;
    private String taperStatus;
    private boolean prescriptions;

    private AssessmentReader() {
    }

    /** The assessment on {@code bytes[offset, offset + length)} (UTF-8 JSON), or every problem with it. */
    static Assessed read(byte[] bytes, int offset, int length) throws BadAssessment {
        return new AssessmentReader().parse(bytes, offset, length);
    }

    private Assessed parse(byte[] bytes, int offset, int length) throws BadAssessment {
        try (JsonParser p = FACTORY.createParser(bytes, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadAssessment("not a JSON object (expected one assessment object a line, as `taperwise"
                        + " screen` writes)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                root(p, name);
            }
            if (p.nextToken() != null) {
                throw new BadAssessment("more than one JSON value on the line (expected one assessment object a line)");
            }
        } catch (JsonProcessingException e) {
            // never Jackson's message: it quotes the token, which may be patient data
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            String why = e.getOriginalMessage();
            if (why != null && why.startsWith("Invalid UTF-8")) {
                throw new BadAssessment("is not valid UTF-8 text" + (column > 0 ? " (at column " + column + ")" : "")
                        + "; expected UTF-8");
            }
            throw new BadAssessment("malformed JSON" + (column > 0 ? " at column " + column : "")
                    + (why != null && why.startsWith("Duplicate field") ? " (a field given twice)"
                    : "") + " (expected one assessment object a line)");
        } catch (IOException e) {
            throw new BadAssessment("cannot be read as JSON: " + e.getClass().getSimpleName());
        }
        required();
        if (!problems.isEmpty()) {
            throw new BadAssessment(problems);
        }
        return new Assessed(patientId, asOf, rulesetId, rulesetVersion, rulesetSha256, profile, status,
                List.copyOf(reasons), total, complete, List.copyOf(ingredients), List.copyOf(flags), taperStatus);
    }

    private void root(JsonParser p, String name) throws IOException {
        switch (name) {
            case "patientId" -> {
                patientId = string(p, "patientId");
                if (patientId != null && patientId.length() > MAX_ID_CHARS) {
                    problems.add("patientId: " + patientId.length() + " characters (expected at most " + MAX_ID_CHARS
                            + ")");
                    patientId = null;
                }
            }
            case "asOf" -> {
                String s = string(p, "asOf");
                if (s != null) {
                    try {
                        LocalDate.parse(s);
                        asOf = s;
                    } catch (DateTimeParseException e) {
                        problems.add("asOf: " + shown(s) + " (expected a date, YYYY-MM-DD)");
                    }
                }
            }
            case "ruleset" -> {
                rulesetSeen = object(p, "ruleset");
                if (rulesetSeen) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        p.nextToken();
                        switch (f) {
                            case "id" -> rulesetId = string(p, "ruleset.id");
                            case "version" -> rulesetVersion = string(p, "ruleset.version");
                            case "sha256" -> rulesetSha256 = string(p, "ruleset.sha256");
                            default -> p.skipChildren();
                        }
                    }
                }
            }
            case "profile" -> profile = string(p, "profile");
            case "eligibility" -> eligibility(p);
            case "mme" -> mme(p);
            case "flags" -> flags(p);
            case "taper" -> {
                if (object(p, "taper")) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        p.nextToken();
                        if (f.equals("status")) {
                            taperStatus = string(p, "taper.status");
                        } else {
                            p.skipChildren();
                        }
                    }
                }
            }
            case "prescriptions" -> {
                prescriptions = true;
                p.skipChildren();
            }
            default -> p.skipChildren();
        }
    }

    private void eligibility(JsonParser p) throws IOException {
        eligibilitySeen = object(p, "eligibility");
        if (!eligibilitySeen) {
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if (f.equals("status")) {
                String s = string(p, "eligibility.status");
                if (s != null && !STATUSES.contains(s)) {
                    problems.add("eligibility.status: " + shown(s) + " (expected ELIGIBLE, NOT_ELIGIBLE or"
                            + " UNDETERMINED)");
                } else {
                    status = s;
                }
            } else if (f.equals("reasons")) {
                if (!array(p, "eligibility.reasons")) {
                    continue;
                }
                reasons = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String path = "eligibility.reasons[" + i++ + "]";
                    if (!object(p, path)) {
                        continue;
                    }
                    String code = null;
                    String message = "";
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String g = p.currentName();
                        p.nextToken();
                        if (g.equals("code")) {
                            code = string(p, path + ".code");
                        } else if (g.equals("message")) {
                            String m = string(p, path + ".message");
                            message = m == null ? "" : m;
                        } else {
                            p.skipChildren();
                        }
                    }
                    if (code == null) {
                        missing(path + ".code", "a reason code");
                    } else {
                        reasons.add(new Assessed.Reason(code, message));
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private void mme(JsonParser p) throws IOException {
        mmeSeen = object(p, "mme");
        if (!mmeSeen) {
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            switch (f) {
                case "totalDailyMg" -> {
                    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                        double v = p.getDoubleValue();
                        if (!Double.isFinite(v) || v < 0) {
                            problems.add("mme.totalDailyMg: " + shown(p.getText()) + " (expected a number, 0 or"
                                    + " more)");
                        } else {
                            total = v;
                        }
                    } else {
                        wrongType(p, "mme.totalDailyMg", "a number");
                    }
                }
                case "complete" -> {
                    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                        complete = t == JsonToken.VALUE_TRUE;
                    } else {
                        wrongType(p, "mme.complete", "true or false");
                    }
                }
                case "regimens" -> regimens(p);
                default -> p.skipChildren();
            }
        }
    }

    private void regimens(JsonParser p) throws IOException {
        if (!array(p, "mme.regimens")) {
            return;
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String path = "mme.regimens[" + i++ + "]";
            if (!object(p, path)) {
                continue;
            }
            String ingredient = null;
            String medicine = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                if (f.equals("ingredient")) {
                    ingredient = string(p, path + ".ingredient");
                } else if (f.equals("medicine")) {
                    medicine = string(p, path + ".medicine");
                } else {
                    p.skipChildren();
                }
            }
            String name = ingredient != null ? ingredient : medicine;
            if (name != null) {
                ingredients.add(name);
            }
        }
    }

    private void flags(JsonParser p) throws IOException {
        if (!array(p, "flags")) {
            return;
        }
        flags = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String path = "flags[" + i++ + "]";
            if (!object(p, path)) {
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
                    case "code" -> code = string(p, path + ".code");
                    case "severity" -> {
                        severity = string(p, path + ".severity");
                        if (severity != null && !SEVERITIES.contains(severity)) {
                            problems.add(path + ".severity: " + shown(severity) + " (expected HIGH, MODERATE, INFO or"
                                    + " DATA_QUALITY)");
                            severity = null;
                            severityBad = true;
                        }
                    }
                    case "reasons" -> why = strings(p, path + ".reasons");
                    case "parameters" -> parameters = parameters(p, path + ".parameters");
                    default -> p.skipChildren();
                }
            }
            if (code == null) {
                missing(path + ".code", "a flag code");
            }
            if (severity == null && !severityBad) {
                missing(path + ".severity", "HIGH, MODERATE, INFO or DATA_QUALITY");
            }
            if (code != null && severity != null) {
                flags.add(new Assessed.FlagRead(code, severity, why, parameters));
            }
        }
    }

    private List<Assessed.Parameter> parameters(JsonParser p, String path) throws IOException {
        if (!array(p, path)) {
            return List.of();
        }
        List<Assessed.Parameter> list = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String at = path + "[" + i++ + "]";
            if (!object(p, at)) {
                continue;
            }
            String name = null;
            String value = null;
            String comparison = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "name" -> name = string(p, at + ".name");
                    case "value" -> value = string(p, at + ".value");
                    case "comparison" -> comparison = string(p, at + ".comparison");
                    default -> p.skipChildren();
                }
            }
            if (name != null && value != null) {
                list.add(new Assessed.Parameter(name, value, comparison));
            }
        }
        return list;
    }

    private List<String> strings(JsonParser p, String path) throws IOException {
        if (!array(p, path)) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String s = string(p, path + "[" + i++ + "]");
            if (s != null) {
                list.add(s);
            }
        }
        return list;
    }

    private void required() {
        if (patientId == null && !reported("patientId")) {
            missing("patientId", "the patient's id, a string");
        }
        if (asOf == null && !reported("asOf")) {
            missing("asOf", "a date, YYYY-MM-DD");
        }
        if (!rulesetSeen && !reported("ruleset")) {
            missing("ruleset", "an object with id, version and sha256");
        } else if (rulesetSeen) {
            if (rulesetId == null && !reported("ruleset.id")) {
                missing("ruleset.id", "a string");
            }
            if (rulesetVersion == null && !reported("ruleset.version")) {
                missing("ruleset.version", "a string");
            }
            if (rulesetSha256 == null && !reported("ruleset.sha256")) {
                missing("ruleset.sha256", "a string");
            }
        }
        if (profile == null && !reported("profile")) {
            missing("profile", "the profile's id, a string");
        }
        if (!eligibilitySeen && !reported("eligibility")) {
            missing("eligibility", "an object with status and reasons" + (prescriptions
                    ? "; this line looks like patient facts: run `taperwise screen` on it first" : ""));
        } else if (eligibilitySeen) {
            if (status == null && !reported("eligibility.status")) {
                missing("eligibility.status", "ELIGIBLE, NOT_ELIGIBLE or UNDETERMINED");
            }
            if (reasons == null && !reported("eligibility.reasons")) {
                missing("eligibility.reasons", "an array, empty for ELIGIBLE");
            }
        }
        if (!mmeSeen && !reported("mme")) {
            missing("mme", "an object with totalDailyMg and complete");
        } else if (mmeSeen) {
            if (total == null && !reported("mme.totalDailyMg")) {
                missing("mme.totalDailyMg", "a number");
            }
            if (complete == null && !reported("mme.complete")) {
                missing("mme.complete", "true or false");
            }
        }
        if (flags == null && !reported("flags")) {
            missing("flags", "an array, empty when no flag was raised");
        }
    }

    /** Whether a problem about this exact field was reported already (a wrong type). */
    private boolean reported(String path) {
        for (String s : problems) {
            if (s.startsWith(path + ":")) {
                return true;
            }
        }
        return false;
    }

    private void missing(String path, String expected) {
        problems.add(path + ": missing (expected " + expected + ")");
    }

    private String string(JsonParser p, String path) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        wrongType(p, path, "a string");
        return null;
    }

    private boolean object(JsonParser p, String path) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return true;
        }
        wrongType(p, path, "an object");
        return false;
    }

    private boolean array(JsonParser p, String path) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            return true;
        }
        wrongType(p, path, "an array");
        return false;
    }

    private void wrongType(JsonParser p, String path, String expected) throws IOException {
        JsonToken t = p.currentToken();
        problems.add(path + ": " + kind(t) + " (expected " + expected + ")");
        p.skipChildren();
    }

    private static String kind(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> String.valueOf(t);
        };
    }

    /** A value of a code field, short and with control characters escaped (codes are not patient data). */
    private static String shown(String s) {
        return "\"" + Problem.brief(Problem.escapeControls(s), 60) + "\"";
    }
}

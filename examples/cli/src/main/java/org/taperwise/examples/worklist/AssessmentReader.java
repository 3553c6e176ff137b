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

    private final JsonFields j = new JsonFields();
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
        if (!j.problems.isEmpty()) {
            throw new BadAssessment(j.problems);
        }
        return new Assessed(patientId, asOf, rulesetId, rulesetVersion, rulesetSha256, profile, status,
                List.copyOf(reasons), total, complete, List.copyOf(ingredients), List.copyOf(flags), taperStatus);
    }

    private void root(JsonParser p, String name) throws IOException {
        switch (name) {
            case "patientId" -> {
                patientId = j.string(p, "patientId");
                if (patientId != null && patientId.length() > MAX_ID_CHARS) {
                    j.problems.add("patientId: " + patientId.length() + " characters (expected at most " + MAX_ID_CHARS
                            + ")");
                    patientId = null;
                }
            }
            case "asOf" -> {
                String s = j.string(p, "asOf");
                if (s != null) {
                    try {
                        LocalDate.parse(s);
                        asOf = s;
                    } catch (DateTimeParseException e) {
                        j.problems.add("asOf: " + j.shown(s) + " (expected a date, YYYY-MM-DD)");
                    }
                }
            }
            case "ruleset" -> {
                rulesetSeen = j.object(p, "ruleset");
                if (rulesetSeen) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        p.nextToken();
                        switch (f) {
                            case "id" -> rulesetId = j.string(p, "ruleset.id");
                            case "version" -> rulesetVersion = j.string(p, "ruleset.version");
                            case "sha256" -> rulesetSha256 = j.string(p, "ruleset.sha256");
                            default -> p.skipChildren();
                        }
                    }
                }
            }
            case "profile" -> profile = j.string(p, "profile");
            case "eligibility" -> eligibility(p);
            case "mme" -> mme(p);
            case "flags" -> flags = FlagsReader.read(p, j);
            case "taper" -> {
                if (j.object(p, "taper")) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        p.nextToken();
                        if (f.equals("status")) {
                            taperStatus = j.string(p, "taper.status");
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
        eligibilitySeen = j.object(p, "eligibility");
        if (!eligibilitySeen) {
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if (f.equals("status")) {
                String s = j.string(p, "eligibility.status");
                if (s != null && !STATUSES.contains(s)) {
                    j.problems.add("eligibility.status: " + j.shown(s) + " (expected ELIGIBLE, NOT_ELIGIBLE or"
                            + " UNDETERMINED)");
                } else {
                    status = s;
                }
            } else if (f.equals("reasons")) {
                if (!j.array(p, "eligibility.reasons")) {
                    continue;
                }
                reasons = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String path = "eligibility.reasons[" + i++ + "]";
                    if (!j.object(p, path)) {
                        continue;
                    }
                    String code = null;
                    String message = "";
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String g = p.currentName();
                        p.nextToken();
                        if (g.equals("code")) {
                            code = j.string(p, path + ".code");
                        } else if (g.equals("message")) {
                            String m = j.string(p, path + ".message");
                            message = m == null ? "" : m;
                        } else {
                            p.skipChildren();
                        }
                    }
                    if (code == null) {
                        j.missing(path + ".code", "a reason code");
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
        mmeSeen = j.object(p, "mme");
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
                            j.problems.add("mme.totalDailyMg: " + j.shown(p.getText()) + " (expected a number, 0 or"
                                    + " more)");
                        } else {
                            total = v;
                        }
                    } else {
                        j.wrongType(p, "mme.totalDailyMg", "a number");
                    }
                }
                case "complete" -> {
                    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                        complete = t == JsonToken.VALUE_TRUE;
                    } else {
                        j.wrongType(p, "mme.complete", "true or false");
                    }
                }
                case "regimens" -> regimens(p);
                default -> p.skipChildren();
            }
        }
    }

    private void regimens(JsonParser p) throws IOException {
        if (!j.array(p, "mme.regimens")) {
            return;
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String path = "mme.regimens[" + i++ + "]";
            if (!j.object(p, path)) {
                continue;
            }
            String ingredient = null;
            String medicine = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                if (f.equals("ingredient")) {
                    ingredient = j.string(p, path + ".ingredient");
                } else if (f.equals("medicine")) {
                    medicine = j.string(p, path + ".medicine");
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

    private void required() {
        if (patientId == null && !j.reported("patientId")) {
            j.missing("patientId", "the patient's id, a string");
        }
        if (asOf == null && !j.reported("asOf")) {
            j.missing("asOf", "a date, YYYY-MM-DD");
        }
        if (!rulesetSeen && !j.reported("ruleset")) {
            j.missing("ruleset", "an object with id, version and sha256");
        } else if (rulesetSeen) {
            if (rulesetId == null && !j.reported("ruleset.id")) {
                j.missing("ruleset.id", "a string");
            }
            if (rulesetVersion == null && !j.reported("ruleset.version")) {
                j.missing("ruleset.version", "a string");
            }
            if (rulesetSha256 == null && !j.reported("ruleset.sha256")) {
                j.missing("ruleset.sha256", "a string");
            }
        }
        if (profile == null && !j.reported("profile")) {
            j.missing("profile", "the profile's id, a string");
        }
        if (!eligibilitySeen && !j.reported("eligibility")) {
            j.missing("eligibility", "an object with status and reasons" + (prescriptions
                    ? "; this line looks like patient facts: run `taperwise screen` on it first" : ""));
        } else if (eligibilitySeen) {
            if (status == null && !j.reported("eligibility.status")) {
                j.missing("eligibility.status", "ELIGIBLE, NOT_ELIGIBLE or UNDETERMINED");
            }
            if (reasons == null && !j.reported("eligibility.reasons")) {
                j.missing("eligibility.reasons", "an array, empty for ELIGIBLE");
            }
        }
        if (!mmeSeen && !j.reported("mme")) {
            j.missing("mme", "an object with totalDailyMg and complete");
        } else if (mmeSeen) {
            if (total == null && !j.reported("mme.totalDailyMg")) {
                j.missing("mme.totalDailyMg", "a number");
            }
            if (complete == null && !j.reported("mme.complete")) {
                j.missing("mme.complete", "true or false");
            }
        }
        if (flags == null && !j.reported("flags")) {
            j.missing("flags", "an array, empty when no flag was raised");
        }
    }
}

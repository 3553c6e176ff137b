package org.taperwise.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taperwise.RulesetProblem;

/**
 * {@code ruleset.json}: the ruleset's identity and the SHA-256 of every file in it. A file that does not match
 * its hash, or is not listed, is refused at load until {@code manifest} is run again: an edit is always a
 * deliberate act.
 */
public final class Manifest {
    public static final String FILE = "ruleset.json";
    private static final Set<String> FIELDS = Set.of("id", "version", "description", "defaultProfile", "authors",
            "reviewers", "files");
    /** For rewriting the manifest only; created on first use, never when a ruleset is merely loaded. */
    private static final class Writer {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final String id;
    private final String version;
    private final String description;
    private final String defaultProfile;
    private final Map<String, String> files;
    private final JsonNode authors;
    private final JsonNode reviewers;

    private Manifest(String id, String version, String description, String defaultProfile, Map<String, String> files,
            JsonNode authors, JsonNode reviewers) {
        this.id = id;
        this.version = version;
        this.description = description;
        this.defaultProfile = defaultProfile;
        this.files = files;
        this.authors = authors;
        this.reviewers = reviewers;
    }

    /** Parses ruleset.json; returns null (with problems recorded) when it is unusable. */
    public static Manifest parse(String text, List<RulesetProblem> problems) {
        int before = problems.size();
        JsonDocument doc = JsonDocument.parse(FILE, text, problems);
        if (doc == null) {
            return null;
        }
        JsonNode root = doc.root();
        if (!root.isObject()) {
            problems.add(doc.problem("", "must be a JSON object"));
            return null;
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                problems.add(doc.problem("/" + f, "unknown field (expected: " + String.join(", ", FIELDS) + ")"));
            }
        }
        String id = text(doc, "id", problems);
        String version = text(doc, "version", problems);
        String defaultProfile = text(doc, "defaultProfile", problems);
        if (id != null && !id.matches("[A-Za-z0-9._-]+")) {
            problems.add(doc.problem("/id", "\"" + id + "\" may contain only letters, digits, '.', '_' and '-'"));
        }
        Map<String, String> files = new LinkedHashMap<>();
        JsonNode list = root.get("files");
        if (list == null || !list.isArray()) {
            problems.add(doc.problem("/files", "must be an array of {path, sha256}"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonNode f = list.get(i);
                String path = f.path("path").asText("");
                String sha = f.path("sha256").asText("");
                if (path.isEmpty() || !sha.matches("[0-9a-f]{64}")) {
                    problems.add(doc.problem("/files/" + i, "needs a path and a 64-digit lower-case sha256"));
                } else if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
                    problems.add(doc.problem("/files/" + i, "path " + path + " must be relative, with '/' separators"));
                } else if (files.put(path, sha) != null) {
                    problems.add(doc.problem("/files/" + i, "path " + path + " is listed twice"));
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Manifest(id, version, root.path("description").asText(""), defaultProfile, Map.copyOf(files),
                root.get("authors"), root.get("reviewers"));
    }

    private static String text(JsonDocument doc, String field, List<RulesetProblem> problems) {
        JsonNode n = doc.root().get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            problems.add(doc.problem("/" + field, "must be a non-empty string"));
            return null;
        }
        return n.asText();
    }

    /**
     * Rewrites {@code ruleset.json} with the current hash of every file in the folder (except itself),
     * keeping every other field as it was.
     *
     * @return the new text
     */
    public static String recompute(String currentText, Map<String, byte[]> filesByPath) throws IOException {
        JsonNode root = Writer.MAPPER.readTree(currentText);
        if (root == null || !root.isObject()) {
            throw new IOException(FILE + " must be a JSON object");
        }
        ObjectNode obj = (ObjectNode) root;
        ArrayNode list = Writer.MAPPER.createArrayNode();
        new java.util.TreeMap<>(filesByPath).forEach((path, bytes) -> {
            if (!path.equals(FILE)) {
                list.addObject().put("path", path).put("sha256", Sha256.of(bytes));
            }
        });
        obj.set("files", list);
        return Writer.MAPPER.writeValueAsString(obj) + "\n";
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public String description() {
        return description;
    }

    public String defaultProfile() {
        return defaultProfile;
    }

    /**
     * The ruleset's SHA-256: its id, version and default profile and the hash of every listed file
     * ({@link Sha256#ofRuleset}).
     */
    public String sha256() {
        return Sha256.ofRuleset(id, version, defaultProfile, files);
    }

    /** Listed files with their SHA-256, by path. */
    public Map<String, String> files() {
        return files;
    }

    public JsonNode authors() {
        return authors;
    }

    public JsonNode reviewers() {
        return reviewers;
    }

    public static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static List<String> sortedPaths(Map<String, String> files) {
        List<String> paths = new ArrayList<>(files.keySet());
        paths.sort(null);
        return paths;
    }
}

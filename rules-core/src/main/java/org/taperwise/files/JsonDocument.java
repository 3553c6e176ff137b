package org.taperwise.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taperwise.RulesetProblem;

/**
 * A JSON file from a ruleset, parsed to a tree that remembers the line of every value, so that a problem
 * found later can name the file and line ({@code profiles/uk.json line 14}).
 */
public final class JsonDocument {
    private static final JsonFactory FACTORY = JsonTrees.FACTORY;

    private final String file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private JsonDocument(String file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /** Parses the file; on a syntax error records a problem with its line and returns null. */
    public static JsonDocument parse(String file, String text, List<RulesetProblem> problems) {
        try {
            JsonNode root = JsonTrees.read(text);
            if (root == null || root.isMissingNode()) {
                problems.add(RulesetProblem.ofFile(file, "is empty"));
                return null;
            }
            return new JsonDocument(file, root, lineIndex(text));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(RulesetProblem.at(file, line, "is not valid JSON: " + e.getOriginalMessage()));
            return null;
        } catch (java.io.IOException e) {
            problems.add(RulesetProblem.ofFile(file, "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    /** Maps each value's JSON pointer ("/parameters/highDose/value") to the line it starts on. */
    private static Map<String, Integer> lineIndex(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            // one frame per open container: its pointer, and for arrays the index of the next element
            Deque<String> pointers = new ArrayDeque<>();
            Deque<int[]> indexes = new ArrayDeque<>();
            String field = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    pointers.pop();
                    indexes.pop();
                    continue;
                }
                String pointer;
                if (pointers.isEmpty()) {
                    pointer = "";
                } else if (indexes.peek()[0] >= 0) {
                    pointer = pointers.peek() + "/" + indexes.peek()[0]++;
                } else {
                    pointer = pointers.peek() + "/" + field;
                }
                lines.putIfAbsent(pointer, (int) p.currentTokenLocation().getLineNr());
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    pointers.push(pointer);
                    indexes.push(new int[] {t == JsonToken.START_ARRAY ? 0 : -1});
                }
            }
        } catch (IOException e) {
            // the text was parsed once already; a failure here only loses line numbers
        }
        return lines;
    }

    String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** The line of the value at this JSON pointer, or of its nearest ancestor; 0 when unknown. */
    public int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    public RulesetProblem problem(String pointer, String message) {
        return new RulesetProblem(file, line(pointer), null, (pointer.isEmpty() ? "" : pointer.substring(1)
                .replace('/', '.') + ": ") + message);
    }
}

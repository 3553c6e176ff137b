package org.taperwise.examples.worklist;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.taperwise.Problem;

/**
 * Typed reads of one assessment line's fields with Jackson's streaming parser: a value of the wrong type is a problem
 * naming its path and what was expected (never the value itself, which may be patient data), and is skipped whole.
 */
final class JsonFields {
    /** The problems found so far, one a field. */
    final List<String> problems = new ArrayList<>();

    /** Whether a problem about this exact field was reported already (a wrong type). */
    boolean reported(String path) {
        for (String s : problems) {
            if (s.startsWith(path + ":")) {
                return true;
            }
        }
        return false;
    }

    void missing(String path, String expected) {
        problems.add(path + ": missing (expected " + expected + ")");
    }

    String string(JsonParser p, String path) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        wrongType(p, path, "a string");
        return null;
    }

    boolean object(JsonParser p, String path) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return true;
        }
        wrongType(p, path, "an object");
        return false;
    }

    boolean array(JsonParser p, String path) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            return true;
        }
        wrongType(p, path, "an array");
        return false;
    }

    void wrongType(JsonParser p, String path, String expected) throws IOException {
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
    static String shown(String s) {
        return "\"" + Problem.brief(Problem.escapeControls(s), 60) + "\"";
    }

    List<String> strings(JsonParser p, String path) throws IOException {
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
}

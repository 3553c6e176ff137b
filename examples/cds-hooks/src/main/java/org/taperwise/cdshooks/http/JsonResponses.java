package org.taperwise.cdshooks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every JSON body the service writes, errors included: {@code {"error": code, "message": text, "problems": [...]}}.
 * No error body ever holds a stack trace or an exception's class name.
 */
public final class JsonResponses {
    /** One mapper for the service: Jackson's mapper is thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonResponses() {
    }

    /** Writes {@code body} with this status as {@code application/json; charset=utf-8}. */
    public static void write(HttpServletResponse response, int status, JsonNode body) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** An error body: a short machine code and a message for people. */
    public static ObjectNode error(String code, String message) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("error", code);
        node.put("message", message);
        return node;
    }

    /** An error body listing problems, each {path, value, expected} (and resource where known). */
    public static ObjectNode error(String code, String message, List<ProblemView> problems) {
        ObjectNode node = error(code, message);
        if (problems.isEmpty()) {
            return node;
        }
        ArrayNode list = node.putArray("problems");
        for (ProblemView p : problems) {
            ObjectNode item = list.addObject();
            if (p.resource() != null) {
                item.put("resource", p.resource());
            }
            item.put("path", p.path());
            if (p.value() != null) {
                item.put("value", p.value());
            }
            item.put("expected", p.expected());
        }
        return node;
    }

    /** Writes an error body. */
    public static void writeError(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        write(response, status, error(code, message));
    }

    /** UTF-8 bytes of a JSON value, for tests and the result store. */
    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A problem as an error body shows it. */
    public record ProblemView(String resource, String path, String value, String expected) {
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}

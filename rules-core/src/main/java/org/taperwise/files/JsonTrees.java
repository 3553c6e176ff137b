package org.taperwise.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * JSON text to a Jackson tree with the streaming parser alone: the same tree {@code ObjectMapper.readTree} builds
 * (floats as normalised {@code BigDecimal}, duplicate keys refused), without creating an {@code ObjectMapper},
 * whose first use loads some 300 classes (about a fifth of a second of a fresh JVM's first decision).
 */
public final class JsonTrees {
    /** The deepest nesting of objects and arrays read. */
    public static final int MAX_DEPTH = 64;
    /** The most characters of one JSON number. */
    public static final int MAX_NUMBER_CHARS = 1_000;
    /** The most characters of one field name. */
    public static final int MAX_NAME_CHARS = 1_000;
    /** The most characters of one JSON string (a ruleset document's longest note is far shorter). */
    public static final int MAX_STRING_CHARS = 1_000_000;

    /**
     * Refuses duplicate keys, as the contract's input must not hold them; and bounds what one document may hold
     * (issue 13): nesting at most {@value #MAX_DEPTH} deep (the contract's objects nest four deep; this tree is built
     * by recursion), numbers at most {@value #MAX_NUMBER_CHARS} characters, field names at most
     * {@value #MAX_NAME_CHARS}, strings at most {@value #MAX_STRING_CHARS}. Beyond them the input is malformed JSON
     * with a message that names the limit.
     */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_CHARS).maxNameLength(MAX_NAME_CHARS)
                    .maxStringLength(MAX_STRING_CHARS).build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /** Parses one JSON value; a missing node when the text holds none. */
    public static JsonNode read(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            return read(p);
        }
    }

    /** The next JSON value of the parser; a missing node at the end of the input. */
    public static JsonNode read(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        return t == null ? MissingNode.getInstance() : value(p, t);
    }

    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    o.set(name, value(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    a.add(value(p, v));
                }
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + t);
        }
    }
}

package org.taperwise.cdshooks.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body as one JSON object, refusing bodies over the configured size (413) and malformed JSON (400
 * naming line and column). JSON nesting is limited (64 levels, as the patient JSON contract) so no body can exhaust
 * the stack.
 */
public final class RequestBodies {
    private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                    .maxNumberLength(1000).maxStringLength(8_000_000).build())
            .build())
            // text after the object is malformed JSON, never silently dropped (the CDC's published requests carry
            // a stray closing brace that would otherwise leave their prefetch items outside "prefetch")
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private RequestBodies() {
    }

    /** The body as a JSON object. */
    public static ObjectNode readObject(HttpServletRequest request, long maxBytes) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] body = readAtMost(request.getInputStream(), maxBytes);
        return parseObject(body);
    }

    /** Parses bytes as one JSON object. */
    public static ObjectNode parseObject(byte[] body) {
        if (body.length == 0) {
            throw new BadRequestException(400, "bad_request", "the request body is empty; a JSON object was expected");
        }
        JsonNode node;
        try {
            node = READER.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new BadRequestException(400, "malformed_json", "the request body is not valid JSON" + where
                    + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BadRequestException(400, "malformed_json", "the request body could not be read as JSON");
        }
        if (node == null || !node.isObject()) {
            throw new BadRequestException(400, "bad_request", "the request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return bytes;
    }

    private static BadRequestException tooLarge(long maxBytes) {
        return new BadRequestException(413, "request_too_large",
                "the request body is larger than the service's limit of " + maxBytes + " bytes");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}

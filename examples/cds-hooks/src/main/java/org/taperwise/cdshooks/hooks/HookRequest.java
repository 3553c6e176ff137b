package org.taperwise.cdshooks.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.taperwise.cdshooks.http.BadRequestException;

import java.net.URI;
import java.util.UUID;

/**
 * A CDS Hooks 2.0 request envelope, checked: {@code hook} (the service's own), {@code hookInstance} (a UUID),
 * {@code context} (an object with {@code patientId}; {@code draftOrders} a Bundle for order hooks),
 * {@code fhirServer} (an http(s) URL, required with {@code fhirAuthorization}) and {@code prefetch} (an object, or
 * absent). A broken envelope is a 400 naming the field.
 *
 * @param body the whole request, which prefetch fetching completes and the FHIR mapping reads
 */
public record HookRequest(CdsService service, String hookInstance, String patientId, URI fhirServer,
                          String accessToken, ObjectNode body) {

    /** Checks the envelope against the service it was sent to. */
    public static HookRequest read(CdsService service, ObjectNode body) {
        String hook = text(body, "hook");
        if (!service.hook().equals(hook)) {
            throw BadRequestException.field("hook", hook, "\"" + service.hook() + "\", the hook of service "
                    + service.id());
        }
        String instance = text(body, "hookInstance");
        try {
            UUID.fromString(instance);
        } catch (IllegalArgumentException e) {
            throw BadRequestException.field("hookInstance", instance, "a UUID");
        }
        JsonNode context = body.get("context");
        if (context == null || !context.isObject()) {
            throw BadRequestException.field("context", brief(context), "an object");
        }
        String patientId = text(context, "context.patientId", "patientId");
        if (service.ordersHook()) {
            JsonNode draft = context.get("draftOrders");
            if (draft == null || !draft.isObject() || !"Bundle".equals(draft.path("resourceType").asText())) {
                throw BadRequestException.field("context.draftOrders", brief(draft), "a FHIR Bundle of draft orders");
            }
        }
        JsonNode prefetch = body.get("prefetch");
        if (prefetch != null && !prefetch.isNull() && !prefetch.isObject()) {
            throw BadRequestException.field("prefetch", brief(prefetch), "an object of prefetch keys");
        }
        URI server = fhirServer(body);
        String token = accessToken(body, server);
        return new HookRequest(service, instance, patientId, server, token, body);
    }

    private static URI fhirServer(ObjectNode body) {
        JsonNode node = body.get("fhirServer");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw BadRequestException.field("fhirServer", brief(node), "an http or https URL");
        }
        try {
            URI uri = new URI(node.asText());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new java.net.URISyntaxException(node.asText(), "not an http(s) URL");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw BadRequestException.field("fhirServer", brief(node), "an http or https URL");
        }
    }

    private static String accessToken(ObjectNode body, URI server) {
        JsonNode auth = body.get("fhirAuthorization");
        if (auth == null || auth.isNull()) {
            return null;
        }
        if (server == null) {
            throw BadRequestException.field("fhirServer", null, "a URL: fhirAuthorization requires fhirServer "
                    + "(CDS Hooks 2.0)");
        }
        if (!auth.isObject()) {
            throw BadRequestException.field("fhirAuthorization", brief(auth), "an object");
        }
        JsonNode token = auth.get("access_token");
        if (token == null || !token.isTextual() || token.asText().isBlank()) {
            throw BadRequestException.field("fhirAuthorization.access_token", null, "the OAuth 2.0 access token");
        }
        JsonNode type = auth.get("token_type");
        if (type != null && !"Bearer".equalsIgnoreCase(type.asText())) {
            throw BadRequestException.field("fhirAuthorization.token_type", brief(type), "\"Bearer\"");
        }
        return token.asText();
    }

    private static String text(JsonNode node, String field) {
        return text(node, field, field);
    }

    private static String text(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw BadRequestException.field(path, null, "required");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw BadRequestException.field(path, brief(v), "a non-empty string");
        }
        return v.asText();
    }

    /** A short view of a value for an error message (never more than 80 characters). */
    static String brief(JsonNode v) {
        if (v == null) {
            return null;
        }
        if (v.isObject()) {
            return "an object of " + v.size();
        }
        if (v.isArray()) {
            return "an array of " + v.size();
        }
        String s = v.isTextual() ? v.asText() : v.toString();
        return org.taperwise.Problem.escapeControls(org.taperwise.Problem.brief(s, 80));
    }
}

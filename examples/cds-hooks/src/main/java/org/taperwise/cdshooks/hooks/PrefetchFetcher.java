package org.taperwise.cdshooks.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taperwise.cdshooks.http.BadRequestException;
import org.taperwise.cdshooks.http.JsonResponses;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Completes a request's prefetch (CDS Hooks 2.0, "Prefetch"): every key of {@link CdsService#PREFETCH} the client
 * sent missing or null is read from the request's {@code fhirServer}, with {@code fhirAuthorization.access_token}
 * as Bearer token, and written into the request's {@code prefetch}. Searches are limited to the history window and
 * follow the server's {@code next} links (same server only) up to {@link #MAX_PAGES} pages.
 *
 * <p>A key counts as sent when the prefetch holds it (not null), or holds under any other key a resource of the
 * key's type or a Bundle with one: a client that registered another service's prefetch keys (the CDC opioid CDS's
 * {@code item1}..{@code item16}) sends the same records under its own names, and they are read, not fetched again.
 *
 * <p>When a key is missing and there is no {@code fhirServer}, or the server fails (an error status, a timeout,
 * a body that is not FHIR JSON), the request is answered 412 Precondition Failed, as CDS Hooks 2.0 says when "the
 * CDS Service is unable to retrieve the necessary FHIR data"; the message names the prefetch key. A patient the
 * server does not know (404 on {@code Patient/id}) is a 412 too.
 */
public final class PrefetchFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(PrefetchFetcher.class);
    /** At most this many pages of one search are read. */
    public static final int MAX_PAGES = 20;
    /** At most this many bytes of one FHIR response are read. */
    public static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;
    private final int historyMonths;

    public PrefetchFetcher(Duration timeout, int historyMonths) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.historyMonths = historyMonths;
    }

    /** Fills every missing prefetch key of the request in place; the keys fetched, in order. */
    public List<String> complete(HookRequest request, LocalDate asOf) {
        ObjectNode body = request.body();
        JsonNode given = body.get("prefetch");
        ObjectNode prefetch = given != null && given.isObject() ? (ObjectNode) given : body.putObject("prefetch");
        List<String> fetched = new ArrayList<>();
        for (Map.Entry<String, String> key : CdsService.PREFETCH.entrySet()) {
            JsonNode present = prefetch.get(key.getKey());
            if (present != null && !present.isNull() || sentUnderAnotherKey(prefetch, TYPES.get(key.getKey()))) {
                continue;
            }
            if (request.fhirServer() == null) {
                throw new BadRequestException(412, "prefetch_missing", "prefetch." + key.getKey()
                        + " is missing and the request has no fhirServer to read it from");
            }
            prefetch.set(key.getKey(), fetch(request, key.getKey(), query(key.getKey(), request.patientId(), asOf)));
            fetched.add(key.getKey());
        }
        return fetched;
    }

    /** The resource type each prefetch key holds. */
    static final Map<String, String> TYPES = Map.of("patient", "Patient", "medicationRequests", "MedicationRequest",
            "medicationDispenses", "MedicationDispense", "medicationStatements", "MedicationStatement",
            "conditions", "Condition");

    private static boolean sentUnderAnotherKey(ObjectNode prefetch, String type) {
        for (JsonNode value : prefetch) {
            if (type.equals(value.path("resourceType").asText())) {
                return true;
            }
            if ("Bundle".equals(value.path("resourceType").asText())) {
                for (JsonNode entry : value.path("entry")) {
                    if (type.equals(entry.path("resource").path("resourceType").asText())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The relative FHIR query for a prefetch key, with the patient and the history window filled in. */
    String query(String key, String patientId, LocalDate asOf) {
        String id = patientId.startsWith("Patient/") ? patientId.substring("Patient/".length()) : patientId;
        String enc = URLEncoder.encode(id, StandardCharsets.UTF_8);
        String since = asOf.minusMonths(historyMonths).toString();
        return switch (key) {
            case "patient" -> "Patient/" + enc;
            case "medicationRequests" -> "MedicationRequest?patient=" + enc + "&authoredon=ge" + since;
            case "medicationDispenses" -> "MedicationDispense?patient=" + enc + "&whenhandedover=ge" + since;
            case "medicationStatements" -> "MedicationStatement?patient=" + enc + "&effective=ge" + since;
            case "conditions" -> "Condition?patient=" + enc;
            default -> throw new IllegalArgumentException("no query for prefetch key " + key);
        };
    }

    private JsonNode fetch(HookRequest request, String key, String query) {
        String base = request.fhirServer().toString();
        URI first = URI.create(base.endsWith("/") ? base + query : base + "/" + query);
        JsonNode result = get(request, key, first);
        if (!"Bundle".equals(result.path("resourceType").asText())) {
            return result;
        }
        ObjectNode bundle = (ObjectNode) result;
        ArrayNode entries = bundle.withArray("entry");
        JsonNode page = result;
        for (int pages = 1; pages < MAX_PAGES; pages++) {
            URI next = nextLink(page, base);
            if (next == null) {
                break;
            }
            page = get(request, key, next);
            page.path("entry").forEach(entries::add);
        }
        bundle.remove("link");
        return bundle;
    }

    private static URI nextLink(JsonNode page, String base) {
        for (JsonNode link : page.path("link")) {
            if ("next".equals(link.path("relation").asText()) && link.path("url").isTextual()) {
                String url = link.path("url").asText();
                // only pages of the same server: a response cannot send the access token elsewhere
                return url.startsWith(base) ? URI.create(url) : null;
            }
        }
        return null;
    }

    private JsonNode get(HookRequest request, String key, URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "application/fhir+json");
        if (request.accessToken() != null) {
            b.header("Authorization", "Bearer " + request.accessToken());
        }
        try {
            HttpResponse<byte[]> response = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw unavailable(key, "the FHIR server answered HTTP " + response.statusCode());
            }
            if (response.body().length > MAX_RESPONSE_BYTES) {
                throw unavailable(key, "the FHIR server's answer is larger than " + MAX_RESPONSE_BYTES + " bytes");
            }
            JsonNode node = JsonResponses.MAPPER.readTree(response.body());
            if (node == null || !node.isObject() || !node.path("resourceType").isTextual()) {
                throw unavailable(key, "the FHIR server's answer is not a FHIR resource");
            }
            return node;
        } catch (IOException e) {
            LOG.debug("fetching prefetch {} from {} failed", key, uri, e);
            throw unavailable(key, e instanceof java.net.http.HttpTimeoutException
                    ? "the FHIR server did not answer within " + timeout.toMillis() + " ms"
                    : e instanceof java.net.ConnectException ? "the FHIR server refused the connection"
                    : e instanceof com.fasterxml.jackson.core.JsonProcessingException
                    ? "the FHIR server's answer is not JSON" : "the FHIR server could not be read (I/O error)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(key, "interrupted");
        }
    }

    private static BadRequestException unavailable(String key, String why) {
        return new BadRequestException(412, "prefetch_unavailable", "prefetch." + key
                + " was not sent and could not be read from fhirServer: " + why);
    }
}

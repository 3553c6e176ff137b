package org.taperwise.cdshooks.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.cdshooks.hooks.RecordMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prefetch the client did not send is read from its fhirServer (a small FHIR server in the test), with its access
 * token; a server that fails, or no server, is a 412.
 */
class PrefetchFetchTest {
    @TempDir
    static Path dir;
    static TestClient client;
    static CdsHooksServer server;
    static HttpServer fhir;
    static String fhirBase;
    static final List<String> seen = new CopyOnWriteArrayList<>();
    static final Map<String, Integer> status = new ConcurrentHashMap<>();
    static final AtomicReference<ObjectNode> mapped = new AtomicReference<>();

    @BeforeAll
    static void start() throws Exception {
        fhir = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fhir.createContext("/fhir", PrefetchFetchTest::answer);
        fhir.start();
        fhirBase = "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir";
        client = new TestClient(dir);
        RecordMapper recording = (request, asOf) -> {
            mapped.set(request.deepCopy());
            return TestPatients.mapper().map(request, asOf);
        };
        server = CdsHooksServer.start(ServerConfig.defaults(0, client.trustedIssuers, false), recording,
                Clock.systemDefaultZone());
    }

    @AfterAll
    static void stop() {
        server.close();
        fhir.stop(0);
    }

    @BeforeEach
    void reset() {
        seen.clear();
        status.clear();
    }

    private static void answer(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath() + "?" + ex.getRequestURI().getRawQuery();
        seen.add(ex.getRequestMethod() + " " + path + " " + ex.getRequestHeaders().getFirst("Authorization"));
        String type = ex.getRequestURI().getPath().substring("/fhir/".length()).split("/")[0];
        int code = status.getOrDefault(type, 200);
        String body;
        if (type.equals("Patient")) {
            body = "{\"resourceType\": \"Patient\", \"id\": \"p7\", \"birthDate\": \"1970-01-01\"}";
        } else if (type.equals("MedicationRequest") && !path.contains("page=2")) {
            body = "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"link\": [{\"relation\": \"next\", "
                    + "\"url\": \"" + fhirBase + "/MedicationRequest?page=2\"}], \"entry\": [{\"resource\": "
                    + "{\"resourceType\": \"MedicationRequest\", \"id\": \"mr1\"}}]}";
        } else if (type.equals("MedicationRequest")) {
            body = "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"entry\": [{\"resource\": "
                    + "{\"resourceType\": \"MedicationRequest\", \"id\": \"mr2\"}}]}";
        } else {
            body = "{\"resourceType\": \"Bundle\", \"type\": \"searchset\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/fhir+json");
        ex.sendResponseHeaders(code, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static String request(String fhirServer, boolean withPatient) {
        return "{\"hook\": \"patient-view\", \"hookInstance\": \"" + UUID.randomUUID() + "\", "
                + (fhirServer == null ? "" : "\"fhirServer\": \"" + fhirServer + "\", \"fhirAuthorization\": "
                + "{\"access_token\": \"secret-token\", \"token_type\": \"Bearer\", \"expires_in\": 300, "
                + "\"scope\": \"patient/*.read\", \"subject\": \"taperwise\"}, ")
                + "\"context\": {\"userId\": \"Practitioner/1\", \"patientId\": \"p7\"}, \"prefetch\": {"
                + (withPatient ? "\"patient\": {\"resourceType\": \"Patient\", \"id\": \"p7\"}, " : "")
                + "\"conditions\": null}}";
    }

    @Test
    void missingPrefetchIsReadFromFhirServerWithTheAccessTokenAndTheHistoryWindow() throws Exception {
        TestClient.Reply r = client.call(server.publicUrl() + "/cds-services/taperwise-patient-view",
                request(fhirBase, false));
        assertEquals(200, r.status(), r.text());
        String since = LocalDate.now().minusMonths(13).toString();
        assertTrue(seen.contains("GET /fhir/Patient/p7?null Bearer secret-token"), seen.toString());
        assertTrue(seen.contains("GET /fhir/MedicationRequest?patient=p7&authoredon=ge" + since
                + " Bearer secret-token"), seen.toString());
        assertTrue(seen.contains("GET /fhir/MedicationRequest?page=2 Bearer secret-token"), seen.toString());
        assertTrue(seen.stream().anyMatch(s -> s.startsWith("GET /fhir/Condition?patient=p7 ")), seen.toString());
        JsonNode prefetch = mapped.get().path("prefetch");
        assertEquals("1970-01-01", prefetch.path("patient").path("birthDate").asText());
        assertEquals(2, prefetch.path("medicationRequests").path("entry").size(), "both pages");
        assertEquals("searchset", prefetch.path("conditions").path("type").asText());
        JsonNode a = client.get(r.json().path("cards").get(0).path("links").get(0).path("url").asText()).json();
        assertEquals(5, a.path("fetchedPrefetch").size());
    }

    @Test
    void keysTheClientSentAreNotFetched() throws Exception {
        assertEquals(200, client.call(server.publicUrl() + "/cds-services/taperwise-patient-view",
                request(fhirBase, true)).status());
        assertTrue(seen.stream().noneMatch(s -> s.contains("/fhir/Patient/")), seen.toString());
    }

    @Test
    void aFhirServerErrorIsA412NamingThePrefetchKey() throws Exception {
        status.put("MedicationDispense", 500);
        TestClient.Reply r = client.call(server.publicUrl() + "/cds-services/taperwise-patient-view",
                request(fhirBase, true));
        assertEquals(412, r.status(), r.text());
        assertTrue(r.json().path("message").asText().startsWith("prefetch.medicationDispenses was not sent"),
                r.text());
        assertTrue(r.json().path("message").asText().contains("HTTP 500"), r.text());
    }

    @Test
    void anUnreachableFhirServerIsA412() throws Exception {
        TestClient.Reply r = client.call(server.publicUrl() + "/cds-services/taperwise-patient-view",
                request("http://127.0.0.1:1/fhir", true));
        assertEquals(412, r.status(), r.text());
        assertEquals("prefetch_unavailable", r.json().path("error").asText());
    }

    @Test
    void missingPrefetchWithoutFhirServerIsA412() throws Exception {
        TestClient.Reply r = client.call(server.publicUrl() + "/cds-services/taperwise-patient-view",
                request(null, true));
        assertEquals(412, r.status(), r.text());
        assertEquals("prefetch_missing", r.json().path("error").asText());
    }
}

package org.taperwise.cdshooks.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.cdshooks.fhir.FhirRecordMapper;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replays every CDC CDS Hooks test request against the running service with the FHIR mapping, as published and as
 * repaired, and prints what came back.
 */
class CdcReplayTest {
    @TempDir
    static Path dir;
    static TestClient client;
    static CdsHooksServer server;
    static HttpServer fhir;
    static String fhirBase;
    static final MutableClock CLOCK = new MutableClock();

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isDirectory(CdcRequests.ROOT), "the CDC copies are at " + CdcRequests.ROOT.toAbsolutePath());
        fhir = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fhir.createContext("/fhir", ex -> {
            byte[] b = "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"total\": 0}"
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        fhir.start();
        fhirBase = "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir";
        client = new TestClient(dir);
        server = CdsHooksServer.start(ServerConfig.defaults(0, client.trustedIssuers, false), new FhirRecordMapper(),
                CLOCK);
    }

    @AfterAll
    static void stop() {
        server.close();
        fhir.stop(0);
    }

    static String serviceFor(String hook) {
        return server.publicUrl() + "/cds-services/taperwise-" + hook;
    }

    static TestClient.Reply send(Path file, ObjectNode body) throws Exception {
        LocalDate day = CdcRequests.recordedOn(file);
        CLOCK.now = (day == null ? LocalDate.now() : day).atTime(12, 0).toInstant(ZoneOffset.UTC);
        String hook = body.path("hook").asText("patient-view");
        body.put("fhirServer", fhirBase);
        String url = serviceFor(hook.equals("order-sign") || hook.equals("order-select") ? hook : "patient-view");
        return client.post(url, body.toString(), TestClient.token(client.key, TestClient.ISS, url, CLOCK.now,
                CLOCK.now.plusSeconds(60), java.util.UUID.randomUUID().toString()));
    }

    @Test
    void everyRepairedRequestIsAnsweredWithCardsOrANamed400() throws Exception {
        TreeMap<String, String> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Path file : CdcRequests.all()) {
            ObjectNode body = CdcRequests.repaired(file);
            if (body == null) {
                outcomes.put(CdcRequests.name(file), "not JSON even repaired");
                continue;
            }
            TestClient.Reply r = send(file, body);
            String what = r.status() + " " + (r.json() == null ? r.text() : r.status() == 200
                    ? flags(r.json()) : r.json().path("error").asText() + ": " + r.json().path("message").asText());
            outcomes.put(CdcRequests.name(file), what);
            if (r.status() >= 500 || r.json() == null || r.status() != 200 && r.json().path("message").isMissingNode()) {
                failures.add(CdcRequests.name(file) + " -> " + what);
            }
        }
        outcomes.forEach((k, v) -> System.out.println("CDC " + k + " -> " + v));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    static String flags(JsonNode response) {
        List<String> f = new ArrayList<>();
        for (JsonNode c : response.path("cards")) {
            String code = c.path("extension").path("org.taperwise").path("flag").asText();
            f.add(code.isEmpty() ? "SUMMARY[" + c.path("summary").asText() + "]" : code);
        }
        return f.toString();
    }
}

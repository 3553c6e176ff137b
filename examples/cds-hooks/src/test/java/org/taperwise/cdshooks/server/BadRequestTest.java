package org.taperwise.cdshooks.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken requests get 4xx with a JSON body naming the field; nothing returns a stack trace. */
class BadRequestTest {
    @TempDir
    static Path dir;
    static TestClient client;
    static CdsHooksServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        client = new TestClient(dir);
        ServerConfig c = ServerConfig.defaults(0, client.trustedIssuers, false);
        c = new ServerConfig(c.port(), c.bind(), c.publicUrl(), c.rulesetFolder(), c.profile(), c.trustedIssuers(),
                c.insecureNoAuth(), 64 * 1024, c.fetchTimeout(), c.historyMonths(), c.resultTtl(),
                c.naloxoneSystem(), c.naloxoneCode(), c.sourceUrl(), null);
        server = CdsHooksServer.start(c, TestPatients.mapper(), Clock.systemDefaultZone());
        base = server.publicUrl() + "/cds-services/";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertNoStackTrace(TestClient.Reply r) {
        assertFalse(r.text().contains("Exception") || r.text().contains("\tat ") || r.text().contains(".java:"),
                r.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing hook | {\"hookInstance\": \"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\", \"context\": {\"patientId\": \"p\"}} | hook",
            "wrong hook | {\"hook\": \"order-sign\", \"hookInstance\": \"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\", \"context\": {\"patientId\": \"p\"}} | hook",
            "missing hookInstance | {\"hook\": \"patient-view\", \"context\": {\"patientId\": \"p\"}} | hookInstance",
            "hookInstance not a UUID | {\"hook\": \"patient-view\", \"hookInstance\": \"x\", \"context\": {\"patientId\": \"p\"}} | hookInstance",
            "missing context | {\"hook\": \"patient-view\", \"hookInstance\": \"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\"} | context",
            "missing patientId | {\"hook\": \"patient-view\", \"hookInstance\": \"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\", \"context\": {}} | context.patientId",
            "fhirServer not a URL | {\"hook\": \"patient-view\", \"hookInstance\": \"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\", \"context\": {\"patientId\": \"p\"}, \"fhirServer\": \"file:///etc\"} | fhirServer",
            "auth without fhirServer | {\"hook\": \"patient-view\", \"hookInstance\": \"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\", \"context\": {\"patientId\": \"p\"}, \"fhirAuthorization\": {\"access_token\": \"t\"}} | fhirServer",
            "prefetch not an object | {\"hook\": \"patient-view\", \"hookInstance\": \"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\", \"context\": {\"patientId\": \"p\"}, \"prefetch\": [1]} | prefetch",
    })
    void aBrokenEnvelopeIsA400NamingTheField(String name, String body, String field) throws Exception {
        TestClient.Reply r = client.call(base + "taperwise-patient-view", body);
        assertEquals(400, r.status(), r.text());
        assertEquals(field, r.json().path("problems").get(0).path("path").asText(), r.text());
        assertNoStackTrace(r);
    }

    @Test
    void orderSignWithoutDraftOrdersIsA400NamingContextDraftOrders() throws Exception {
        TestClient.Reply r = client.call(base + "taperwise-order-sign", "{\"hook\": \"order-sign\", \"hookInstance\": "
                + "\"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\", \"context\": {\"patientId\": \"p\"}}");
        assertEquals(400, r.status());
        assertEquals("context.draftOrders", r.json().path("problems").get(0).path("path").asText());
    }

    @Test
    void malformedJsonIsA400SayingWhere() throws Exception {
        TestClient.Reply r = client.call(base + "taperwise-patient-view", "{\"hook\": \"patient-view\",,}");
        assertEquals(400, r.status());
        assertEquals("malformed_json", r.json().path("error").asText());
        assertTrue(r.json().path("message").asText().contains("line 1, column"), r.text());
        assertNoStackTrace(r);
    }

    @Test
    void anUnknownServiceIsA404() throws Exception {
        TestClient.Reply r = client.call(base + "no-such-service", Requests.patientView("p"));
        assertEquals(404, r.status());
        assertTrue(r.json().path("message").asText().contains("taperwise-patient-view"));
    }

    @Test
    void aBodyOverTheLimitIsA413() throws Exception {
        String big = "{\"hook\": \"patient-view\", \"pad\": \"" + "x".repeat(70 * 1024) + "\"}";
        TestClient.Reply r = client.call(base + "taperwise-patient-view", big);
        assertEquals(413, r.status());
        assertEquals("request_too_large", r.json().path("error").asText());
    }

    @Test
    void anExceptionInsideTheServiceIsA500WithoutItsMessageOrStack() throws Exception {
        TestClient.Reply r = client.call(base + "taperwise-patient-view", Requests.patientView("Patient/explode"));
        assertEquals(500, r.status());
        assertTrue(r.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("internal_error", r.json().path("error").asText());
        assertFalse(r.text().contains("secret internal detail"), r.text());
        assertNoStackTrace(r);
    }

    @Test
    void anUnknownPathIsAJson404() throws Exception {
        TestClient.Reply r = client.get(server.publicUrl() + "/nothing/here");
        assertEquals(404, r.status());
        assertEquals("http_404", r.json().path("error").asText());
    }

    @Test
    void aGetOnAServiceIsA405() throws Exception {
        assertEquals(405, client.get(base + "taperwise-patient-view").status());
    }
}

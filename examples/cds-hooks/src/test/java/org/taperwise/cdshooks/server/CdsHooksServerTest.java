package org.taperwise.cdshooks.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end over HTTP: the server on an ephemeral port, discovery, each hook with a JWT signed by a key made for
 * the test, the cards and what they link to, feedback, CORS.
 */
class CdsHooksServerTest {
    @TempDir
    static Path dir;
    static TestClient client;
    static CdsHooksServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        client = new TestClient(dir);
        server = CdsHooksServer.start(ServerConfig.defaults(0, client.trustedIssuers, false), TestPatients.mapper(),
                Clock.systemDefaultZone());
        base = server.publicUrl();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void discoveryListsTheThreeServicesWithTheirHooksAndPrefetchTemplates() throws Exception {
        TestClient.Reply r = client.get(base + "/cds-services");
        assertEquals(200, r.status());
        List<String> ids = new ArrayList<>();
        for (JsonNode s : r.json().path("services")) {
            ids.add(s.path("id").asText() + "=" + s.path("hook").asText());
            assertEquals("Patient/{{context.patientId}}", s.path("prefetch").path("patient").asText());
            assertEquals("MedicationRequest?patient={{context.patientId}}",
                    s.path("prefetch").path("medicationRequests").asText());
            assertTrue(s.path("prefetch").has("medicationDispenses") && s.path("prefetch").has("conditions"));
            assertFalse(s.path("title").asText().isBlank());
            assertFalse(s.path("description").asText().isBlank());
        }
        assertEquals(List.of("taperwise-patient-view=patient-view", "taperwise-order-select=order-select",
                "taperwise-order-sign=order-sign"), ids);
    }

    @Test
    void patientViewGivesASummaryCardThenOneCardPerFlagWithSourceLinksAndRuleset() throws Exception {
        TestClient.Reply r = client.call(base + "/cds-services/taperwise-patient-view",
                Requests.patientView("Patient/p1"));
        assertEquals(200, r.status(), r.text());
        JsonNode cards = r.json().path("cards");
        JsonNode summary = cards.get(0);
        assertTrue(summary.path("summary").asText().startsWith("Opioid review: eligible"), summary.toString());
        assertTrue(summary.path("summary").asText().contains("240 mg/day MME"), summary.toString());
        assertEquals("info", summary.path("indicator").asText());
        JsonNode high = card(cards, "HIGH_DOSE");
        assertEquals("critical", high.path("indicator").asText());
        assertTrue(high.path("summary").asText().length() < 140);
        assertTrue(high.path("detail").asText().contains("**Rule:** DOSE\\-01"), high.path("detail").asText());
        assertTrue(high.path("source").path("label").asText().startsWith("Taperwise (taperwise-builtin "));
        assertEquals(base + "/about", high.path("source").path("url").asText());
        assertEquals(64, high.path("extension").path("org.taperwise").path("rulesetSha256").asText().length());
        for (JsonNode card : cards) {
            UUID.fromString(card.path("uuid").asText());
            assertEquals(2, card.path("links").size());
        }
    }

    @Test
    void cardLinksServeTheAssessmentAndTheHandoutWithoutPatientDataInTheUrl() throws Exception {
        JsonNode card = client.call(base + "/cds-services/taperwise-patient-view",
                Requests.patientView("Patient/secret-id-42")).json().path("cards").get(0);
        String assessmentUrl = card.path("links").get(0).path("url").asText();
        String handoutUrl = card.path("links").get(1).path("url").asText();
        assertFalse(assessmentUrl.contains("secret-id-42") || handoutUrl.contains("secret-id-42"));
        TestClient.Reply a = client.get(assessmentUrl);
        assertEquals(200, a.status());
        assertEquals("Patient/secret-id-42", a.json().path("assessment").path("patientId").asText());
        assertEquals("TEST_NOTE", a.json().path("mappingWarnings").get(0).path("code").asText());
        assertEquals("no-store", a.raw().headers().firstValue("Cache-Control").orElse(""));
        TestClient.Reply h = client.get(handoutUrl);
        assertEquals(200, h.status());
        assertTrue(h.text().startsWith("<!DOCTYPE html>") && h.text().contains("<h2>Naloxone</h2>"), h.text());
        assertEquals(404, client.get(base + "/assessments/not-a-token").status());
    }

    @Test
    void orderSignGivesFlagCardsAndANaloxoneOrderFromTheRulesetsProductTable() throws Exception {
        TestClient.Reply r = client.call(base + "/cds-services/taperwise-order-sign",
                Requests.orderHook("order-sign", "Patient/p2"));
        assertEquals(200, r.status(), r.text());
        JsonNode cards = r.json().path("cards");
        assertFalse(cards.get(0).path("summary").asText().startsWith("Opioid review"));
        JsonNode naloxone = card(cards, "NALOXONE_RECOMMENDED");
        assertEquals("info", naloxone.path("indicator").asText());
        assertEquals("at-most-one", naloxone.path("selectionBehavior").asText());
        JsonNode action = naloxone.path("suggestions").get(0).path("actions").get(0);
        assertEquals("create", action.path("type").asText());
        JsonNode coding = action.path("resource").path("medicationCodeableConcept").path("coding").get(0);
        assertEquals("http://www.nlm.nih.gov/research/umls/rxnorm", coding.path("system").asText());
        assertEquals("1725059", coding.path("code").asText());
        assertEquals("naloxone hydrochloride 40 MG/ML Nasal Spray", coding.path("display").asText());
        assertEquals("Patient/p2", action.path("resource").path("subject").path("reference").asText());
    }

    @Test
    void orderSelectAnswersWithTheSameFlags() throws Exception {
        TestClient.Reply r = client.call(base + "/cds-services/taperwise-order-select",
                Requests.orderHook("order-select", "Patient/p3"));
        assertEquals(200, r.status(), r.text());
        card(r.json().path("cards"), "HIGH_DOSE");
    }

    @Test
    void aPatientWithoutFlagsGetsOnlyTheSummaryOnPatientViewAndNoCardsOnOrderSign() throws Exception {
        assertEquals(1, client.call(base + "/cds-services/taperwise-patient-view",
                Requests.patientView("Patient/no-opioids")).json().path("cards").size());
        assertEquals(0, client.call(base + "/cds-services/taperwise-order-sign",
                Requests.orderHook("order-sign", "Patient/no-opioids")).json().path("cards").size());
    }

    @Test
    void feedbackIsAcceptedAndKeptWithoutPatientData() throws Exception {
        String card = UUID.randomUUID().toString();
        TestClient.Reply r = client.call(base + "/cds-services/taperwise-patient-view/feedback",
                "{\"feedback\": [{\"card\": \"" + card + "\", \"outcome\": \"overridden\", \"overrideReason\": "
                        + "{\"reason\": {\"system\": \"http://example.org/reasons\", \"code\": \"not-relevant\"}, "
                        + "\"userComment\": \"free text\"}, \"outcomeTimestamp\": \"2026-12-07T10:15:00Z\"}]}");
        assertEquals(200, r.status(), r.text());
        assertTrue(server.feedback().entries().stream().anyMatch(e -> e.feedback().card().equals(card)
                && e.feedback().outcome().equals("overridden") && e.feedback().hasUserComment()));
    }

    @Test
    void feedbackWithAnUnknownOutcomeIsA400NamingTheField() throws Exception {
        TestClient.Reply r = client.call(base + "/cds-services/taperwise-patient-view/feedback",
                "{\"feedback\": [{\"card\": \"" + UUID.randomUUID() + "\", \"outcome\": \"ignored\", "
                        + "\"outcomeTimestamp\": \"2026-12-07T10:15:00Z\"}]}");
        assertEquals(400, r.status());
        assertEquals("feedback[0].outcome", r.json().path("problems").get(0).path("path").asText());
    }

    @Test
    void corsPreflightFromABrowserClientIsAllowed() throws Exception {
        TestClient.Reply r = client.send(HttpRequest.newBuilder(URI.create(base + "/cds-services/taperwise-patient-view"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://sandbox.cds-hooks.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").build());
        assertTrue(r.status() == 200 || r.status() == 204, "status " + r.status());
        assertEquals("https://sandbox.cds-hooks.org",
                r.raw().headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    static JsonNode card(JsonNode cards, String flag) {
        for (JsonNode c : cards) {
            if (flag.equals(c.path("extension").path("org.taperwise").path("flag").asText())) {
                return c;
            }
        }
        throw new AssertionError("no " + flag + " card in " + cards);
    }
}

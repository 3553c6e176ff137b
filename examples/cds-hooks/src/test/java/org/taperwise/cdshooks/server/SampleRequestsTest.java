package org.taperwise.cdshooks.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.cdshooks.fhir.FhirRecordMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The README's sample FHIR requests (examples/cds-hooks/requests) through the service with the FHIR mapping, as of
 * 2026-12-01 as the README runs them: discovery, each hook with a signed JWT, and feedback give the cards the README
 * shows.
 */
class SampleRequestsTest {
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
                c.insecureNoAuth(), c.maxRequestBytes(), c.fetchTimeout(), c.historyMonths(), c.resultTtl(),
                c.naloxoneSystem(), c.naloxoneCode(), c.sourceUrl(), LocalDate.of(2026, 12, 1));
        server = CdsHooksServer.start(c, new FhirRecordMapper(), Clock.systemDefaultZone());
        base = server.publicUrl() + "/cds-services/";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String> cards(String service, String file) throws Exception {
        TestClient.Reply r = client.call(base + service, Files.readString(Path.of("requests", file)));
        assertEquals(200, r.status(), r.text());
        List<String> out = new ArrayList<>();
        for (JsonNode c : r.json().path("cards")) {
            out.add(c.path("indicator").asText() + " " + c.path("summary").asText()
                    + (c.has("suggestions") ? " [" + c.path("suggestions").get(0).path("label").asText() + "]" : ""));
        }
        return out;
    }

    @Test
    void patientViewOfTheSamplePatient() throws Exception {
        assertEquals(List.of("info Opioid review: eligible \u00b7 120 mg/day MME \u00b7 taper proposed",
                "critical High daily opioid dose: 120 mg/day oral morphine equivalent",
                "critical Benzodiazepine co-prescribed with an opioid",
                "info Naloxone recommended [Order naloxone: naloxone hydrochloride 40 MG/ML Nasal Spray]"),
                cards("taperwise-patient-view", "patient-view.json"));
    }

    @Test
    void orderSignAndOrderSelectCountTheDraftOrder() throws Exception {
        List<String> expected = List.of("critical High daily opioid dose: 180 mg/day oral morphine equivalent",
                "critical Benzodiazepine co-prescribed with an opioid",
                "info Naloxone recommended [Order naloxone: naloxone hydrochloride 40 MG/ML Nasal Spray]");
        assertEquals(expected, cards("taperwise-order-sign", "order-sign.json"));
        assertEquals(expected, cards("taperwise-order-select", "order-select.json"));
    }

    @Test
    void theSampleFeedbackIsAccepted() throws Exception {
        assertEquals(200, client.call(base + "taperwise-patient-view/feedback",
                Files.readString(Path.of("requests", "feedback.json"))).status());
    }
}

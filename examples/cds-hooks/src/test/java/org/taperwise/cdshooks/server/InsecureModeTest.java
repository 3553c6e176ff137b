package org.taperwise.cdshooks.server;

import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Without a trusted-issuers file the service refuses to start, unless the operator switches auth off explicitly. */
class InsecureModeTest {
    @Test
    void withoutTrustedIssuersTheServiceDoesNotStart() {
        assertThrows(IllegalArgumentException.class, () -> CdsHooksServer.start(ServerConfig.defaults(0, null, false),
                TestPatients.mapper(), Clock.systemDefaultZone()));
    }

    @Test
    void insecureNoAuthAcceptsACallWithoutAToken() throws Exception {
        try (CdsHooksServer server = CdsHooksServer.start(ServerConfig.defaults(0, null, true), TestPatients.mapper(),
                Clock.systemDefaultZone())) {
            TestClient.Reply r = new TestClient(java.nio.file.Files.createTempDirectory("cds")).post(
                    server.publicUrl() + "/cds-services/taperwise-patient-view", Requests.patientView("p1"), null);
            assertEquals(200, r.status(), r.text());
        }
    }
}

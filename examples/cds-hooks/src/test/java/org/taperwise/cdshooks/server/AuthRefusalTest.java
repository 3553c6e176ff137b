package org.taperwise.cdshooks.server;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hook calls without a valid CDS client JWT are refused with 401 and a JSON message, nothing evaluated. */
class AuthRefusalTest {
    @TempDir
    static Path dir;
    static TestClient client;
    static CdsHooksServer server;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        client = new TestClient(dir);
        server = CdsHooksServer.start(ServerConfig.defaults(0, client.trustedIssuers, false), TestPatients.mapper(),
                Clock.systemDefaultZone());
        url = server.publicUrl() + "/cds-services/taperwise-patient-view";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestClient.Reply callWith(String token) throws Exception {
        return client.post(url, Requests.patientView("Patient/p1"), token);
    }

    private static void assertRefused(TestClient.Reply r, String why) {
        assertEquals(401, r.status(), r.text());
        assertEquals("unauthorized", r.json().path("error").asText());
        assertTrue(r.json().path("message").asText().contains(why), r.json().toString());
        assertEquals("Bearer", r.raw().headers().firstValue("WWW-Authenticate").orElse(""));
        assertFalse(r.text().contains("Exception") || r.text().contains("\tat "), r.text());
    }

    @Test
    void aCallWithoutATokenIsRefused() throws Exception {
        assertRefused(callWith(null), "Authorization: Bearer");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        ECKey other = TestClient.newKey(client.key.getKeyID()); // same kid, different key
        assertRefused(callWith(TestClient.token(other, TestClient.ISS, url, Instant.now(),
                Instant.now().plusSeconds(60), UUID.randomUUID().toString())), "refused");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        assertRefused(callWith(TestClient.token(client.key, TestClient.ISS, url, Instant.now().minusSeconds(600),
                Instant.now().minusSeconds(300), UUID.randomUUID().toString())), "Expired");
    }

    @Test
    void aTokenLivingLongerThanFiveMinutesIsRefused() throws Exception {
        assertRefused(callWith(TestClient.token(client.key, TestClient.ISS, url, Instant.now(),
                Instant.now().plusSeconds(3600), UUID.randomUUID().toString())), "5 minutes");
    }

    @Test
    void aTokenForAnotherEndpointIsRefused() throws Exception {
        assertRefused(callWith(TestClient.token(client.key, TestClient.ISS, url.replace("patient-view", "order-sign"),
                Instant.now(), Instant.now().plusSeconds(60), UUID.randomUUID().toString())), "aud");
    }

    @Test
    void aReplayedTokenIsRefusedTheSecondTime() throws Exception {
        String token = client.token(url);
        assertEquals(200, callWith(token).status());
        assertRefused(callWith(token), "jti was already used");
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() throws Exception {
        PlainJWT plain = new PlainJWT(new PlainHeader(), claims());
        assertRefused(callWith(plain.serialize()), "not a signed JWT");
    }

    @Test
    void anHmacTokenIsRefusedEvenWithTheRightClaims() throws Exception {
        SignedJWT hs = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims());
        hs.sign(new MACSigner(new byte[32]));
        assertRefused(callWith(hs.serialize()), "alg HS256 is not accepted");
    }

    @Test
    void aTokenFromAnUntrustedIssuerIsRefused() throws Exception {
        assertRefused(callWith(TestClient.token(client.key, "https://evil.invalid", url, Instant.now(),
                Instant.now().plusSeconds(60), UUID.randomUUID().toString())), "not a trusted CDS client");
    }

    @Test
    void aTokenWithoutJtiIsRefused() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(client.key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(TestClient.ISS).subject("c").audience(url)
                        .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(60))).build());
        jwt.sign(new com.nimbusds.jose.crypto.ECDSASigner(client.key));
        assertRefused(callWith(jwt.serialize()), "jti");
    }

    @Test
    void discoveryNeedsNoToken() throws Exception {
        assertEquals(200, client.get(server.publicUrl() + "/cds-services").status());
    }

    private static JWTClaimsSet claims() {
        return new JWTClaimsSet.Builder().issuer(TestClient.ISS).subject("c").audience(url).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(60))).jwtID(UUID.randomUUID().toString()).build();
    }
}

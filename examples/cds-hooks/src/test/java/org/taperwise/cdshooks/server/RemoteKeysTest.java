package org.taperwise.cdshooks.server;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys read from a trusted issuer's JWKS URL, and a token's jku header honoured only when allow-listed. */
class RemoteKeysTest {
    @TempDir
    static Path dir;
    static HttpServer keys;
    static String keysBase;
    static ECKey issuerKey;
    static ECKey jkuKey;
    static CdsHooksServer server;
    static TestClient client;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        issuerKey = TestClient.newKey("remote-1");
        jkuKey = TestClient.newKey("jku-1");
        keys = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/jwks.json", new JWKSet(issuerKey.toPublicJWK()).toString());
        serve("/allowed-jku.json", new JWKSet(jkuKey.toPublicJWK()).toString());
        serve("/other-jku.json", new JWKSet(jkuKey.toPublicJWK()).toString());
        keys.start();
        keysBase = "http://127.0.0.1:" + keys.getAddress().getPort();
        Path trusted = dir.resolve("trusted-issuers.json");
        Files.writeString(trusted, "{\"issuers\": [{\"iss\": \"https://remote.invalid\", \"jwksUrl\": \"" + keysBase
                + "/jwks.json\", \"jku\": [\"" + keysBase + "/allowed-jku.json\"]}]}");
        client = new TestClient(Files.createDirectories(dir.resolve("client"))); // its own files, not ours
        server = CdsHooksServer.start(ServerConfig.defaults(0, trusted, false), TestPatients.mapper(),
                Clock.systemDefaultZone());
        url = server.publicUrl() + "/cds-services/taperwise-patient-view";
    }

    static void serve(String path, String body) {
        keys.createContext(path, ex -> {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
    }

    @AfterAll
    static void stop() {
        server.close();
        keys.stop(0);
    }

    static String token(ECKey key, URI jku) throws Exception {
        JWSHeader.Builder h = new JWSHeader.Builder(JWSAlgorithm.ES384).type(JOSEObjectType.JWT).keyID(key.getKeyID());
        if (jku != null) {
            h.jwkURL(jku);
        }
        SignedJWT jwt = new SignedJWT(h.build(), new JWTClaimsSet.Builder().issuer("https://remote.invalid")
                .subject("c").audience(url).issueTime(new Date()).expirationTime(Date.from(Instant.now()
                        .plusSeconds(60))).jwtID(UUID.randomUUID().toString()).build());
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    @Test
    void aTokenSignedWithAKeyOfTheIssuersJwksUrlIsAccepted() throws Exception {
        assertEquals(200, client.post(url, Requests.patientView("p1"), token(issuerKey, null)).status());
    }

    @Test
    void aTokenWhoseJkuIsOnTheAllowListIsCheckedAgainstThatSet() throws Exception {
        assertEquals(200, client.post(url, Requests.patientView("p1"),
                token(jkuKey, URI.create(keysBase + "/allowed-jku.json"))).status());
    }

    @Test
    void aTokenWhoseJkuIsNotOnTheAllowListIsRefused() throws Exception {
        TestClient.Reply r = client.post(url, Requests.patientView("p1"),
                token(jkuKey, URI.create(keysBase + "/other-jku.json")));
        assertEquals(401, r.status());
        assertTrue(r.json().path("message").asText().contains("jku is not on this issuer's allow-list"), r.text());
    }

    @Test
    void aKeyFromTheJkuSetIsNotAcceptedWithoutTheJkuHeader() throws Exception {
        assertEquals(401, client.post(url, Requests.patientView("p1"), token(jkuKey, null)).status());
    }
}

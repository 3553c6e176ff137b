package org.taperwise.cdshooks.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** A test CDS client: an ES384 key generated per test run, its trusted-issuers file, and an HTTP client. */
final class TestClient {
    static final String ISS = "https://ehr.test.invalid";
    static final ObjectMapper JSON = new ObjectMapper();

    final ECKey key;
    final Path trustedIssuers;
    final HttpClient http = HttpClient.newHttpClient();

    TestClient(Path dir) throws Exception {
        key = newKey("test-key-1");
        Files.writeString(dir.resolve("jwks.json"), new JWKSet(key.toPublicJWK()).toString(true));
        trustedIssuers = dir.resolve("trusted-issuers.json");
        Files.writeString(trustedIssuers, "{\"issuers\": [{\"iss\": \"" + ISS + "\", \"jwks\": \"jwks.json\"}]}");
    }

    static ECKey newKey(String kid) throws Exception {
        return new ECKeyGenerator(Curve.P_384).keyID(kid).algorithm(JWSAlgorithm.ES384).generate();
    }

    /** A valid token for this endpoint. */
    String token(String aud) throws Exception {
        return token(key, ISS, aud, Instant.now(), Instant.now().plusSeconds(60), UUID.randomUUID().toString());
    }

    static String token(ECKey signer, String iss, String aud, Instant iat, Instant exp, String jti) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(iss).subject("test-client").audience(aud)
                .issueTime(Date.from(iat)).expirationTime(Date.from(exp)).jwtID(jti).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).type(JOSEObjectType.JWT)
                .keyID(signer.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(signer));
        return jwt.serialize();
    }

    record Reply(int status, JsonNode json, String text, HttpResponse<String> raw) {
    }

    Reply get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    Reply post(String url, String body, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b.build());
    }

    /** A hook or feedback call with a fresh valid token for that endpoint. */
    Reply call(String url, String body) throws Exception {
        return post(url, body, token(url));
    }

    Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/json")) {
            json = JSON.readTree(r.body());
        }
        return new Reply(r.statusCode(), json, r.body(), r);
    }
}

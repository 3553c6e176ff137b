package org.taperwise.cdshooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Makes a TEST CDS client for local use: a fresh ES384 key pair (private key {@code test-client-key.jwk.json},
 * public {@code test-client-jwks.json}) and a {@code trusted-issuers.json} that trusts it. The private key is for
 * local testing only: anyone with it can call the service as that client.
 */
@Command(name = "make-test-issuer", mixinStandardHelpOptions = true,
        description = "Writes a test CDS client's key pair and a trusted-issuers.json for local testing (TEST ONLY).")
final class MakeTestIssuerCommand implements Callable<Integer> {
    @Option(names = "--dir", required = true, description = "folder to write into (created; files not overwritten)")
    Path dir;
    @Option(names = "--iss", defaultValue = "https://test-client.invalid",
            description = "the test client's issuer (default ${DEFAULT-VALUE})")
    String iss;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(dir);
        ECKey key = new ECKeyGenerator(Curve.P_384).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES384)
                .keyID(UUID.randomUUID().toString()).generate();
        ObjectMapper m = new ObjectMapper();
        ObjectNode trusted = m.createObjectNode();
        ObjectNode issuer = trusted.putArray("issuers").addObject();
        issuer.put("iss", iss);
        issuer.put("jwks", "test-client-jwks.json");
        write(dir.resolve("test-client-key.jwk.json"), key.toJSONString());
        write(dir.resolve("test-client-jwks.json"), new JWKSet(key.toPublicJWK()).toString(true));
        write(dir.resolve("trusted-issuers.json"), m.writerWithDefaultPrettyPrinter().writeValueAsString(trusted));
        System.out.println("wrote " + dir.resolve("trusted-issuers.json") + " (trusts " + iss + "), "
                + dir.resolve("test-client-jwks.json") + " and the TEST-ONLY private key "
                + dir.resolve("test-client-key.jwk.json"));
        return 0;
    }

    private static void write(Path file, String text) throws java.io.IOException {
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
    }
}

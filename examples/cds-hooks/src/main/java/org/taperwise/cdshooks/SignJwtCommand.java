package org.taperwise.cdshooks;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Prints a CDS client JWT signed with a private JWK (from {@code make-test-issuer}): {@code iss}, {@code sub},
 * {@code aud} (the endpoint to call), {@code iat}, {@code exp} (60 s by default) and a fresh {@code jti}; ES384 for
 * an EC key, RS384 for an RSA key. For local testing: each token can be used once.
 */
@Command(name = "sign-jwt", mixinStandardHelpOptions = true,
        description = "Prints a signed CDS client JWT for one call (local testing).")
final class SignJwtCommand implements Callable<Integer> {
    @Option(names = "--key", required = true, description = "the private JWK file")
    Path key;
    @Option(names = "--iss", defaultValue = "https://test-client.invalid", description = "issuer (default ${DEFAULT-VALUE})")
    String iss;
    @Option(names = "--sub", defaultValue = "test-client", description = "the client id (default ${DEFAULT-VALUE})")
    String sub;
    @Option(names = "--aud", required = true, description = "the endpoint URL to be called")
    String aud;
    @Option(names = "--lifetime-seconds", defaultValue = "60", description = "seconds until exp (default ${DEFAULT-VALUE})")
    int lifetime;

    @Override
    public Integer call() throws Exception {
        JWK jwk = JWK.parse(Files.readString(key));
        long now = System.currentTimeMillis();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(iss).subject(sub).audience(aud)
                .issueTime(new Date(now)).expirationTime(new Date(now + lifetime * 1000L))
                .jwtID(UUID.randomUUID().toString()).build();
        boolean ec = jwk instanceof ECKey;
        JWSHeader header = new JWSHeader.Builder(ec ? JWSAlgorithm.ES384 : JWSAlgorithm.RS384)
                .type(JOSEObjectType.JWT).keyID(jwk.getKeyID()).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(ec ? new ECDSASigner(jwk.toECKey()) : new RSASSASigner(jwk.toRSAKey()));
        System.out.println(jwt.serialize());
        return 0;
    }
}

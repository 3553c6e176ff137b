package org.taperwise.cdshooks.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Verifies the CDS client's JWT (CDS Hooks 2.0, "Trusting CDS Clients"): a JWS (never {@code alg: none}, never an
 * unsigned token) whose {@code iss} is a trusted issuer, signed with one of that issuer's algorithms (RS384 and
 * ES384 by default) by a key of its JWKS (a file, a URL, or a {@code jku} the issuer's allow-list names), whose
 * {@code aud} is the endpoint called, with {@code iss}, {@code sub}, {@code aud}, {@code exp}, {@code iat} and
 * {@code jti} present, not expired, {@code exp} at most five minutes ahead (the specification's maximum lifetime),
 * and whose {@code jti} has not been seen from that issuer before it expired. Nimbus JOSE + JWT does the JOSE work.
 */
public final class JwtVerifier {
    /** Clock skew allowed on {@code exp}, {@code iat} and {@code nbf}, in seconds. */
    public static final int MAX_CLOCK_SKEW_SECONDS = 60;
    /** CDS Hooks 2.0: the JWT's lifetime "SHOULD be no more than 5 minutes". */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
    private static final Set<String> REQUIRED = Set.of("iss", "sub", "aud", "exp", "iat", "jti");

    private final TrustedIssuers issuers;
    private final Clock clock;
    private final ReplayCache replays;
    private final DefaultResourceRetriever retriever;
    private final Map<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

    public JwtVerifier(TrustedIssuers issuers, Clock clock, Duration fetchTimeout) throws IOException {
        this.issuers = issuers;
        this.clock = clock;
        this.replays = new ReplayCache(clock);
        int ms = (int) fetchTimeout.toMillis();
        this.retriever = new DefaultResourceRetriever(ms, ms, 512 * 1024);
        for (TrustedIssuers.Issuer i : issuers.byIss().values()) {
            if (i.jwksFile() != null) {
                try {
                    sources.put(i.jwksFile().toString(), new ImmutableJWKSet<>(JWKSet.load(i.jwksFile().toFile())));
                } catch (ParseException e) {
                    throw new IOException(i.jwksFile() + ": not a JWK set (" + e.getMessage() + ")");
                }
            }
        }
    }

    /** Who called, once verified. */
    public record Caller(String iss, String sub, String jti) {
    }

    /**
     * Verifies a bearer token for a call to an endpoint.
     *
     * @param audiences the URLs the token's {@code aud} may name (the endpoint called)
     */
    public Caller verify(String token, Set<String> audiences) throws AuthException {
        SignedJWT jwt;
        JWTClaimsSet unverified;
        try {
            jwt = SignedJWT.parse(token);
            unverified = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            throw new AuthException("the bearer token is not a signed JWT (unsigned tokens and alg none are refused)");
        }
        String iss = unverified.getIssuer();
        TrustedIssuers.Issuer issuer = iss == null ? null : issuers.byIss().get(iss);
        if (issuer == null) {
            throw new AuthException("the JWT's iss is not a trusted CDS client");
        }
        JWSHeader header = jwt.getHeader();
        if (!issuer.algorithms().contains(header.getAlgorithm().getName())) {
            throw new AuthException("the JWT's alg " + header.getAlgorithm().getName() + " is not accepted from this "
                    + "issuer (accepted: " + String.join(", ", issuer.algorithms()) + ")");
        }
        JWTClaimsSet claims = process(jwt, issuer, keys(issuer, header), audiences);
        Instant exp = claims.getExpirationTime().toInstant();
        if (exp.isAfter(clock.instant().plus(MAX_LIFETIME).plusSeconds(MAX_CLOCK_SKEW_SECONDS))) {
            throw new AuthException("the JWT's exp is more than 5 minutes ahead (CDS Hooks 2.0 maximum lifetime)");
        }
        if (!replays.firstUse(iss, claims.getJWTID(), exp)) {
            throw new AuthException("the JWT's jti was already used (a replayed token)");
        }
        return new Caller(iss, claims.getSubject(), claims.getJWTID());
    }

    private JWTClaimsSet process(SignedJWT jwt, TrustedIssuers.Issuer issuer, JWKSource<SecurityContext> keys,
                                 Set<String> audiences) throws AuthException {
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        Set<JWSAlgorithm> algs = issuer.algorithms().stream().map(JWSAlgorithm::parse).collect(Collectors.toSet());
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(algs, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audiences,
                new JWTClaimsSet.Builder().issuer(issuer.iss()).build(), REQUIRED, null) {
            @Override
            protected java.util.Date currentTime() {
                return java.util.Date.from(clock.instant());
            }
        };
        claims.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
        p.setJWTClaimsSetVerifier(claims);
        try {
            return p.process(jwt, null);
        } catch (BadJOSEException e) {
            throw new AuthException("the JWT was refused: " + e.getMessage());
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new AuthException("the JWT's signature could not be checked: " + e.getMessage());
        }
    }

    private JWKSource<SecurityContext> keys(TrustedIssuers.Issuer issuer, JWSHeader header) throws AuthException {
        URI jku = header.getJWKURL();
        if (jku != null) {
            if (!issuer.jkuAllowed().contains(jku)) {
                throw new AuthException("the JWT's jku is not on this issuer's allow-list");
            }
            return remote(jku);
        }
        if (issuer.jwksFile() != null) {
            return sources.get(issuer.jwksFile().toString());
        }
        return remote(issuer.jwksUrl());
    }

    private JWKSource<SecurityContext> remote(URI uri) throws AuthException {
        try {
            URL url = uri.toURL();
            return sources.computeIfAbsent(uri.toString(),
                    k -> JWKSourceBuilder.create(url, retriever).build());
        } catch (java.net.MalformedURLException e) {
            throw new AuthException("the issuer's JWKS URL is not usable");
        }
    }
}

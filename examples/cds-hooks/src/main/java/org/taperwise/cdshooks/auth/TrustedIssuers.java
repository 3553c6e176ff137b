package org.taperwise.cdshooks.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CDS clients this service trusts, read from a JSON file ({@code --trusted-issuers}):
 * <pre>{@code
 * { "issuers": [
 *   { "iss": "https://ehr.example.org",          // the JWT's iss, exactly
 *     "jwks": "ehr-keys.json",                   // a JWKS file (relative to this file), or
 *     "jwksUrl": "https://ehr.example.org/jwks", // a JWKS URL (fetched and cached)
 *     "jku": ["https://ehr.example.org/jwks"],   // JWKS URLs a token's jku header may name (default none)
 *     "algorithms": ["RS384", "ES384"] } ] }     // default: RS384 and ES384, as CDS Hooks 2.0 requires
 * }</pre>
 */
public record TrustedIssuers(Map<String, Issuer> byIss) {
    /** CDS Hooks 2.0: "the CDS Service MUST support ES384 and RS384". */
    public static final List<String> SPEC_ALGORITHMS = List.of("RS384", "ES384");

    /** One trusted client. Exactly one of {@code jwksFile} and {@code jwksUrl} is set. */
    public record Issuer(String iss, Path jwksFile, URI jwksUrl, Set<URI> jkuAllowed, Set<String> algorithms) {
    }

    public static TrustedIssuers read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode list = root == null ? null : root.get("issuers");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IOException(file + ": \"issuers\" must be a non-empty array");
        }
        Map<String, Issuer> map = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode n : list) {
            String at = file + ": issuers[" + i++ + "]";
            String iss = n.path("iss").asText("");
            if (iss.isBlank()) {
                throw new IOException(at + ".iss: required");
            }
            boolean hasFile = n.hasNonNull("jwks");
            boolean hasUrl = n.hasNonNull("jwksUrl");
            if (hasFile == hasUrl) {
                throw new IOException(at + ": exactly one of \"jwks\" (a file) and \"jwksUrl\" is required");
            }
            Path keys = hasFile ? file.toAbsolutePath().getParent().resolve(n.get("jwks").asText()) : null;
            URI url = hasUrl ? https(at + ".jwksUrl", n.get("jwksUrl").asText()) : null;
            Set<URI> jku = new LinkedHashSet<>();
            for (JsonNode u : n.path("jku")) {
                jku.add(https(at + ".jku", u.asText()));
            }
            Set<String> algs = new LinkedHashSet<>(SPEC_ALGORITHMS);
            for (JsonNode a : n.path("algorithms")) {
                if (a.asText().equalsIgnoreCase("none") || a.asText().startsWith("HS")) {
                    throw new IOException(at + ".algorithms: " + a.asText()
                            + " is refused (no signature, or a shared secret)");
                }
                algs.add(a.asText());
            }
            if (map.put(iss, new Issuer(iss, keys, url, jku, algs)) != null) {
                throw new IOException(at + ".iss: " + iss + " is listed twice");
            }
        }
        return new TrustedIssuers(Map.copyOf(map));
    }

    private static URI https(String at, String s) throws IOException {
        URI u = URI.create(s);
        if (!"https".equals(u.getScheme()) && !"http".equals(u.getScheme())) {
            throw new IOException(at + ": " + s + " is not an http(s) URL");
        }
        return u;
    }

    /** The issuers in file order, for the start-up log. */
    public List<String> names() {
        return new ArrayList<>(byIss.keySet());
    }
}

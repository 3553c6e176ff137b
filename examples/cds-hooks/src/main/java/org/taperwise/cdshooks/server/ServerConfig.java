package org.taperwise.cdshooks.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the service runs (the command line's options).
 *
 * @param port             the port; 0 picks a free one
 * @param bind             the address to listen on (127.0.0.1 by default: only this machine)
 * @param publicUrl        the service's URL as clients call it (the JWT's {@code aud} and the cards' links); null:
 *                         {@code http://<bind>:<port>}
 * @param rulesetFolder    a ruleset folder; null: the built-in ruleset
 * @param profile          the profile; null: {@link #DEFAULT_PROFILE}
 * @param trustedIssuers   the trusted CDS clients file; null only with {@code insecureNoAuth}
 * @param insecureNoAuth   no JWT required (local use only; logged at WARN on start)
 * @param maxRequestBytes  the largest request body accepted (413 beyond)
 * @param fetchTimeout     how long one FHIR server or JWKS read may take
 * @param historyMonths    the history window of the service's own FHIR searches
 * @param resultTtl        how long a card's links work
 * @param naloxoneSystem   the naloxone product's code system (a row of the ruleset's product-codes table)
 * @param naloxoneCode     the naloxone product's code
 * @param sourceUrl        the cards' {@code source.url}; null: the service's own {@code /about} page
 * @param asOf             the evaluation date of every hook call (demos, replaying recorded requests); null: today
 *                         by the service's clock
 */
public record ServerConfig(int port, String bind, String publicUrl, Path rulesetFolder, String profile,
                           Path trustedIssuers, boolean insecureNoAuth, long maxRequestBytes, Duration fetchTimeout,
                           int historyMonths, Duration resultTtl, String naloxoneSystem, String naloxoneCode,
                           String sourceUrl, java.time.LocalDate asOf) {
    /** The CDC 2022 profile: CDS Hooks clients are mostly US EHRs, and the CDC's opioid CDS follows that guideline. */
    public static final String DEFAULT_PROFILE = "us-cdc-2022";
    /** 13 months, the window of the CDC opioid CDS's medication search (cqf-ruler: today - 13 months - 1 day). */
    public static final int DEFAULT_HISTORY_MONTHS = 13;
    /** 8 MiB: the screen command's default line limit, room for a year of records. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 8L * 1024 * 1024;

    /** Defaults for everything but the port and the trust settings. */
    public static ServerConfig defaults(int port, Path trustedIssuers, boolean insecureNoAuth) {
        return new ServerConfig(port, "127.0.0.1", null, null, DEFAULT_PROFILE, trustedIssuers, insecureNoAuth,
                DEFAULT_MAX_REQUEST_BYTES, Duration.ofSeconds(5), DEFAULT_HISTORY_MONTHS, Duration.ofMinutes(15),
                org.taperwise.cdshooks.cards.NaloxoneProduct.DEFAULT_SYSTEM,
                org.taperwise.cdshooks.cards.NaloxoneProduct.DEFAULT_CODE, null, null);
    }

    public ServerConfig withPublicUrl(String url) {
        return new ServerConfig(port, bind, url, rulesetFolder, profile, trustedIssuers, insecureNoAuth,
                maxRequestBytes, fetchTimeout, historyMonths, resultTtl, naloxoneSystem, naloxoneCode, sourceUrl, asOf);
    }

    public ServerConfig withRuleset(Path folder, String profileId) {
        return new ServerConfig(port, bind, publicUrl, folder, profileId, trustedIssuers, insecureNoAuth,
                maxRequestBytes, fetchTimeout, historyMonths, resultTtl, naloxoneSystem, naloxoneCode, sourceUrl, asOf);
    }
}

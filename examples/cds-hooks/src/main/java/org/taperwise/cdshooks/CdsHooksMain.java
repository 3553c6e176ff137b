package org.taperwise.cdshooks;

import org.taperwise.cdshooks.fhir.FhirRecordMapper;
import org.taperwise.cdshooks.server.CdsHooksServer;
import org.taperwise.cdshooks.server.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code java -jar examples/target/taperwise-cds-hooks.jar --port 8090 --trusted-issuers trusted-issuers.json}
 * starts the service; {@code make-test-issuer} and {@code sign-jwt} make a test CDS client for local use.
 */
@Command(name = "taperwise-cds-hooks", mixinStandardHelpOptions = true,
        description = "Taperwise as a CDS Hooks 2.0 service: GET /cds-services, POST /cds-services/{id}, "
                + "POST /cds-services/{id}/feedback.",
        subcommands = {MakeTestIssuerCommand.class, SignJwtCommand.class})
public final class CdsHooksMain implements Callable<Integer> {
    @Option(names = "--port", description = "port (default ${DEFAULT-VALUE}; 0 picks a free one)", defaultValue = "8090")
    int port;
    @Option(names = "--bind", description = "address to listen on (default ${DEFAULT-VALUE}: this machine only)",
            defaultValue = "127.0.0.1")
    String bind;
    @Option(names = "--public-url", description = "the URL clients call, e.g. https://cds.example.org (JWT aud and "
            + "card links); default http://<bind>:<port>")
    String publicUrl;
    @Option(names = "--ruleset", description = "a ruleset folder (default: the built-in ruleset)")
    Path ruleset;
    @Option(names = "--profile", description = "the profile (default ${DEFAULT-VALUE})",
            defaultValue = ServerConfig.DEFAULT_PROFILE)
    String profile;
    @Option(names = {"--trusted-issuers", "--jwks"}, description = "the trusted CDS clients file (issuers, their JWKS "
            + "file or URL, jku allow-list, algorithms)")
    Path trustedIssuers;
    @Option(names = "--insecure-no-auth", description = "accept hook calls without a JWT (local testing only)")
    boolean insecureNoAuth;
    @Option(names = "--max-request-bytes", defaultValue = "" + ServerConfig.DEFAULT_MAX_REQUEST_BYTES,
            description = "largest request body (default ${DEFAULT-VALUE})")
    long maxRequestBytes;
    @Option(names = "--fetch-timeout-ms", defaultValue = "5000",
            description = "timeout of one FHIR server or JWKS read (default ${DEFAULT-VALUE})")
    long fetchTimeoutMs;
    @Option(names = "--history-months", defaultValue = "" + ServerConfig.DEFAULT_HISTORY_MONTHS,
            description = "history window of the service's own FHIR searches (default ${DEFAULT-VALUE})")
    int historyMonths;
    @Option(names = "--result-ttl-minutes", defaultValue = "15",
            description = "how long card links work (default ${DEFAULT-VALUE})")
    int resultTtlMinutes;
    @Option(names = "--naloxone-code", defaultValue = "1725059",
            description = "the naloxone product suggested (a code of the ruleset's product-codes table; default "
                    + "${DEFAULT-VALUE}, RxNorm naloxone hydrochloride 40 MG/ML Nasal Spray)")
    String naloxoneCode;
    @Option(names = "--naloxone-system", defaultValue = "http://www.nlm.nih.gov/research/umls/rxnorm",
            description = "its code system (default ${DEFAULT-VALUE})")
    String naloxoneSystem;
    @Option(names = "--source-url", description = "the cards' source.url (default: the service's /about page)")
    String sourceUrl;

    @Option(names = "--as-of", description = "evaluate every hook call as of this date (YYYY-MM-DD) instead of "
            + "today: for demos and recorded requests, never for live use")
    java.time.LocalDate asOf;

    public static void main(String[] args) {
        System.exit(new CommandLine(new CdsHooksMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (trustedIssuers == null && !insecureNoAuth) {
            System.err.println("error: --trusted-issuers FILE is required (or --insecure-no-auth for local testing; "
                    + "see make-test-issuer)");
            return 2;
        }
        ServerConfig config = new ServerConfig(port, bind, publicUrl, ruleset, profile, trustedIssuers,
                insecureNoAuth, maxRequestBytes, Duration.ofMillis(fetchTimeoutMs), historyMonths,
                Duration.ofMinutes(resultTtlMinutes), naloxoneSystem, naloxoneCode, sourceUrl, asOf);
        CdsHooksServer server;
        try {
            server = CdsHooksServer.start(config, new FhirRecordMapper(), Clock.systemDefaultZone());
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        if (asOf != null) {
            org.slf4j.LoggerFactory.getLogger(CdsHooksMain.class).warn("--as-of {}: every hook call is evaluated as "
                    + "of that date, not today", asOf);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "cds-hooks-shutdown"));
        server.join();
        return 0;
    }
}

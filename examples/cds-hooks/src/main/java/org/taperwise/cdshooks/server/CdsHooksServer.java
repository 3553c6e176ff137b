package org.taperwise.cdshooks.server;

import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taperwise.Ruleset;
import org.taperwise.TaperwiseEngine;
import org.taperwise.cdshooks.auth.AuthFilter;
import org.taperwise.cdshooks.auth.JwtVerifier;
import org.taperwise.cdshooks.auth.TrustedIssuers;
import org.taperwise.cdshooks.cards.CardFactory;
import org.taperwise.cdshooks.cards.NaloxoneProduct;
import org.taperwise.cdshooks.hooks.FeedbackLog;
import org.taperwise.cdshooks.hooks.HookHandler;
import org.taperwise.cdshooks.hooks.HookResult;
import org.taperwise.cdshooks.hooks.PrefetchFetcher;
import org.taperwise.cdshooks.hooks.RecordMapper;
import org.taperwise.cdshooks.http.ResultStore;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The service on an embedded Eclipse Jetty 12 (servlets, Jakarta EE 10), the server HAPI FHIR's own servers run
 * in: {@code /cds-services} (discovery, hooks, feedback; POSTs need a verified JWT unless {@code insecureNoAuth}),
 * {@code /assessments/*} and {@code /handouts/*} (the cards' links), {@code /about} (the cards' source). CORS is
 * open to any origin for GET and POST with {@code Authorization} and {@code Content-Type} headers, as browser-based
 * CDS clients (the CDS Hooks sandbox) need; no credentials (cookies) are used.
 */
public final class CdsHooksServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CdsHooksServer.class);

    private final Server server;
    private final ServerConnector connector;
    private final String publicUrl;
    private final FeedbackLog feedback = new FeedbackLog(10_000);

    private CdsHooksServer(ServerConfig config, RecordMapper mapper, Clock clock) throws IOException {
        Ruleset ruleset = config.rulesetFolder() == null ? Ruleset.builtin() : Ruleset.fromDirectory(
                config.rulesetFolder());
        TaperwiseEngine engine = TaperwiseEngine.builder().ruleset(ruleset).profile(config.profile()).build();
        NaloxoneProduct naloxone = config.rulesetFolder() == null
                ? NaloxoneProduct.fromBuiltin(config.naloxoneSystem(), config.naloxoneCode())
                : NaloxoneProduct.fromFolder(config.rulesetFolder(), config.naloxoneSystem(), config.naloxoneCode());

        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("cds-hooks");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.bind());
        connector.setPort(config.port());
        server.addConnector(connector);
        try {
            connector.open(); // binds the port first, so the public URL can name it
        } catch (Exception e) {
            throw new IOException("cannot listen on " + config.bind() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        String url = config.publicUrl() != null ? config.publicUrl()
                : "http://" + hostForUrl(config.bind()) + ":" + connector.getLocalPort();
        publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;

        ResultStore<HookResult> results = new ResultStore<>(config.resultTtl(), 10_000, clock);
        PrefetchFetcher fetcher = new PrefetchFetcher(config.fetchTimeout(), config.historyMonths());
        String sourceUrl = config.sourceUrl() != null ? config.sourceUrl() : publicUrl + "/about";
        HookHandler hooks = new HookHandler(engine, mapper, fetcher, new CardFactory(naloxone), results, clock,
                publicUrl, sourceUrl, config.asOf());

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new CdsServicesServlet(hooks, feedback, config.maxRequestBytes())),
                "/cds-services/*");
        context.addServlet(new ServletHolder(new ResultServlet(results, false)), "/assessments/*");
        context.addServlet(new ServletHolder(new ResultServlet(results, true)), "/handouts/*");
        context.addServlet(new ServletHolder(new AboutServlet(engine)), "/about");
        if (config.insecureNoAuth()) {
            LOG.warn("--insecure-no-auth: hook calls are accepted WITHOUT a JWT; use this only on a machine of your "
                    + "own, never where an EHR or a network can reach the service");
        } else {
            TrustedIssuers issuers = TrustedIssuers.read(config.trustedIssuers());
            JwtVerifier verifier = new JwtVerifier(issuers, clock, config.fetchTimeout());
            context.addFilter(new FilterHolder(new AuthFilter(verifier, publicUrl)), "/cds-services/*",
                    EnumSet.of(DispatcherType.REQUEST));
            LOG.info("trusted CDS clients: {}", String.join(", ", issuers.names()));
        }
        context.setErrorHandler(new JsonErrorHandlers.Servlet());

        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(Set.of("*"));
        cors.setAllowedMethods(Set.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(Set.of("Authorization", "Content-Type", "Accept"));
        cors.setAllowCredentials(false);
        cors.setPreflightMaxAge(Duration.ofHours(1));
        cors.setHandler(context);
        server.setErrorHandler(new JsonErrorHandlers.Core());
        server.setHandler(cors);
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw new IOException("cannot start the service: " + e.getMessage(), e);
        }
        LOG.info("Taperwise CDS Hooks service at {}/cds-services (ruleset {} {}, profile {})", publicUrl,
                engine.rulesetInfo().id(), engine.rulesetInfo().version(), engine.profile());
    }

    /** Starts the service; it listens until {@link #close()}. */
    public static CdsHooksServer start(ServerConfig config, RecordMapper mapper, Clock clock) throws IOException {
        if (!config.insecureNoAuth() && config.trustedIssuers() == null) {
            throw new IllegalArgumentException("a trusted-issuers file is required unless --insecure-no-auth is given");
        }
        return new CdsHooksServer(config, mapper, clock);
    }

    /** The port listened on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The service's base URL (no trailing slash). */
    public String publicUrl() {
        return publicUrl;
    }

    /** The feedback received. */
    public FeedbackLog feedback() {
        return feedback;
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("stopping the server: {}", e.getMessage());
        }
    }

    private static String hostForUrl(String bind) {
        if (bind.equals("0.0.0.0") || bind.equals("::")) {
            return "localhost";
        }
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }
}

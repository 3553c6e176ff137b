package org.taperwise.cdshooks.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taperwise.cdshooks.http.JsonResponses;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Requires a verified CDS client JWT ({@code Authorization: Bearer <JWT>}) on every {@code POST} to
 * {@code /cds-services/...} (hook calls and feedback); discovery ({@code GET}, no patient data) and CORS preflight
 * stay open. A refusal is 401 with {@code WWW-Authenticate: Bearer} and a JSON message; nothing is evaluated.
 * The token's {@code aud} must be the endpoint called as the public URL names it ({@code --public-url} + path); for
 * feedback the service's own URL is accepted too.
 */
public final class AuthFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AuthFilter.class);

    private final transient JwtVerifier verifier;
    private final String publicUrl;

    public AuthFilter(JwtVerifier verifier, String publicUrl) {
        this.verifier = verifier;
        this.publicUrl = publicUrl;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(req.getMethod())) {
            chain.doFilter(req, resp);
            return;
        }
        String header = req.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() > 16_384) {
            refuse(resp, "an Authorization: Bearer <JWT> header signed by a trusted CDS client is required");
            return;
        }
        try {
            JwtVerifier.Caller caller = verifier.verify(header.substring(7).trim(), audiences(req));
            LOG.debug("call from {} ({})", caller.iss(), caller.sub());
        } catch (AuthException e) {
            LOG.info("refused a call to {}: {}", org.taperwise.Problem.escapeControls(
                    org.taperwise.Problem.brief(req.getRequestURI(), 120)), e.getMessage());
            refuse(resp, e.getMessage());
            return;
        }
        chain.doFilter(req, resp);
    }

    private Set<String> audiences(HttpServletRequest req) {
        String path = req.getRequestURI();
        Set<String> aud = new LinkedHashSet<>();
        aud.add(publicUrl + path);
        if (path.endsWith("/feedback")) {
            aud.add(publicUrl + path.substring(0, path.length() - "/feedback".length()));
        }
        return aud;
    }

    private static void refuse(HttpServletResponse resp, String message) throws IOException {
        resp.setHeader("WWW-Authenticate", "Bearer");
        JsonResponses.writeError(resp, 401, "unauthorized", message);
    }
}

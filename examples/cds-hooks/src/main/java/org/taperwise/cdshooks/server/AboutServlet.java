package org.taperwise.cdshooks.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.taperwise.TaperwiseEngine;
import org.taperwise.model.RulesetInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /about}: what the cards' source is: Taperwise, the ruleset (id, version, SHA-256) and the profile. */
final class AboutServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final String text;

    AboutServlet(TaperwiseEngine engine) {
        RulesetInfo r = engine.rulesetInfo();
        this.text = "Taperwise CDS Hooks service\n\n"
                + "Opioid review eligibility, daily oral morphine equivalent, risk flags and taper plans, decided by "
                + "audited Drools rules with the rule, source and ruleset version behind every answer.\n\n"
                + "Ruleset: " + r.id() + " " + r.version() + "\nRuleset SHA-256: " + r.sha256() + "\nProfile: "
                + engine.profile() + "\n\nServices: GET /cds-services\n";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}

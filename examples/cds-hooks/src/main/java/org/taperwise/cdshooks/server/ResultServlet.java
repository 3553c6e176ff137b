package org.taperwise.cdshooks.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.taperwise.cdshooks.hooks.HookResult;
import org.taperwise.cdshooks.hooks.RecordMapper;
import org.taperwise.cdshooks.http.JsonResponses;
import org.taperwise.cdshooks.http.ResultStore;
import org.taperwise.handout.PatientHandout;
import org.taperwise.json.TaperwiseJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a card links to, by token: {@code GET /assessments/{token}} the assessment (contract section 2) with the
 * FHIR mapping's warnings and the prefetch keys the service fetched ({@code {"assessment", "mappingWarnings",
 * "fetchedPrefetch"}}); {@code GET /handouts/{token}} the patient handout page (contract section 4). An unknown or
 * expired token is a 404. Responses are not cached ({@code Cache-Control: no-store}) and not framed.
 */
final class ResultServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ResultStore<HookResult> results;
    private final boolean handout;

    ResultServlet(ResultStore<HookResult> results, boolean handout) {
        this.results = results;
        this.handout = handout;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Frame-Options", "DENY");
        String path = req.getPathInfo();
        Optional<HookResult> result = path == null || path.length() < 2 ? Optional.empty()
                : results.get(path.substring(1));
        if (result.isEmpty()) {
            JsonResponses.writeError(resp, 404, "not_found", "no such result: links live "
                    + "for a short time only; call the hook again");
            return;
        }
        HookResult r = result.get();
        if (handout) {
            resp.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
            byte[] page = PatientHandout.html(r.assessment()).getBytes(StandardCharsets.UTF_8);
            resp.setStatus(200);
            resp.setContentType("text/html; charset=utf-8");
            resp.setContentLength(page.length);
            resp.getOutputStream().write(page);
            return;
        }
        ObjectNode body = JsonResponses.MAPPER.createObjectNode();
        body.set("assessment", JsonResponses.MAPPER.readTree(TaperwiseJson.write(r.assessment())));
        ArrayNode notes = body.putArray("mappingWarnings");
        for (RecordMapper.Note n : r.notes()) {
            ObjectNode o = notes.addObject();
            o.put("code", n.code());
            o.put("resource", n.resource());
            o.put("path", n.path());
            o.put("message", n.message());
        }
        ArrayNode fetched = body.putArray("fetchedPrefetch");
        r.fetched().forEach(fetched::add);
        JsonResponses.write(resp, 200, body);
    }
}

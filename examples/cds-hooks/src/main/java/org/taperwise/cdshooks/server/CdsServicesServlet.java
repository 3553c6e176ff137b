package org.taperwise.cdshooks.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taperwise.EvaluationException;
import org.taperwise.cdshooks.hooks.CdsService;
import org.taperwise.cdshooks.hooks.Discovery;
import org.taperwise.cdshooks.hooks.Feedback;
import org.taperwise.cdshooks.hooks.FeedbackLog;
import org.taperwise.cdshooks.hooks.HookHandler;
import org.taperwise.cdshooks.http.BadRequestException;
import org.taperwise.cdshooks.http.JsonResponses;
import org.taperwise.cdshooks.http.RequestBodies;

import java.io.IOException;
import java.util.List;

/**
 * {@code /cds-services}: {@code GET} discovery, {@code POST /cds-services/{id}} a hook call, {@code POST
 * /cds-services/{id}/feedback} feedback. Errors are JSON ({@link JsonResponses}): 400 naming the field, 404 for an
 * unknown service, 405 for another method, 412 when prefetch data cannot be had, 413 for a body over the limit, 500
 * with a generic message when evaluation fails (the cause is logged, never sent).
 */
final class CdsServicesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CdsServicesServlet.class);

    private final transient HookHandler hooks;
    private final transient FeedbackLog feedback;
    private final long maxRequestBytes;

    CdsServicesServlet(HookHandler hooks, FeedbackLog feedback, long maxRequestBytes) {
        this.hooks = hooks;
        this.feedback = feedback;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            JsonResponses.write(resp, 200, Discovery.document());
            return;
        }
        Route route = Route.of(path);
        if (route == null || CdsService.byId(route.serviceId()).isEmpty()) {
            JsonResponses.writeError(resp, 404, "not_found", "no such CDS service; see GET /cds-services");
            return;
        }
        resp.setHeader("Allow", "POST");
        JsonResponses.writeError(resp, 405, "method_not_allowed", "use POST for a hook call or its feedback");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            Route route = Route.of(req.getPathInfo());
            CdsService service = route == null ? null : CdsService.byId(route.serviceId()).orElse(null);
            if (service == null) {
                throw new BadRequestException(404, "not_found", "no CDS service at " + safePath(req)
                        + "; the services are " + String.join(", ", CdsService.ALL.stream().map(CdsService::id)
                        .toList()));
            }
            ObjectNode body = RequestBodies.readObject(req, maxRequestBytes);
            if (route.feedback()) {
                List<Feedback> entries = Feedback.read(body);
                feedback.record(service.id(), entries);
                JsonResponses.write(resp, 200, JsonResponses.MAPPER.createObjectNode());
            } else {
                JsonResponses.write(resp, 200, hooks.handle(service, body));
            }
        } catch (BadRequestException e) {
            JsonResponses.write(resp, e.status(), JsonResponses.error(e.code(), e.getMessage(), e.problems()));
        } catch (EvaluationException e) {
            LOG.warn("evaluation failed: {}", e.getMessage());
            LOG.debug("evaluation failure", e);
            JsonResponses.writeError(resp, 500, "evaluation_failed", "the rules could not evaluate these records");
        } catch (RuntimeException e) {
            // the message may quote the records: only the class at ERROR, the whole at DEBUG
            LOG.error("internal error answering {}: {}", safePath(req), e.getClass().getName());
            LOG.debug("internal error", e);
            JsonResponses.writeError(resp, 500, "internal_error", "the service failed to answer; see its log");
        }
    }

    private static String safePath(HttpServletRequest req) {
        return org.taperwise.Problem.escapeControls(org.taperwise.Problem.brief(req.getRequestURI(), 120));
    }

    /** {@code /{id}} or {@code /{id}/feedback}. */
    record Route(String serviceId, boolean feedback) {
        static Route of(String pathInfo) {
            if (pathInfo == null || pathInfo.length() < 2) {
                return null;
            }
            String[] parts = pathInfo.substring(1).split("/", -1);
            if (parts.length == 1 && !parts[0].isEmpty()) {
                return new Route(parts[0], false);
            }
            if (parts.length == 2 && parts[1].equals("feedback") && !parts[0].isEmpty()) {
                return new Route(parts[0], true);
            }
            return null;
        }
    }
}

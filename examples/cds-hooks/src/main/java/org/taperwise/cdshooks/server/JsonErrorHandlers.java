package org.taperwise.cdshooks.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.taperwise.cdshooks.http.JsonResponses;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Jetty's error pages replaced: every error Jetty itself answers (an exception a servlet let through, a malformed
 * request line, an unknown path) is {@code {"error": "http_<status>", "message": <the status's reason>}}. The
 * exception, its message and its stack trace are never written (the servlets log what they catch).
 */
final class JsonErrorHandlers {
    private JsonErrorHandlers() {
    }

    /** For the servlet context. */
    static final class Servlet extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
        Servlet() {
            setShowStacks(false);
            setShowCauses(false);
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                     String contentType, List<Charset> charsets, int code,
                                                     String message, Throwable cause) {
            return writeJson(response, callback, code);
        }
    }

    /** For the server, outside any context. */
    static final class Core extends org.eclipse.jetty.server.handler.ErrorHandler {
        Core() {
            setShowStacks(false);
            setShowCauses(false);
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                     String contentType, List<Charset> charsets, int code,
                                                     String message, Throwable cause) {
            return writeJson(response, callback, code);
        }
    }

    static boolean writeJson(Response response, Callback callback, int code) {
        String reason = HttpStatus.getMessage(code);
        byte[] body = JsonResponses.bytes(JsonResponses.error("http_" + code,
                code == 404 ? "not found; the CDS services are listed at GET /cds-services" : reason));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }
}

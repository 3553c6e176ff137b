package org.taperwise.cdshooks.http;

import java.util.List;

/**
 * A request the service refuses with a 4xx status and a JSON body naming what is wrong (the field, its path, what
 * was expected). Thrown by request readers and caught by the servlets, which never show a stack trace.
 */
public final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<JsonResponses.ProblemView> problems;

    public BadRequestException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public BadRequestException(int status, String code, String message, List<JsonResponses.ProblemView> problems) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    /** A 400 naming a field of the request: {@code field} is its JSON path. */
    public static BadRequestException field(String field, String value, String expected) {
        return new BadRequestException(400, "bad_request", "request field " + field + ": " + expected,
                List.of(new JsonResponses.ProblemView(null, field, value, expected)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<JsonResponses.ProblemView> problems() {
        return problems;
    }
}

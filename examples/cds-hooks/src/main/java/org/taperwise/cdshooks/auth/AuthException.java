package org.taperwise.cdshooks.auth;

/** A request refused for want of a valid JWT (401); the message says why, never which key or secret. */
public final class AuthException extends Exception {
    private static final long serialVersionUID = 1L;

    public AuthException(String message) {
        super(message, null, false, false);
    }
}

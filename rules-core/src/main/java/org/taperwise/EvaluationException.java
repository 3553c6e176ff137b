package org.taperwise;

/**
 * An evaluation failed inside the engine (a rule's consequence threw, or the rules produced a result the
 * contract does not allow). The message names the rule when one is involved; the cause is kept.
 * The message never contains patient identifiers.
 */
public final class EvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }

    public EvaluationException(String message) {
        super(message);
    }
}

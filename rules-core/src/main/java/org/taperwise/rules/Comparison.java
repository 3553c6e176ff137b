package org.taperwise.rules;

import org.taperwise.model.JsonCode;

/** How a threshold is compared: guidance says "above 120 mg" (UK) but "90 MME or more" (CDC). */
public enum Comparison implements JsonCode {
    /** Strictly greater than the value. */
    ABOVE("above"),
    /** Greater than or equal to the value. */
    AT_OR_ABOVE("atOrAbove");

    private final String code;

    Comparison(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

package org.taperwise.rules;

import org.taperwise.model.JsonCode;

/** Which situation a profile's taper policy is for; the taper rules choose a policy by its role. */
public enum TaperPolicyRole implements JsonCode {
    /** Opioid use shorter than the profile's {@code longTermTaperAfterMonths}. */
    STANDARD("standard"),
    /** Opioid use of {@code longTermTaperAfterMonths} or more: the slower policy. */
    LONG_TERM("long-term");

    private final String code;

    TaperPolicyRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

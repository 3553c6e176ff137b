package org.taperwise;

import org.taperwise.evaluation.Validator;
import org.taperwise.model.PatientFacts;

/**
 * Patient facts that meet the contract: {@link Validator#validate(PatientFacts)} found no problem in them. Facts are
 * immutable (records of immutable values, their lists copied), so they stay valid, and
 * {@link TaperwiseEngine#evaluate(ValidFacts)} runs only the rest of the engine's check, against the profile (the
 * taper request's policy), instead of the whole contract again. Only {@link #of} makes one, and only after the check.
 */
public final class ValidFacts {
    private final PatientFacts facts;

    private ValidFacts(PatientFacts facts) {
        this.facts = facts;
    }

    /** The facts, checked against the contract; null when they have any problem ({@link Validator} lists them). */
    public static ValidFacts of(PatientFacts facts) {
        return Validator.validate(facts).isEmpty() ? new ValidFacts(facts) : null;
    }

    public PatientFacts facts() {
        return facts;
    }
}

package org.taperwise.model;

import org.kie.api.KieBase;
import org.taperwise.engine.CompiledRules;

/**
 * Test fixture only: a fact-model class that depends on the engine and hands out a Drools type, the two things
 * ArchitectureTest must refuse.
 * It lives in the test sources so that the production model never holds it.
 */
public final class WrongArrowFixture {
    private final CompiledRules rules;

    public WrongArrowFixture(CompiledRules rules) {
        this.rules = rules;
    }

    public CompiledRules rules() {
        return rules;
    }

    public KieBase leak() {
        return null;
    }
}

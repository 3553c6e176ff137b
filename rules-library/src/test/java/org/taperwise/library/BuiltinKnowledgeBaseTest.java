package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.kie.api.conf.KieBaseMutabilityOption;

/** The precompiled built-in rules build an immutable knowledge base, as PrecompiledRules asks (issue 6). */
class BuiltinKnowledgeBaseTest {

    @Test
    void precompiledBuiltinRules_buildAnImmutableKnowledgeBase() {
        InternalKnowledgeBase kieBase = (InternalKnowledgeBase) new BuiltinRules().kieBase();
        assertFalse(kieBase.getRuleBaseConfiguration().getOption(KieBaseMutabilityOption.KEY).isMutabilityEnabled());
    }
}

package org.taperwise;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.kie.api.conf.KieBaseMutabilityOption;

/**
 * Rules compiled from a folder get an immutable knowledge base, so that sessions use Drools' identity fact store
 * (issue 6); a mutable one would still give the same answers, only slower, so nothing else would notice.
 */
class ImmutableKnowledgeBaseTest {

    @Test
    void rulesCompiledFromAFolder_haveAnImmutableKnowledgeBase() {
        Ruleset ruleset = Ruleset.fromDirectory(TestRulesets.minimalFolder());
        InternalKnowledgeBase kieBase = (InternalKnowledgeBase) ruleset.loaded().kieBase();
        assertFalse(kieBase.getRuleBaseConfiguration().getOption(KieBaseMutabilityOption.KEY).isMutabilityEnabled());
    }
}

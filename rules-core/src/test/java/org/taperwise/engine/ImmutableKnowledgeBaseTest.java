package org.taperwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.drools.model.PatternDSL;
import org.drools.model.Variable;
import org.drools.model.impl.ModelImpl;
import org.taperwise.spi.PrecompiledRules;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.taperwise.Ruleset;
import org.taperwise.TestRulesets;
import org.taperwise.loader.LoadedRulesets;

/**
 * Rules compiled from a folder, and rules built from a provider's generated models, get an immutable knowledge base, so that sessions use Drools' identity fact store
 * (issue 6); a mutable one would still give the same answers, only slower, so nothing else would notice.
 */
class ImmutableKnowledgeBaseTest {

    @Test
    void rulesCompiledFromAFolder_haveAnImmutableKnowledgeBase() {
        Ruleset ruleset = Ruleset.fromDirectory(TestRulesets.minimalFolder());
        InternalKnowledgeBase kieBase = (InternalKnowledgeBase) LoadedRulesets.of(ruleset).compiledRules()
                .kieBase();
        assertFalse(kieBase.getRuleBaseConfiguration().getOption(KieBaseMutabilityOption.KEY).isMutabilityEnabled());
    }

    @Test
    void rulesBuiltFromAProvidersModels_haveAnImmutableKnowledgeBase() {
        PrecompiledRules provider = new PrecompiledRules() {
            @Override
            public String classpathFolder() {
                return "rulesets/one";
            }

            @Override
            public List<String> modelClassNames() {
                return List.of(OneRuleModel.class.getName());
            }
        };
        InternalKnowledgeBase kieBase = (InternalKnowledgeBase) Precompiled.fromModels(provider);
        assertEquals(1, kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum());
        assertFalse(kieBase.getRuleBaseConfiguration().getOption(KieBaseMutabilityOption.KEY).isMutabilityEnabled());
    }

    @Test
    void aProviderThatNamesNoModel_isRefused() {
        PrecompiledRules provider = new PrecompiledRules() {
            @Override
            public String classpathFolder() {
                return "rulesets/none";
            }

            @Override
            public List<String> modelClassNames() {
                return List.of("no.such.Model");
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Precompiled.fromModels(provider));
        assertTrue(e.getMessage().contains("no.such.Model"), e.getMessage());
    }

    /** A rule model written with the executable-model DSL, as kie-maven-plugin would generate one. */
    public static final class OneRuleModel extends ModelImpl {
        public OneRuleModel() {
            Variable<String> s = PatternDSL.declarationOf(String.class);
            addRule(PatternDSL.rule("one").build(PatternDSL.pattern(s).expr("nonEmpty", x -> !x.isEmpty()), PatternDSL.on(s).execute(x -> { })));
        }
    }
}

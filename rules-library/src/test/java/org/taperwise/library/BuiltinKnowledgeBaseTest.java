package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.drools.model.Model;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules' provider names the models kie-maven-plugin generated, and each is a rule model the engine can
 * instantiate (the engine builds the immutable knowledge base from them; rules-core's ImmutableKnowledgeBaseTest).
 */
class BuiltinKnowledgeBaseTest {

    @Test
    void everyListedModel_isAGeneratedRuleModel() throws ReflectiveOperationException {
        List<String> names = new BuiltinRules().modelClassNames();
        assertFalse(names.isEmpty(), "kie-maven-plugin listed no model");
        for (String name : names) {
            Object model = Class.forName(name).getDeclaredConstructor().newInstance();
            assertTrue(model instanceof Model, name + " is not a rule model");
            assertFalse(((Model) model).getRules().isEmpty(), name + " holds no rule");
        }
    }
}

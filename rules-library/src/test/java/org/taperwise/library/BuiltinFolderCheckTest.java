package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.Ruleset;
import org.taperwise.review.ScenarioResult;
import org.taperwise.review.Scenarios;

/**
 * The built-in ruleset loaded from its folder, as any folder is (compiled to the executable model, every generated
 * class checked against the rule-code allow-list, loops bounded), not from its precompiled rules: it passes the
 * check, has exactly the packaged rules, and decides every one of its scenarios as expected.
 */
class BuiltinFolderCheckTest {
    private static final Path FOLDER = Path.of("src/main/resources/taperwise/rulesets/builtin");

    @Test
    void theBuiltinFolder_passesTheRuleCodeCheck_andDecidesEveryScenarioAsThePrecompiledRulesDo() {
        Ruleset folder = Ruleset.fromDirectory(FOLDER);

        assertEquals(Ruleset.builtin().info(), folder.info());
        assertEquals(Ruleset.builtin().rules(), folder.rules());
        List<ScenarioResult> results = Scenarios.runAll(folder);
        assertTrue(results.size() > 20, "scenarios: " + results.size());
        assertTrue(results.stream().allMatch(ScenarioResult::passed),
                results.stream().filter(r -> !r.passed()).map(r -> r.name() + " " + r.failures()).toList().toString());
    }
}

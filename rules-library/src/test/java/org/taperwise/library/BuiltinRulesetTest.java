package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.RuleInfo;

/** The built-in ruleset as a reviewer reads it: every file documented, every rule traceable. */
class BuiltinRulesetTest {
    static Stream<String> ruleFiles() {
        return Builtin.RULESET.rules().stream().map(RuleInfo::file).distinct();
    }

    private static String read(String path) throws IOException {
        try (InputStream in = BuiltinRulesetTest.class.getClassLoader().getResourceAsStream(
                "taperwise/rulesets/builtin/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleFiles")
    void everyRuleFile_opensWithTheGuidelineTextAndAWhenThenParagraph(String file) throws IOException {
        String text = read(file);
        assertTrue(text.startsWith("/*"), file + " must open with a comment");
        String header = text.substring(0, text.indexOf("*/"));
        assertTrue(header.contains("Topic:"), file + " header lacks Topic:");
        assertTrue(header.contains("Guideline text:"), file + " header lacks Guideline text:");
        assertTrue(header.contains("When/Then:"), file + " header lacks When/Then:");
    }

    @Test
    void everyRule_namesAGuidelineOrContractSource() {
        for (RuleInfo r : Builtin.RULESET.rules()) {
            assertTrue(r.source().length() > 10, r.id() + " has a thin source: " + r.source());
            assertTrue(r.id().matches("[A-Z]+-C?\\d{2}"), r.id() + " does not follow TOPIC-NN / TOPIC-CNN");
        }
    }

    @Test
    void everyFlagAndReasonCodeOfTheContract_isProducedBySomeRule() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (String file : ruleFiles().toList()) {
            String text = read(file);
            for (org.taperwise.model.FlagCode c : org.taperwise.model.FlagCode.values()) {
                if (text.contains("FlagCode." + c.name())) {
                    codes.add(c.name());
                }
            }
            for (org.taperwise.model.ReasonCode c : org.taperwise.model.ReasonCode.values()) {
                if (text.contains("ReasonCode." + c.name())) {
                    codes.add(c.name());
                }
            }
            for (org.taperwise.model.SpecialistReason c : org.taperwise.model.SpecialistReason.values()) {
                if (text.contains("SpecialistReason." + c.name())) {
                    codes.add("SPECIALIST:" + c.name());
                }
            }
        }
        Set<String> expected = new TreeSet<>();
        for (org.taperwise.model.FlagCode c : org.taperwise.model.FlagCode.values()) {
            expected.add(c.name());
        }
        for (org.taperwise.model.ReasonCode c : org.taperwise.model.ReasonCode.values()) {
            expected.add(c.name());
        }
        for (org.taperwise.model.SpecialistReason c : org.taperwise.model.SpecialistReason.values()) {
            expected.add("SPECIALIST:" + c.name());
        }
        assertEquals(expected, codes);
    }
}

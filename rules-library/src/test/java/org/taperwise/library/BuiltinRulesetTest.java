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

    /**
     * Stratified: a rule that tests a fact type other rules insert has a lower salience than each of them, so it
     * sees every such fact before it is evaluated, whatever order the engine (classic or executable model) picks
     * among rules of equal salience. Without this, an accumulate can fire on part of the facts.
     */
    @Test
    void everyRuleThatTestsADerivedFact_runsAfterTheRulesThatInsertIt() throws IOException {
        java.util.regex.Pattern rule = java.util.regex.Pattern.compile(
                "rule \"[^\"]+\"\\s*\n\\s*@id\\(\"([^\"]+)\"\\)(.*?)\nwhen\n(.*?)\nthen\n(.*?)\nend",
                java.util.regex.Pattern.DOTALL);
        java.util.regex.Pattern salience = java.util.regex.Pattern.compile("salience (-?\\d+)");
        java.util.regex.Pattern inserted = java.util.regex.Pattern.compile("insert\\(\\s*new\\s+(\\w+)\\s*\\(");
        java.util.regex.Pattern tested = java.util.regex.Pattern.compile("\\b([A-Z]\\w+)\\s*\\(");
        java.util.Map<String, Integer> saliences = new java.util.HashMap<>();
        java.util.Map<String, Set<String>> producers = new java.util.HashMap<>();
        java.util.Map<String, Set<String>> uses = new java.util.HashMap<>();
        for (String file : ruleFiles().toList()) {
            java.util.regex.Matcher m = rule.matcher(read(file));
            while (m.find()) {
                String id = m.group(1);
                java.util.regex.Matcher sal = salience.matcher(m.group(2));
                saliences.put(id, sal.find() ? Integer.parseInt(sal.group(1)) : 0);
                java.util.regex.Matcher ins = inserted.matcher(m.group(4));
                while (ins.find()) {
                    producers.computeIfAbsent(ins.group(1), k -> new TreeSet<>()).add(id);
                }
                Set<String> types = new TreeSet<>();
                java.util.regex.Matcher t = tested.matcher(m.group(3));
                while (t.find()) {
                    types.add(t.group(1));
                }
                uses.put(id, types);
            }
        }
        assertEquals(Builtin.RULESET.rules().size(), saliences.size(), "every rule was read");
        java.util.List<String> wrong = new java.util.ArrayList<>();
        uses.forEach((id, types) -> {
            for (String type : types) {
                for (String producer : producers.getOrDefault(type, Set.of())) {
                    if (!producer.equals(id) && saliences.get(id) >= saliences.get(producer)) {
                        wrong.add(id + " (salience " + saliences.get(id) + ") tests " + type + " inserted by " + producer
                                + " (salience " + saliences.get(producer) + ")");
                    }
                }
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}

package org.taperwise.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taperwise.RuleInfo;
import org.taperwise.Ruleset;
import org.taperwise.engine.RuleSource;
import org.taperwise.loader.LoadedRuleset;
import org.taperwise.loader.LoadedRulesets;
import org.taperwise.model.FlagCode;
import org.taperwise.model.ReasonCode;
import org.taperwise.review.HazardLog.Hazard;

/**
 * How rules, parameters, scenarios, hazards and outcomes (flag codes and eligibility reasons) link, for the catalogue
 * by flag and for the check that every decision rule is controlled by a hazard.
 *
 * <ul>
 * <li>A rule <em>reads</em> a parameter when its conditions or actions use the parameter ({@code highDose} for
 * {@code highDoseMgPerDay}) or its {@code @source} names it, or when it matches a fact that a rule reading the
 * parameter inserts.</li>
 * <li>A scenario <em>pins</em> a rule when its {@code expected.json} lists the rule in {@code firedRules} or
 * {@code notFiredRules}, or expects an outcome ({@code flags}, {@code reasons}) that the rule raised in its run.</li>
 * <li>A hazard <em>controls</em> a rule when it names the rule, a parameter the rule reads, or a scenario that pins
 * the rule.</li>
 * <li>A rule <em>raises</em> an outcome when its actions name the code ({@code FlagCode.HIGH_DOSE},
 * {@code ReasonCode.END_OF_LIFE_CARE}) or a scenario's run shows it raising it. An outcome <em>fires</em> in the
 * scenarios whose run raised it, and <em>must not fire</em> in those that list one of its rules in
 * {@code notFiredRules}, or that expect {@code flags} (for a reason: {@code reasons}) without it and belong to the
 * topic of one of its rules' files ({@code scenarios/dose/*} for {@code rules/dose.drl}).</li>
 * </ul>
 */
final class RuleLinks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INSERT = Pattern.compile("\\binsert\\s*\\(\\s*new\\s+([A-Z]\\w*)\\s*\\(");
    private static final Pattern CODE = Pattern.compile("\\b(FlagCode|ReasonCode)\\.([A-Z][A-Z0-9_]*)\\b");

    /**
     * A flag code or eligibility reason with what produces and tests it.
     *
     * @param key        the anchor key: the flag code, or {@code reason:<CODE>}
     * @param parameters the parameters its rules read
     */
    record Outcome(String key, String code, boolean reason, List<String> rules, List<String> parameters,
            List<String> fires, List<String> mustNotFire, List<String> hazards) {
    }

    /** A hazard controlling a rule, and how: "names it", "parameter x", "scenario y". */
    record Control(String hazard, String how) {
    }

    final Map<String, List<String>> parametersByRule = new TreeMap<>();
    final Map<String, List<Control>> controlsByRule = new LinkedHashMap<>();
    final Map<String, JsonNode> expectations = new TreeMap<>();
    final List<Outcome> outcomes = new ArrayList<>();

    RuleLinks(Ruleset ruleset, List<ScenarioResult> results, List<Hazard> hazards) {
        LoadedRuleset loaded = LoadedRulesets.of(ruleset);
        Set<String> parameters = new TreeSet<>();
        loaded.profiles().values().forEach(p -> p.written().forEach(w -> parameters.add(w.name())));
        Map<String, String> fieldOf = fields(parameters);
        Map<String, Set<String>> raisesByRule = new TreeMap<>();
        for (RuleInfo r : ruleset.rules()) {
            RuleSource src = loaded.ruleSources().get(r.id());
            String code = src == null ? "" : src.conditions() + "\n" + src.actions();
            List<String> read = parameters.stream().filter(p -> HazardLog.mentions(code, fieldOf.get(p))
                    || HazardLog.mentions(code, p) || HazardLog.mentions(r.source(), p)).toList();
            parametersByRule.put(r.id(), read);
            Set<String> raises = new TreeSet<>();
            Matcher m = CODE.matcher(src == null ? "" : src.actions());
            while (m.find()) {
                raises.add(m.group(1).equals("ReasonCode") ? Scenarios.REASON + m.group(2) : m.group(2));
            }
            raisesByRule.put(r.id(), raises);
        }
        feed(ruleset, loaded);
        for (ScenarioResult s : results) {
            expectations.put(s.name(), expectation(loaded, s.name()));
            s.raisedBy().forEach((outcome, rule) -> raisesByRule.computeIfAbsent(rule, k -> new TreeSet<>())
                    .add(outcome));
        }
        for (RuleInfo r : ruleset.rules()) {
            List<Control> controls = new ArrayList<>();
            for (Hazard h : hazards) {
                String how = how(h, r.id(), results);
                if (how != null) {
                    controls.add(new Control(h.id(), how));
                }
            }
            controlsByRule.put(r.id(), controls);
        }
        for (FlagCode f : FlagCode.values()) {
            outcomes.add(outcome(f.code(), f.code(), false, ruleset, results, raisesByRule));
        }
        for (ReasonCode c : ReasonCode.values()) {
            outcomes.add(outcome(Scenarios.REASON + c.code(), c.code(), true, ruleset, results, raisesByRule));
        }
    }

    /**
     * Adds to each rule's parameters those of the rules that insert the facts it matches ({@code insert( new
     * HighDailyDose(...) )} in {@code DOSE-C01}, {@code HighDailyDose(...)} in {@code DOSE-01}'s conditions), and of
     * theirs in turn: a decision rule reads a threshold through the classification that compared against it.
     */
    private void feed(Ruleset ruleset, LoadedRuleset loaded) {
        Map<String, Set<String>> inserts = new TreeMap<>();
        for (RuleInfo r : ruleset.rules()) {
            RuleSource src = loaded.ruleSources().get(r.id());
            Set<String> types = new TreeSet<>();
            Matcher m = INSERT.matcher(src == null ? "" : src.actions());
            while (m.find()) {
                types.add(m.group(1));
            }
            inserts.put(r.id(), types);
        }
        boolean changed = true;
        for (int round = 0; changed && round < 10; round++) {
            changed = false;
            for (RuleInfo r : ruleset.rules()) {
                RuleSource src = loaded.ruleSources().get(r.id());
                String conditions = src == null ? "" : src.conditions();
                Set<String> read = new TreeSet<>(parametersByRule.get(r.id()));
                inserts.forEach((feeder, types) -> {
                    if (!feeder.equals(r.id()) && types.stream().anyMatch(t -> Pattern.compile("\\b" + t + "\\s*\\(")
                            .matcher(conditions).find())) {
                        read.addAll(parametersByRule.get(feeder));
                    }
                });
                if (read.size() > parametersByRule.get(r.id()).size()) {
                    parametersByRule.put(r.id(), List.copyOf(read));
                    changed = true;
                }
            }
        }
    }

    /** Whether a rule decides (raises or withholds an outcome) rather than classifies: ids without {@code -C}. */
    static boolean decision(String ruleId) {
        return !ruleId.matches(".*-C\\d+");
    }

    /** The hazards controlling a rule, by id. */
    List<String> hazardsOf(String ruleId) {
        return controlsByRule.getOrDefault(ruleId, List.of()).stream().map(Control::hazard).toList();
    }

    /** The scenarios whose expectation says the rule must not fire ({@code notFiredRules}). */
    List<String> mustNotFire(String ruleId) {
        return expectations.entrySet().stream().filter(e -> contains(e.getValue().path("notFiredRules"), ruleId))
                .map(Map.Entry::getKey).toList();
    }

    /** The outcomes a rule raises. */
    List<Outcome> raisedBy(String ruleId) {
        return outcomes.stream().filter(o -> o.rules().contains(ruleId)).toList();
    }

    private String how(Hazard h, String rule, List<ScenarioResult> results) {
        if (h.rules().contains(rule)) {
            return "names it";
        }
        for (String p : h.parameters()) {
            if (parametersByRule.getOrDefault(rule, List.of()).contains(p)) {
                return "parameter " + p;
            }
        }
        for (ScenarioResult s : results) {
            if (h.scenarios().contains(s.name()) && pins(s, rule)) {
                return "scenario " + s.name();
            }
        }
        return null;
    }

    private boolean pins(ScenarioResult s, String rule) {
        JsonNode e = expectations.getOrDefault(s.name(), JSON.createObjectNode());
        if (contains(e.path("firedRules"), rule) || contains(e.path("notFiredRules"), rule)) {
            return true;
        }
        for (Map.Entry<String, String> raised : s.raisedBy().entrySet()) {
            if (raised.getValue().equals(rule) && expects(e, raised.getKey())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the expectation asserts the outcome is present. */
    private static boolean expects(JsonNode e, String key) {
        return key.startsWith(Scenarios.REASON) ? contains(e.path("reasons"), key.substring(Scenarios.REASON.length()))
                : contains(e.path("flags"), key);
    }

    private Outcome outcome(String key, String code, boolean reason, Ruleset ruleset, List<ScenarioResult> results,
            Map<String, Set<String>> raisesByRule) {
        List<String> rules = ruleset.rules().stream().map(RuleInfo::id)
                .filter(id -> raisesByRule.getOrDefault(id, Set.of()).contains(key)).toList();
        Set<String> topics = new TreeSet<>();
        ruleset.rules().stream().filter(r -> rules.contains(r.id())).forEach(r -> topics.add(topic(r.file())));
        Set<String> params = new TreeSet<>();
        Set<String> hazards = new TreeSet<>();
        rules.forEach(r -> {
            params.addAll(parametersByRule.getOrDefault(r, List.of()));
            hazards.addAll(hazardsOf(r));
        });
        List<String> fires = new ArrayList<>();
        List<String> mustNot = new ArrayList<>();
        for (ScenarioResult s : results) {
            JsonNode e = expectations.getOrDefault(s.name(), JSON.createObjectNode());
            if (s.raisedBy().containsKey(key)) {
                fires.add(s.name());
            } else if (rules.stream().anyMatch(r -> contains(e.path("notFiredRules"), r))
                    || e.has(reason ? "reasons" : "flags") && !expects(e, key)
                    && topics.contains(s.name().substring(0, Math.max(0, s.name().indexOf('/'))))) {
                mustNot.add(s.name());
            }
        }
        return new Outcome(key, code, reason, rules, List.copyOf(params), fires, mustNot, List.copyOf(hazards));
    }

    private static String topic(String ruleFile) {
        String name = ruleFile.substring(ruleFile.lastIndexOf('/') + 1);
        return name.endsWith(".drl") ? name.substring(0, name.length() - 4) : name;
    }

    private static boolean contains(JsonNode array, String value) {
        if (array.isArray()) {
            for (JsonNode n : array) {
                if (n.asText().equals(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonNode expectation(LoadedRuleset loaded, String scenario) {
        byte[] bytes = loaded.files().get("scenarios/" + scenario + "/expected.json");
        try {
            return bytes == null ? JSON.createObjectNode() : JSON.readTree(bytes).path("expect");
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** Each parameter's field in {@code org.taperwise.rules.Parameters}: the longest component its name starts with. */
    private static Map<String, String> fields(Set<String> parameters) {
        Map<String, String> out = new TreeMap<>();
        for (String p : parameters) {
            String best = p;
            int length = 0;
            for (RecordComponent c : org.taperwise.rules.Parameters.class.getRecordComponents()) {
                if (p.startsWith(c.getName()) && c.getName().length() > length) {
                    best = c.getName();
                    length = best.length();
                }
            }
            out.put(p, best);
        }
        return out;
    }
}

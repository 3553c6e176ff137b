package org.taperwise.review;

import org.taperwise.loader.LoadedRulesets;
import org.taperwise.InvalidInputException;
import org.taperwise.Ruleset;
import org.taperwise.TaperwiseEngine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.taperwise.json.ParsedPatient;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.Assessment;
import org.taperwise.model.FiredRule;
import org.taperwise.model.Flag;
import org.taperwise.model.FlagCode;
import org.taperwise.model.MmeItem;
import org.taperwise.model.Taper;
import org.taperwise.model.TaperStep;

/**
 * Runs a ruleset's scenarios: each folder under {@code scenarios/} holds {@code patient.json} (contract section 1)
 * and {@code expected.json}, which says what the ruleset must decide:
 *
 * <pre>{@code
 * {
 *   "description": "Oxycodone MR 40 mg twice a day: 120 mg is not above the UK threshold",
 *   "profile": "uk-opioids-aware",                 // optional: the ruleset's default profile otherwise
 *   "expect": {
 *     "eligibility": "ELIGIBLE",                    // status
 *     "reasons": [],                                // exactly these reason codes
 *     "totalDailyMg": 120.0, "complete": true,
 *     "items": { "rx-4": { "status": "COMPUTED", "factor": 1.5, "dailyMme": 120.0 } },
 *     "flags": ["ELEVATED_DOSE"],                   // exactly these flag codes
 *     "specialistReasons": [],                      // exactly these, on SPECIALIST_INPUT_REQUIRED
 *     "warnings": [],                               // exactly these warning codes
 *     "taper": { "status": "PROPOSED", "policy": "uk-standard", // also reasonCode
 *                "stepTotals": [120.0, 90.0, 0.0],  // every step's totalDailyMme, in order
 *                "stepDays": [36, 36, 15],          // every step's length in days
 *                "reviewDates": [["2026-11-19"], [], []] }, // every step's reviewDates
 *     "firedRules": ["DOSE-C02"], "notFiredRules": ["DOSE-01"]
 *   }
 * }
 * }</pre>
 * Every field of {@code expect} is optional; what is given must hold exactly. A scenario that cannot be read
 * fails with the reason.
 */
public final class Scenarios {
    /** How {@link ScenarioResult#raisedBy()} names an eligibility reason code. */
    public static final String REASON = "reason:";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> EXPECT_FIELDS = Set.of("eligibility", "reasons", "totalDailyMg", "complete",
            "items", "flags", "specialistReasons", "warnings", "taper", "firedRules", "notFiredRules");
    private static final Set<String> TAPER_FIELDS = Set.of("status", "reasonCode", "policy", "stepTotals",
            "stepDays", "reviewDates");

    private Scenarios() {
    }

    /** Names of the ruleset's scenarios (folders holding both files), sorted. */
    public static List<String> names(Ruleset ruleset) {
        Map<String, byte[]> files = LoadedRulesets.of(ruleset).files();
        Set<String> names = new TreeSet<>();
        for (String path : files.keySet()) {
            if (path.startsWith("scenarios/") && path.endsWith("/expected.json")) {
                String name = path.substring("scenarios/".length(), path.length() - "/expected.json".length());
                if (files.containsKey("scenarios/" + name + "/patient.json")) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    /** Runs every scenario with a fresh engine per profile. */
    public static List<ScenarioResult> runAll(Ruleset ruleset) {
        List<ScenarioResult> out = new ArrayList<>();
        for (String name : names(ruleset)) {
            out.add(run(ruleset, name));
        }
        return out;
    }

    /** Runs one scenario. */
    public static ScenarioResult run(Ruleset ruleset, String name) {
        Map<String, byte[]> files = LoadedRulesets.of(ruleset).files();
        byte[] patient = files.get("scenarios/" + name + "/patient.json");
        byte[] expected = files.get("scenarios/" + name + "/expected.json");
        if (patient == null || expected == null) {
            return new ScenarioResult(name, "", List.of("scenario " + name + " needs patient.json and expected.json"),
                    Set.of());
        }
        JsonNode exp;
        try {
            exp = MAPPER.readTree(new String(expected, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new ScenarioResult(name, "", List.of("expected.json is not valid JSON: " + e.getMessage()), Set.of());
        }
        String description = exp.path("description").asText("");
        String profile = exp.path("profile").asText(ruleset.defaultProfile());
        if (!ruleset.profiles().contains(profile)) {
            return new ScenarioResult(name, description, List.of("expected.json names profile " + profile
                    + ", which the ruleset does not have"), Set.of());
        }
        Assessment a;
        try {
            ParsedPatient p = TaperwiseJson.readPatient(new String(patient, StandardCharsets.UTF_8));
            a = TaperwiseEngine.builder().ruleset(ruleset).profile(profile).build().evaluate(p.facts())
                    .withWarningsBefore(p.warnings());
        } catch (InvalidInputException e) {
            return new ScenarioResult(name, description, List.of("patient.json is refused: " + e.getMessage()), Set.of());
        } catch (RuntimeException e) {
            return new ScenarioResult(name, description, List.of("evaluation failed: " + e), Set.of());
        }
        Set<String> fired = a.firedRules().stream().map(FiredRule::id).collect(Collectors.toCollection(TreeSet::new));
        Map<String, String> raisedBy = new TreeMap<>();
        a.flags().forEach(flag -> raisedBy.put(flag.code().code(), flag.ruleId()));
        a.eligibility().reasons().forEach(r -> raisedBy.put(REASON + r.code().code(), r.ruleId()));
        return new ScenarioResult(name, description, compare(exp.path("expect"), a, fired), fired, raisedBy);
    }

    private static List<String> compare(JsonNode e, Assessment a, Set<String> fired) {
        List<String> f = new ArrayList<>();
        if (!e.isObject()) {
            f.add("expected.json needs an \"expect\" object");
            return f;
        }
        for (Iterator<String> it = e.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!EXPECT_FIELDS.contains(field)) {
                f.add("expect." + field + " is not a known expectation (" + String.join(", ", new TreeSet<>(EXPECT_FIELDS))
                        + ")");
            }
        }
        if (e.has("eligibility")) {
            same(f, "eligibility", e.get("eligibility").asText(), a.eligibility().status().code());
        }
        if (e.has("reasons")) {
            sameSet(f, "reasons", e.get("reasons"), a.eligibility().reasons().stream().map(r -> r.code().code()).toList());
        }
        if (e.has("totalDailyMg")) {
            double want = e.get("totalDailyMg").asDouble();
            if (Math.abs(want - a.mme().totalDailyMg()) > 1e-9) {
                f.add("totalDailyMg: expected " + want + " but was " + a.mme().totalDailyMg());
            }
        }
        if (e.has("complete")) {
            same(f, "complete", e.get("complete").asText(), Boolean.toString(a.mme().complete()));
        }
        if (e.has("items")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = e.get("items").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> item = it.next();
                MmeItem actual = a.mme().items().stream().filter(i -> i.prescriptionId().equals(item.getKey()))
                        .findFirst().orElse(null);
                if (actual == null) {
                    f.add("items." + item.getKey() + ": expected an MME item but there is none (items: "
                            + a.mme().items().stream().map(MmeItem::prescriptionId).toList() + ")");
                    continue;
                }
                JsonNode want = item.getValue();
                if (want.has("status")) {
                    same(f, "items." + item.getKey() + ".status", want.get("status").asText(), actual.status().code());
                }
                number(f, "items." + item.getKey() + ".factor", want.get("factor"), actual.factor());
                number(f, "items." + item.getKey() + ".dailyMme", want.get("dailyMme"), actual.dailyMme());
            }
        }
        if (e.has("flags")) {
            sameSet(f, "flags", e.get("flags"), a.flags().stream().map(x -> x.code().code()).toList());
        }
        if (e.has("specialistReasons")) {
            List<String> reasons = a.flag(FlagCode.SPECIALIST_INPUT_REQUIRED).map(Flag::reasons).orElse(List.of())
                    .stream().map(r -> r.code()).toList();
            sameSet(f, "specialistReasons", e.get("specialistReasons"), reasons);
        }
        if (e.has("warnings")) {
            sameSet(f, "warnings", e.get("warnings"), a.warnings().stream().map(w -> w.code().code()).toList());
        }
        if (e.has("taper")) {
            taper(f, e.get("taper"), a.taper());
        }
        if (e.has("firedRules")) {
            for (JsonNode id : e.get("firedRules")) {
                if (!fired.contains(id.asText())) {
                    f.add("firedRules: expected " + id.asText() + " to fire but it did not (fired: " + fired + ")");
                }
            }
        }
        if (e.has("notFiredRules")) {
            for (JsonNode id : e.get("notFiredRules")) {
                if (fired.contains(id.asText())) {
                    f.add("notFiredRules: expected " + id.asText() + " not to fire but it did");
                }
            }
        }
        return f;
    }

    /**
     * {@code expect.taper}: status, reasonCode, policy (the id), stepTotals (every step's totalDailyMme, in order),
     * stepDays (every step's length in days), reviewDates (every step's review dates within it, in order).
     */
    private static void taper(List<String> f, JsonNode want, Taper t) {
        for (Iterator<String> it = want.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!TAPER_FIELDS.contains(field)) {
                f.add("expect.taper." + field + " is not a known expectation (" + String.join(", ",
                        new TreeSet<>(TAPER_FIELDS)) + ")");
            }
        }
        if (t == null) {
            f.add("taper: expected a taper component but there is none");
            return;
        }
        if (want.has("status")) {
            same(f, "taper.status", want.get("status").asText(), t.status().code());
        }
        if (want.has("reasonCode")) {
            same(f, "taper.reasonCode", want.get("reasonCode").asText(""), t.reasonCode() == null ? "" : t.reasonCode().code());
        }
        if (want.has("policy")) {
            same(f, "taper.policy", want.get("policy").asText(""), t.policy() == null ? "" : t.policy().id());
        }
        if (want.has("stepTotals")) {
            List<Double> w = new ArrayList<>();
            want.get("stepTotals").forEach(n -> w.add(n.asDouble()));
            List<Double> got = t.steps().stream().map(TaperStep::totalDailyMme).toList();
            if (!w.equals(got)) {
                f.add("taper.stepTotals: expected " + w + " but was " + got);
            }
        }
        if (want.has("stepDays")) {
            List<Long> w = new ArrayList<>();
            want.get("stepDays").forEach(n -> w.add(n.asLong()));
            List<Long> got = t.steps().stream().map(s -> ChronoUnit.DAYS.between(s.start(), s.end()) + 1).toList();
            if (!w.equals(got)) {
                f.add("taper.stepDays: expected " + w + " but was " + got);
            }
        }
        if (want.has("reviewDates")) {
            List<List<String>> w = new ArrayList<>();
            want.get("reviewDates").forEach(step -> {
                List<String> dates = new ArrayList<>();
                step.forEach(d -> dates.add(d.asText()));
                w.add(dates);
            });
            List<List<String>> got = t.steps().stream()
                    .map(s -> s.reviewDates().stream().map(Object::toString).toList()).toList();
            if (!w.equals(got)) {
                f.add("taper.reviewDates: expected " + w + " but was " + got);
            }
        }
    }

    private static void same(List<String> f, String what, String want, String got) {
        if (!want.equals(got)) {
            f.add(what + ": expected " + want + " but was " + got);
        }
    }

    private static void number(List<String> f, String what, JsonNode want, Double got) {
        if (want == null) {
            return;
        }
        if (want.isNull() ? got != null : got == null || Math.abs(want.asDouble() - got) > 1e-9) {
            f.add(what + ": expected " + (want.isNull() ? "null" : want.asDouble()) + " but was " + got);
        }
    }

    private static void sameSet(List<String> f, String what, JsonNode want, List<String> got) {
        Set<String> w = new TreeSet<>();
        want.forEach(n -> w.add(n.asText()));
        Set<String> g = new TreeSet<>(got);
        if (!w.equals(g)) {
            f.add(what + ": expected " + w + " but was " + g);
        }
    }
}

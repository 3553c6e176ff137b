package org.taperwise.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taperwise.RuleInfo;
import org.taperwise.Ruleset;
import org.taperwise.engine.RuleSource;
import org.taperwise.loader.LoadedRuleset;
import org.taperwise.loader.LoadedRulesets;
import org.taperwise.rules.Parameters;
import org.taperwise.tables.Profile;
import org.taperwise.tables.ProfileParameter;

/**
 * Stale numbers in a rule's text (issue 15): after a pharmacist tunes a parameter ({@code highDoseMgPerDay} to 90),
 * a rule's {@code @source} or message may still name the old number ("120 mg"). For every rule that uses a numeric
 * profile parameter (by its profile name, {@code highDoseMgPerDay}, or its {@link Parameters} name,
 * {@code highDose}), every number its {@code @source} or the string literals of its consequence give in the
 * parameter's unit (mg or MME for {@code ...MgPerDay}, years, days, months) must be a value some profile of the
 * ruleset gives one of those parameters; a number none does is reported. A heuristic for reviewers, reported as a
 * warning: it reads numbers followed by a unit only, so "Recommendation 8" or "2022" are never taken for doses.
 */
public final class StaleNumberCheck {
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private StaleNumberCheck() {
    }

    /** One warning a line, "rules/dose.drl line 60: DOSE-01 @source names 120 mg, but ..."; empty when none. */
    public static List<String> warnings(Ruleset ruleset) {
        LoadedRuleset loaded = LoadedRulesets.of(ruleset);
        Map<String, Map<String, BigDecimal>> values = values(loaded);
        Map<String, String> aliases = aliases(values.keySet());
        List<String> out = new ArrayList<>();
        for (RuleInfo rule : loaded.rules()) {
            RuleSource source = loaded.ruleSources().get(rule.id());
            if (source == null) {
                continue;
            }
            Set<String> used = used(source.text(), aliases);
            if (used.isEmpty()) {
                continue;
            }
            check(rule, "@source", rule.source(), used, values, out);
            Matcher m = LITERAL.matcher(source.actions() == null ? "" : source.actions());
            while (m.find()) {
                check(rule, "message text", m.group(1), used, values, out);
            }
        }
        return out;
    }

    private static void check(RuleInfo rule, String where, String text, Set<String> used,
            Map<String, Map<String, BigDecimal>> values, List<String> out) {
        if (text == null) {
            return;
        }
        for (String unit : new TreeSet<>(units(used))) {
            Set<String> sameUnit = new TreeSet<>();
            Set<BigDecimal> allowed = new LinkedHashSet<>();
            for (String p : used) {
                if (unit.equals(unit(p))) {
                    sameUnit.add(p);
                    values.get(p).values().forEach(v -> allowed.add(v.stripTrailingZeros()));
                }
            }
            Matcher m = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s*(?:" + unit + ")\\b").matcher(text);
            while (m.find()) {
                BigDecimal n = new BigDecimal(m.group(1)).stripTrailingZeros();
                if (allowed.stream().noneMatch(v -> v.compareTo(n) == 0)) {
                    StringBuilder now = new StringBuilder();
                    for (String p : sameUnit) {
                        values.get(p).forEach((profile, v) -> now.append(now.length() == 0 ? "" : ", ")
                                .append(p).append(" ").append(v.toPlainString()).append(" in ").append(profile));
                    }
                    out.add(rule.file() + " line " + rule.line() + ": " + rule.id() + " " + where + " names "
                            + m.group().strip() + ", but no profile gives " + String.join(" or ", sameUnit)
                            + " that value (" + now + "): update the text, or name the parameter instead of the"
                            + " number");
                }
            }
        }
    }

    private static Set<String> units(Set<String> used) {
        Set<String> u = new TreeSet<>();
        for (String p : used) {
            if (unit(p) != null) {
                u.add(unit(p));
            }
        }
        return u;
    }

    /** The words a number in this parameter's unit is followed by; null when the parameter has no unit we read. */
    private static String unit(String parameter) {
        if (parameter.endsWith("MgPerDay")) {
            return "mg|MME";
        }
        if (parameter.endsWith("Years")) {
            return "years?";
        }
        if (parameter.endsWith("Days")) {
            return "days?";
        }
        if (parameter.endsWith("Months")) {
            return "months?";
        }
        return null;
    }

    /** Numeric parameter name, then profile id, then value. */
    private static Map<String, Map<String, BigDecimal>> values(LoadedRuleset loaded) {
        Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
        for (Profile profile : new java.util.TreeMap<>(loaded.profiles()).values()) {
            for (ProfileParameter w : profile.written()) {
                try {
                    BigDecimal v = new BigDecimal(w.value());
                    out.computeIfAbsent(w.name(), k -> new LinkedHashMap<>()).put(profile.id(), v);
                } catch (NumberFormatException notANumber) {
                    // a switch (true/false): no number to go stale
                }
            }
        }
        return out;
    }

    /** Every name a rule may use for a parameter (profile name and Parameters name) to the profile name. */
    private static Map<String, String> aliases(Set<String> profileNames) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : profileNames) {
            out.put(name, name);
        }
        for (java.lang.reflect.RecordComponent c : Parameters.class.getRecordComponents()) {
            for (String name : profileNames) {
                if (name.equals(c.getName()) || name.equals(c.getName() + "MgPerDay")) {
                    out.put(c.getName(), name);
                }
            }
        }
        return out;
    }

    private static Set<String> used(String ruleText, Map<String, String> aliases) {
        Set<String> used = new TreeSet<>();
        aliases.forEach((alias, name) -> {
            if (Pattern.compile("\\b" + Pattern.quote(alias) + "\\b").matcher(ruleText).find()) {
                used.add(name);
            }
        });
        return used;
    }
}

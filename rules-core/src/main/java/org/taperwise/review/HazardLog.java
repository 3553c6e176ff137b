package org.taperwise.review;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taperwise.RuleInfo;
import org.taperwise.Ruleset;
import org.taperwise.loader.LoadedRuleset;
import org.taperwise.loader.LoadedRulesets;

/**
 * A ruleset's hazard log ({@value #FILE} in the ruleset folder, listed in {@code ruleset.json} and hashed like every
 * other file), read against the ruleset it travels with.
 *
 * <p>The format is Markdown: each hazard is a {@code ### H<number> <title>} section, ending at the next {@code ##} or
 * {@code ###} heading. What it names of the ruleset is read from its text: a rule id ({@code DOSE-01}), a family
 * ({@code `DOSE-C*`}) or a range ({@code `SPEC-C01` to `SPEC-C04`}); a table ({@code tables/medicines.csv} or
 * {@code medicines.csv}); a scenario ({@code dose/uk-121mg-is-a-high-dose}, or a glob such as {@code `dose/*`}); a
 * profile parameter ({@code highDoseMgPerDay}). A reference in a code span that looks like a rule id, a ruleset path
 * or scenario name, or a parameter (a camelCase name that shares its first and last word with a parameter, or is
 * at most two letters from one) but names nothing in the ruleset is <em>unresolved</em>: {@link #warnings()} lists
 * it, so a removed or renamed rule, scenario or parameter cannot hide behind the log.
 */
public final class HazardLog {
    /** The hazard log's name in a ruleset folder. */
    public static final String FILE = "hazard-log.md";

    private static final Pattern HAZARD = Pattern.compile("^###\\s+(H\\d+)\\s+(.*)$");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern RULE_ID_LIKE = Pattern.compile("[A-Z][A-Z0-9]*-C?\\d+");
    private static final Pattern RULE_WILDCARD = Pattern.compile("([A-Z][A-Z0-9]*-C?)\\*");
    private static final Pattern RULE_RANGE =
            Pattern.compile("`([A-Z][A-Z0-9]*-C?\\d+)`\\s+to\\s+`([A-Z][A-Z0-9]*-C?\\d+)`");
    private static final Pattern CAMEL = Pattern.compile("[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+");
    private static final Set<String> RULESET_FOLDERS = Set.of("rules", "tables", "profiles", "scenarios");

    /**
     * One hazard and what of the ruleset it names directly.
     *
     * @param body       the hazard's text (Markdown), without its heading
     * @param unresolved references that look like a rule id, a ruleset path or scenario, or a parameter, but name
     *                   nothing in this ruleset
     */
    public record Hazard(String id, String title, String body, List<String> rules, List<String> tables,
            List<String> scenarios, List<String> parameters, List<String> unresolved) {
        public Hazard {
            rules = List.copyOf(rules);
            tables = List.copyOf(tables);
            scenarios = List.copyOf(scenarios);
            parameters = List.copyOf(parameters);
            unresolved = List.copyOf(unresolved);
        }

        /** Whether it names anything of the ruleset. */
        public boolean controlledHere() {
            return !rules.isEmpty() || !tables.isEmpty() || !scenarios.isEmpty() || !parameters.isEmpty();
        }
    }

    private final List<Hazard> hazards;

    private HazardLog(List<Hazard> hazards) {
        this.hazards = List.copyOf(hazards);
    }

    /** The ruleset's own {@value #FILE}, read against it; empty when the ruleset has none. */
    public static Optional<HazardLog> of(Ruleset ruleset) {
        byte[] own = LoadedRulesets.of(ruleset).files().get(FILE);
        return own == null ? Optional.empty() : Optional.of(read(new String(own, StandardCharsets.UTF_8), ruleset));
    }

    /** A hazard log's Markdown, read against a ruleset. */
    public static HazardLog read(String markdown, Ruleset ruleset) {
        Objects.requireNonNull(markdown, "markdown");
        LoadedRuleset loaded = LoadedRulesets.of(ruleset);
        Set<String> parameters = new TreeSet<>();
        loaded.profiles().values().forEach(p -> p.written().forEach(w -> parameters.add(w.name())));
        Set<String> tables = new TreeSet<>();
        loaded.files().keySet().stream().filter(p -> p.startsWith("tables/") && p.endsWith(".csv")).forEach(tables::add);
        return read(markdown, ruleset.rules().stream().map(RuleInfo::id).toList(), tables, Scenarios.names(ruleset),
                parameters, loaded.files().keySet());
    }

    static HazardLog read(String log, List<String> ruleIds, Set<String> tablePaths, List<String> scenarioNames,
            Set<String> parameterNames, Set<String> files) {
        Names names = new Names(ruleIds, List.copyOf(tablePaths), scenarioNames, parameterNames, files);
        List<Hazard> out = new ArrayList<>();
        String id = null;
        String title = null;
        StringBuilder body = new StringBuilder();
        for (String line : log.split("\r?\n", -1)) {
            Matcher m = HAZARD.matcher(line);
            if ((line.startsWith("## ") || line.startsWith("### ")) && id != null) {
                out.add(names.hazard(id, title, body.toString().strip()));
                id = null;
            }
            if (m.matches()) {
                id = m.group(1);
                title = m.group(2).strip();
                body.setLength(0);
            } else if (id != null) {
                body.append(line).append('\n');
            }
        }
        if (id != null) {
            out.add(names.hazard(id, title, body.toString().strip()));
        }
        return new HazardLog(out);
    }

    /** The hazards, in the log's order. */
    public List<Hazard> hazards() {
        return hazards;
    }

    /**
     * One line per reference to something the ruleset does not have, e.g. {@code hazard-log.md: H10 names `T-99`,
     * which this ruleset does not have}.
     */
    public List<String> warnings() {
        return warnings(hazards);
    }

    static List<String> warnings(List<Hazard> hazards) {
        List<String> out = new ArrayList<>();
        for (Hazard h : hazards) {
            for (String u : h.unresolved()) {
                out.add(FILE + ": " + h.id() + " names `" + u + "`, which this ruleset does not have");
            }
        }
        return out;
    }

    /** Whether {@code text} names {@code what} as a whole word (not as part of a longer id or path). */
    static boolean mentions(String text, String what) {
        int from = 0;
        while (true) {
            int i = text.indexOf(what, from);
            if (i < 0) {
                return false;
            }
            int end = i + what.length();
            boolean startOk = i == 0 || !part(text.charAt(i - 1)) && text.charAt(i - 1) != '/';
            boolean endOk = end == text.length() || !part(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
    }

    private static boolean part(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    /** What the ruleset has, to resolve a hazard's references against. */
    private record Names(List<String> ruleIds, List<String> tablePaths, List<String> scenarios, Set<String> parameters,
            Set<String> files) {
        Hazard hazard(String id, String title, String body) {
            Set<String> rules = new LinkedHashSet<>();
            Set<String> tables = new LinkedHashSet<>();
            Set<String> scenarioHits = new LinkedHashSet<>();
            Set<String> parameterHits = new LinkedHashSet<>();
            Set<String> unresolved = new LinkedHashSet<>();
            ruleIds.stream().filter(r -> mentions(body, r)).forEach(rules::add);
            Matcher range = RULE_RANGE.matcher(body);
            while (range.find()) {
                String from = range.group(1);
                String to = range.group(2);
                String prefix = from.replaceAll("\\d+$", "");
                if (prefix.equals(to.replaceAll("\\d+$", ""))) {
                    ruleIds.stream().filter(r -> r.matches(Pattern.quote(prefix) + "\\d+") && r.compareTo(from) >= 0
                            && r.compareTo(to) <= 0).forEach(rules::add);
                }
            }
            tablePaths.stream().filter(t -> mentions(body, t) || mentions(body, t.substring("tables/".length())))
                    .forEach(tables::add);
            scenarios.stream().filter(s -> mentions(body, s)).forEach(scenarioHits::add);
            parameters.stream().filter(p -> mentions(body, p)).forEach(parameterHits::add);
            Matcher span = CODE_SPAN.matcher(body);
            while (span.find()) {
                resolve(span.group(1).strip(), rules, tables, scenarioHits, unresolved);
            }
            return new Hazard(id, title, body, inOrder(rules, ruleIds), inOrder(tables, tablePaths),
                    inOrder(scenarioHits, scenarios), List.copyOf(parameterHits), List.copyOf(unresolved));
        }

        private void resolve(String ref, Set<String> rules, Set<String> tables, Set<String> scenarioHits,
                Set<String> unresolved) {
            Matcher wildcard = RULE_WILDCARD.matcher(ref);
            if (wildcard.matches()) {
                List<String> hit = ruleIds.stream().filter(r -> r.startsWith(wildcard.group(1))).toList();
                rules.addAll(hit);
                if (hit.isEmpty()) {
                    unresolved.add(ref);
                }
            } else if (RULE_ID_LIKE.matcher(ref).matches()) {
                if (!ruleIds.contains(ref)) {
                    unresolved.add(ref);
                }
            } else if (ref.contains("*") && ref.contains("/")) {
                Pattern glob = glob(ref);
                List<String> tableHits = tablePaths.stream().filter(t -> glob.matcher(t).matches()).toList();
                List<String> hits = scenarios.stream().filter(s -> glob.matcher(s).matches()).toList();
                tables.addAll(tableHits);
                scenarioHits.addAll(hits);
                if (tableHits.isEmpty() && hits.isEmpty() && files.stream().noneMatch(f -> glob.matcher(f).matches())
                        && looksLikeRulesetPath(ref)) {
                    unresolved.add(ref);
                }
            } else if (looksLikeRulesetPath(ref)) {
                if (!files.contains(ref) && !scenarios.contains(ref) && !files.contains("tables/" + ref)) {
                    unresolved.add(ref);
                }
            } else if (CAMEL.matcher(ref).matches() && !parameters.contains(ref) && looksLikeParameter(ref)) {
                unresolved.add(ref);
            }
        }

        /** A path into a ruleset folder, or a scenario name: "topic/situation" whose topic is a scenario folder. */
        private boolean looksLikeRulesetPath(String ref) {
            int slash = ref.indexOf('/');
            if (slash <= 0 || ref.contains(" ")) {
                return false;
            }
            String first = ref.substring(0, slash);
            return RULESET_FOLDERS.contains(first)
                    || scenarios.stream().anyMatch(s -> s.startsWith(first + "/")) && !ref.contains(".");
        }

        /** Shares its first and last camelCase word with a parameter, or is at most two edits from one. */
        private boolean looksLikeParameter(String ref) {
            for (String p : parameters) {
                if (firstWord(p).equals(firstWord(ref)) && lastWord(p).equals(lastWord(ref))
                        || distance(p, ref) <= 2) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String firstWord(String camel) {
        int i = 1;
        while (i < camel.length() && !Character.isUpperCase(camel.charAt(i))) {
            i++;
        }
        return camel.substring(0, i);
    }

    private static String lastWord(String camel) {
        int i = camel.length() - 1;
        while (i > 0 && !Character.isUpperCase(camel.charAt(i))) {
            i--;
        }
        return camel.substring(i);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static List<String> inOrder(Collection<String> found, List<String> order) {
        return order.stream().filter(found::contains).toList();
    }

    private static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            re.append(c == '*' ? "[^/\\s]*" : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString());
    }
}

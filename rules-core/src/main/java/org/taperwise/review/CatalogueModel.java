package org.taperwise.review;

import org.taperwise.loader.LoadedRulesets;
import org.taperwise.RuleInfo;
import org.taperwise.Ruleset;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taperwise.loader.LoadedRuleset;
import org.taperwise.tables.Profile;
import org.taperwise.engine.RuleSource;
import org.taperwise.files.TableText;

/**
 * What the catalogue says, computed once from a ruleset, its scenario results and a hazard log; the writers
 * ({@link CatalogueMarkdown}, {@link CatalogueHtml}) only lay it out.
 */
final class CatalogueModel {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LABEL = Pattern.compile("^(Topic|Guideline text|When/Then):\\s*(.*)$");
    private static final Pattern HAZARD = Pattern.compile("^###\\s+(H\\d+)\\s+(.*)$");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern RULE_ID_LIKE = Pattern.compile("[A-Z][A-Z0-9]*-C?\\d+");
    private static final Pattern RULE_WILDCARD = Pattern.compile("([A-Z][A-Z0-9]*-C?)\\*");
    private static final Pattern RULE_RANGE = Pattern.compile("`([A-Z][A-Z0-9]*-C?\\d+)`\\s+to\\s+`([A-Z][A-Z0-9]*-C?\\d+)`");
    private static final Set<String> RULESET_FOLDERS = Set.of("rules", "tables", "profiles", "scenarios");

    /** The opening comment of a rule file, by label; each a list of paragraphs. */
    record Header(List<String> topic, List<String> guideline, List<String> whenThen, List<String> notes) {
        String title() {
            return topic.isEmpty() ? "" : topic.get(0);
        }
    }

    record Rule(RuleInfo info, RuleSource source, List<String> scenarios, List<String> failingScenarios,
            List<String> hazards) {
    }

    record RuleFile(String path, Header header, List<Rule> rules, List<String> hazards) {
    }

    record Table(TableText text, List<String> usedBy, List<String> hazards) {
        String path() {
            return text.file();
        }
    }

    record Scenario(ScenarioResult result, String profile, List<String> hazards) {
    }

    /**
     * A hazard of the hazard log with what of this ruleset it names.
     *
     * @param body       the hazard's text (markdown), without its heading
     * @param unresolved references in code spans that look like rule ids or ruleset paths but match nothing here
     */
    record Hazard(String id, String title, String body, List<String> rules, List<String> tables,
            List<String> scenarios, List<String> parameters, List<String> unresolved) {
        boolean controlledHere() {
            return !rules.isEmpty() || !tables.isEmpty() || !scenarios.isEmpty() || !parameters.isEmpty();
        }
    }

    final Ruleset ruleset;
    final String hazardLogOrigin;
    final List<String> authors;
    final List<String> reviewers;
    final List<RuleFile> ruleFiles = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final List<Profile> profiles = new ArrayList<>();
    final List<Scenario> scenarios = new ArrayList<>();
    final List<Hazard> hazards = new ArrayList<>();

    CatalogueModel(Ruleset ruleset, List<ScenarioResult> results, String hazardLog, String hazardLogOrigin) {
        this.ruleset = ruleset;
        this.hazardLogOrigin = hazardLogOrigin;
        LoadedRuleset loaded = LoadedRulesets.of(ruleset);
        this.authors = people(loaded.manifest().authors());
        this.reviewers = people(loaded.manifest().reviewers());

        Set<String> tablePaths = new TreeSet<>();
        Set<String> parameterNames = new TreeSet<>();
        loaded.files().keySet().stream().filter(p -> p.startsWith("tables/") && p.endsWith(".csv"))
                .forEach(tablePaths::add);
        loaded.profiles().values().forEach(p -> p.written().forEach(w -> parameterNames.add(w.name())));
        List<String> ruleIds = ruleset.rules().stream().map(RuleInfo::id).toList();
        List<String> scenarioNames = results.stream().map(ScenarioResult::name).toList();
        if (hazardLog != null) {
            parseHazards(hazardLog, ruleIds, tablePaths, scenarioNames, parameterNames, loaded.files().keySet());
        }

        Map<String, List<String>> firedBy = new TreeMap<>();
        Map<String, List<String>> failingBy = new TreeMap<>();
        for (ScenarioResult r : results) {
            for (String id : r.firedRules()) {
                firedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(r.name());
                if (!r.passed()) {
                    failingBy.computeIfAbsent(id, k -> new ArrayList<>()).add(r.name());
                }
            }
            scenarios.add(new Scenario(r, scenarioProfile(loaded, r.name()), mentioning(h -> h.scenarios(),
                    r.name())));
        }
        Map<String, List<Rule>> byFile = new LinkedHashMap<>();
        for (RuleInfo info : ruleset.rules()) {
            byFile.computeIfAbsent(info.file(), k -> new ArrayList<>()).add(new Rule(info,
                    loaded.ruleSources().get(info.id()), firedBy.getOrDefault(info.id(), List.of()),
                    failingBy.getOrDefault(info.id(), List.of()), mentioning(h -> h.rules(), info.id())));
        }
        new TreeMap<>(byFile).forEach((path, rules) -> ruleFiles.add(new RuleFile(path, header(text(loaded, path)),
                rules, mentioningFile(path))));

        for (String path : tablePaths) {
            List<String> usedBy = new ArrayList<>();
            loaded.profiles().values().stream().filter(p -> p.conversions().file().equals(path)
                    || p.products().file().equals(path)).forEach(p -> usedBy.add("profile " + p.id()));
            if (usedBy.isEmpty()) {
                usedBy.add("the engine");
            }
            tables.add(new Table(TableText.parse(path, text(loaded, path)), usedBy, mentioning(h -> h.tables(),
                    path)));
        }
        loaded.profiles().values().stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(profiles::add);
    }

    private List<String> mentioning(Function<Hazard, List<String>> refs, String what) {
        return hazards.stream().filter(h -> refs.apply(h).contains(what)).map(Hazard::id).toList();
    }

    private List<String> mentioningFile(String path) {
        return hazards.stream().filter(h -> mentions(h.body(), path)).map(Hazard::id).toList();
    }

    private static String text(LoadedRuleset loaded, String path) {
        byte[] bytes = loaded.files().get(path);
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String scenarioProfile(LoadedRuleset loaded, String name) {
        byte[] expected = loaded.files().get("scenarios/" + name + "/expected.json");
        String fallback = loaded.manifest().defaultProfile();
        if (expected == null) {
            return fallback;
        }
        try {
            return JSON.readTree(expected).path("profile").asText(fallback);
        } catch (IOException e) {
            return fallback;
        }
    }

    /** "name (role, date)" for each person of an authors or reviewers list. */
    private static List<String> people(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return out;
        }
        for (JsonNode p : list) {
            if (p.isTextual()) {
                out.add(p.asText());
                continue;
            }
            List<String> detail = new ArrayList<>();
            for (String f : List.of("role", "organisation", "date")) {
                if (p.hasNonNull(f) && !p.get(f).asText().isBlank()) {
                    detail.add(p.get(f).asText());
                }
            }
            out.add(p.path("name").asText("(no name)") + (detail.isEmpty() ? "" : " (" + String.join(", ", detail)
                    + ")"));
        }
        return out;
    }

    // ---- rule file headers -----------------------------------------------------------------------------------

    /** Reads the opening comment: the text after {@code Topic:}, {@code Guideline text:} and {@code When/Then:}. */
    static Header header(String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (String s : List.of("notes", "Topic", "Guideline text", "When/Then")) {
            sections.put(s, new ArrayList<>());
        }
        String t = text.stripLeading();
        int end = t.indexOf("*/");
        if (!t.startsWith("/*") || end < 0) {
            return new Header(List.of(), List.of(), List.of(), List.of());
        }
        String current = "notes";
        StringBuilder paragraph = new StringBuilder();
        for (String raw : t.substring(2, end).split("\r?\n")) {
            String line = raw.strip();
            if (line.startsWith("*")) {
                line = line.substring(1).strip();
            }
            Matcher m = LABEL.matcher(line);
            if (m.matches()) {
                flush(sections.get(current), paragraph);
                current = m.group(1);
                line = m.group(2);
            }
            if (line.isEmpty() || line.startsWith("- ") || line.matches("\\d+\\.\\s.*")) {
                flush(sections.get(current), paragraph);
            }
            if (!line.isEmpty()) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            }
        }
        flush(sections.get(current), paragraph);
        return new Header(List.copyOf(sections.get("Topic")), List.copyOf(sections.get("Guideline text")),
                List.copyOf(sections.get("When/Then")), List.copyOf(sections.get("notes")));
    }

    private static void flush(List<String> into, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            into.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    // ---- hazard log ------------------------------------------------------------------------------------------

    private void parseHazards(String log, List<String> ruleIds, Set<String> tablePaths, List<String> scenarioNames,
            Set<String> parameterNames, Set<String> files) {
        String id = null;
        String title = null;
        StringBuilder body = new StringBuilder();
        for (String line : log.split("\r?\n", -1)) {
            Matcher m = HAZARD.matcher(line);
            boolean sectionEnds = line.startsWith("## ") || line.startsWith("### ");
            if (sectionEnds && id != null) {
                hazards.add(hazard(id, title, body.toString().strip(), ruleIds, tablePaths, scenarioNames,
                        parameterNames, files));
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
            hazards.add(hazard(id, title, body.toString().strip(), ruleIds, tablePaths, scenarioNames, parameterNames,
                    files));
        }
    }

    private static Hazard hazard(String id, String title, String body, List<String> ruleIds, Set<String> tablePaths,
            List<String> scenarioNames, Set<String> parameterNames, Set<String> files) {
        Set<String> rules = new LinkedHashSet<>();
        Set<String> tables = new LinkedHashSet<>();
        Set<String> scenarios = new LinkedHashSet<>();
        Set<String> parameters = new LinkedHashSet<>();
        Set<String> unresolved = new LinkedHashSet<>();
        for (String r : ruleIds) {
            if (mentions(body, r)) {
                rules.add(r);
            }
        }
        Matcher range = RULE_RANGE.matcher(body);
        while (range.find()) {
            String from = range.group(1);
            String to = range.group(2);
            String prefix = from.replaceAll("\\d+$", "");
            if (prefix.equals(to.replaceAll("\\d+$", ""))) {
                ruleIds.stream().filter(r -> r.startsWith(prefix) && r.matches(Pattern.quote(prefix) + "\\d+")
                        && r.compareTo(from) >= 0 && r.compareTo(to) <= 0).forEach(rules::add);
            }
        }
        for (String t : tablePaths) {
            if (mentions(body, t) || mentions(body, t.substring("tables/".length()))) {
                tables.add(t);
            }
        }
        for (String s : scenarioNames) {
            if (mentions(body, s)) {
                scenarios.add(s);
            }
        }
        for (String p : parameterNames) {
            if (mentions(body, p)) {
                parameters.add(p);
            }
        }
        Matcher span = CODE_SPAN.matcher(body);
        while (span.find()) {
            String ref = span.group(1).strip();
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
                List<String> scenarioHits = scenarioNames.stream().filter(s -> glob.matcher(s).matches()).toList();
                tables.addAll(tableHits);
                scenarios.addAll(scenarioHits);
                if (tableHits.isEmpty() && scenarioHits.isEmpty() && files.stream().noneMatch(f -> glob.matcher(f)
                        .matches()) && looksLikeRulesetPath(ref, scenarioNames)) {
                    unresolved.add(ref);
                }
            } else if (looksLikeRulesetPath(ref, scenarioNames) && !files.contains(ref)
                    && !scenarioNames.contains(ref) && !files.contains("tables/" + ref)) {
                unresolved.add(ref);
            }
        }
        return new Hazard(id, title, body, inOrder(rules, ruleIds), inOrder(tables, List.copyOf(tablePaths)),
                inOrder(scenarios, scenarioNames), List.copyOf(parameters), List.copyOf(unresolved));
    }

    /** The found ones, in the ruleset's order. */
    private static List<String> inOrder(Set<String> found, List<String> order) {
        return order.stream().filter(found::contains).toList();
    }

    /** A path into a ruleset folder, or a scenario name: "topic/situation" whose topic is a scenario folder. */
    private static boolean looksLikeRulesetPath(String ref, List<String> scenarioNames) {
        int slash = ref.indexOf('/');
        if (slash <= 0 || ref.contains(" ")) {
            return false;
        }
        String first = ref.substring(0, slash);
        return RULESET_FOLDERS.contains(first)
                || scenarioNames.stream().anyMatch(s -> s.startsWith(first + "/")) && !ref.contains(".");
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

    private static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            re.append(c == '*' ? "[^/\\s]*" : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString());
    }
}

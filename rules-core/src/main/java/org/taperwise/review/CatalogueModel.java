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
import org.taperwise.review.HazardLog.Hazard;

/**
 * What the catalogue says, computed once from a ruleset, its scenario results and a hazard log; the writers
 * ({@link CatalogueMarkdown}, {@link CatalogueHtml}) only lay it out.
 */
final class CatalogueModel {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LABEL = Pattern.compile("^(Topic|Guideline text|When/Then):\\s*(.*)$");

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

    final Ruleset ruleset;
    final String hazardLogOrigin;
    final List<String> authors;
    final List<String> reviewers;
    final List<RuleFile> ruleFiles = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final List<Profile> profiles = new ArrayList<>();
    final List<Scenario> scenarios = new ArrayList<>();
    final List<Hazard> hazards = new ArrayList<>();
    final RuleLinks links;
    /** What changed since an earlier ruleset, when one was given; else null. */
    final RulesetDiff since;

    CatalogueModel(Ruleset ruleset, List<ScenarioResult> results, String hazardLog, String hazardLogOrigin,
            RulesetDiff since) {
        this.ruleset = ruleset;
        this.since = since;
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
            hazards.addAll(HazardLog.read(hazardLog, ruleIds, tablePaths, scenarioNames, parameterNames,
                    loaded.files().keySet()).hazards());
        }

        links = new RuleLinks(ruleset, results, hazards);
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
                    failingBy.getOrDefault(info.id(), List.of()), links.hazardsOf(info.id())));
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
        return hazards.stream().filter(h -> HazardLog.mentions(h.body(), path)).map(Hazard::id).toList();
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
}

package org.taperwise.review;

import org.taperwise.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.taperwise.review.HazardLog.Hazard;
import org.taperwise.review.CatalogueModel.Rule;
import org.taperwise.review.CatalogueModel.RuleFile;
import org.taperwise.review.CatalogueModel.Scenario;
import org.taperwise.review.CatalogueModel.Table;
import org.taperwise.tables.Profile;
import org.taperwise.tables.TaperPolicy;
import org.taperwise.tables.ProfileParameter;
import org.taperwise.files.TableText;

/** Lays the catalogue out as Markdown (GitHub flavour: tables, explicit anchors, fenced code). */
final class CatalogueMarkdown {
    private final CatalogueModel m;
    private final StringBuilder out = new StringBuilder();

    private CatalogueMarkdown(CatalogueModel m) {
        this.m = m;
    }

    static String write(CatalogueModel model) {
        return new CatalogueMarkdown(model).document();
    }

    private String document() {
        var info = m.ruleset.info();
        line("# Rule catalogue: " + text(info.id()) + " " + text(info.version()));
        line("");
        if (!m.ruleset.description().isBlank()) {
            line(text(m.ruleset.description()));
            line("");
        }
        line("| | |");
        line("|---|---|");
        row("Ruleset", code(info.id()) + " version " + code(info.version()));
        row("SHA-256", code(info.sha256()));
        row("Loaded from", text(m.ruleset.origin()));
        row("Default profile", link("profile", m.ruleset.defaultProfile(), code(m.ruleset.defaultProfile())));
        row("Authors", m.authors.isEmpty() ? "none recorded" : text(String.join("; ", m.authors)));
        row("Reviewers", m.reviewers.isEmpty() ? "**none recorded**" : text(String.join("; ", m.reviewers)));
        row("Hazard log", m.hazardLogOrigin == null ? "none given" : text(m.hazardLogOrigin));
        row("Contents", text(CatalogueHtml.summary(m)));
        line("");
        line("## Contents");
        line("");
        line("1. [Rules](#rules): " + m.ruleFiles.size() + " files");
        for (RuleFile f : m.ruleFiles) {
            line("   - " + link("file", f.path(), code(f.path())) + (f.header().title().isEmpty() ? ""
                    : ": " + text(f.header().title())));
        }
        line("2. [Tables](#tables)");
        line("3. [Profiles](#profiles)");
        line("4. [Scenarios](#scenarios)");
        line("5. [Hazards](#hazards)");
        line("");
        rules();
        tables();
        profiles();
        scenarios();
        hazards();
        return out.toString();
    }

    private void rules() {
        anchor("rules", "");
        line("## Rules");
        line("");
        line("| id | version | name | file | scenarios that fire it | hazards |");
        line("|---|---|---|---|---|---|");
        for (RuleFile f : m.ruleFiles) {
            for (Rule r : f.rules()) {
                line("| " + link("rule", r.info().id(), code(r.info().id())) + " | " + cell(r.info().version()) + " | "
                        + cell(r.info().name()) + " | " + code(r.info().file()) + " line " + r.info().line() + " | "
                        + r.scenarios().size() + (r.failingScenarios().isEmpty() ? "" : " (" + r.failingScenarios()
                                .size() + " failing)") + " | " + links("hazard", r.hazards(), Function.identity())
                        + " |");
            }
        }
        line("");
        for (RuleFile f : m.ruleFiles) {
            anchor("file", f.path());
            line("### " + code(f.path()) + (f.header().title().isEmpty() ? "" : ": " + text(f.header().title())));
            line("");
            paragraphs("Topic", f.header().topic().size() > 1 ? f.header().topic().subList(1, f.header().topic()
                    .size()) : List.of());
            paragraphs("Guideline text", f.header().guideline());
            paragraphs("When/Then", f.header().whenThen());
            paragraphs("Notes", f.header().notes());
            if (!f.hazards().isEmpty()) {
                line("**Hazards naming this file:** " + links("hazard", f.hazards(), Function.identity()));
                line("");
            }
            for (Rule r : f.rules()) {
                rule(r);
            }
        }
    }

    private void rule(Rule r) {
        RuleInfo i = r.info();
        anchor("rule", i.id());
        line("#### " + text(i.id()) + " (version " + text(i.version()) + "): " + text(i.name()));
        line("");
        line("- **Source:** " + text(i.source()));
        line("- **Where:** " + code(i.file()) + " line " + i.line());
        if (r.source() != null && !r.source().attributes().isEmpty()) {
            List<String> attrs = new ArrayList<>();
            r.source().attributes().forEach((k, v) -> attrs.add(k + " " + v));
            line("- **Attributes:** " + text(String.join(", ", attrs)));
        }
        line("- **Scenarios that fire it (" + r.scenarios().size() + "):** " + (r.scenarios().isEmpty()
                ? "none: no scenario makes this rule fire" : links("scenario", r.scenarios(), CatalogueMarkdown::code)));
        if (!r.failingScenarios().isEmpty()) {
            line("- **Of which failing:** " + links("scenario", r.failingScenarios(), CatalogueMarkdown::code));
        }
        line("- **Hazards:** " + (r.hazards().isEmpty() ? "none names it" : links("hazard", r.hazards(),
                Function.identity())));
        line("");
        if (r.source() != null) {
            fence("drl", r.source().text());
        }
    }

    private void tables() {
        anchor("tables", "");
        line("## Tables");
        line("");
        for (Table t : m.tables) {
            TableText tt = t.text();
            anchor("table", t.path());
            line("### " + code(t.path()));
            line("");
            line("Used by " + text(String.join(", ", t.usedBy())) + ". " + tt.rows().size() + " rows. Hazards: "
                    + (t.hazards().isEmpty() ? "none names it" : links("hazard", t.hazards(), Function.identity()))
                    + ".");
            line("");
            if (!tt.comments().isEmpty()) {
                fence("text", String.join("\n", tt.comments()));
            }
            line("| line | " + String.join(" | ", tt.header().stream().map(CatalogueMarkdown::cell).toList()) + " |");
            line("|---|" + "---|".repeat(tt.header().size()));
            for (TableText.Row row : tt.rows()) {
                List<String> cells = new ArrayList<>();
                for (String c : tt.header()) {
                    cells.add(cell(row.values().getOrDefault(c, "")));
                }
                line("| " + row.line() + " | " + String.join(" | ", cells) + " |");
            }
            line("");
        }
    }

    private void profiles() {
        anchor("profiles", "");
        line("## Profiles");
        line("");
        for (Profile p : m.profiles) {
            anchor("profile", p.id());
            line("### " + code(p.id()) + ": " + text(p.title()));
            line("");
            if (p.description() != null && !p.description().isBlank()) {
                line(text(p.description()));
                line("");
            }
            line("File " + code(p.file()) + "; conversion table " + link("table", p.conversions().file(),
                    code(p.conversions().file())) + (p.products().all().isEmpty() ? "" : "; products table "
                    + link("table", p.products().file(), code(p.products().file()))) + (p.id().equals(m.ruleset.defaultProfile()) ? "; the default profile"
                            : "") + ".");
            line("");
            line("| parameter | value | source | note |");
            line("|---|---|---|---|");
            for (ProfileParameter w : p.written()) {
                line("| " + code(w.name()) + " | " + cell(HtmlData.value(w)) + " | " + cell(w.source()) + " | "
                        + cell(w.note() == null ? "" : w.note()) + " |");
            }
            line("");
            if (!p.taperPolicies().isEmpty()) {
                line("Taper policies (the rules choose one by its role; a host may request one by id):");
                line("");
                line("| policy | role | pace | rounding rule | source | note |");
                line("|---|---|---|---|---|---|");
                for (TaperPolicy t : new java.util.TreeMap<>(p.taperPolicies()).values()) {
                    line("| " + code(t.id()) + " | " + text(t.role().code()) + " | " + cell(t.pace()) + " | "
                            + cell(t.roundingRule()) + " | " + cell(t.source()) + " | "
                            + cell(t.note() == null ? "" : t.note()) + " |");
                }
                line("");
            }
        }
    }

    private void scenarios() {
        anchor("scenarios", "");
        line("## Scenarios");
        line("");
        long failing = m.scenarios.stream().filter(s -> !s.result().passed()).count();
        line(m.scenarios.size() + " scenarios, " + failing + " failing.");
        line("");
        if (m.scenarios.isEmpty()) {
            return;
        }
        line("| scenario | profile | result | description | rules fired | hazards |");
        line("|---|---|---|---|---|---|");
        for (Scenario s : m.scenarios) {
            ScenarioResult r = s.result();
            line("| " + anchorInline("scenario", r.name()) + code(r.name()) + " | " + code(s.profile()) + " | "
                    + (r.passed() ? "pass" : "**FAIL**: " + cell(String.join("; ", r.failures()))) + " | "
                    + cell(r.description()) + " | " + links("rule", List.copyOf(r.firedRules()),
                            CatalogueMarkdown::code) + " | " + links("hazard", s.hazards(), Function.identity())
                    + " |");
        }
        line("");
    }

    private void hazards() {
        anchor("hazards", "");
        line("## Hazards");
        line("");
        if (m.hazardLogOrigin == null) {
            line("No hazard log was given.");
            line("");
            return;
        }
        line("From " + text(m.hazardLogOrigin) + ": " + m.hazards.size() + " hazards.");
        line("");
        line("| hazard | rules | tables | scenarios | parameters | not in this ruleset |");
        line("|---|---|---|---|---|---|");
        for (Hazard h : m.hazards) {
            line("| " + link("hazard", h.id(), h.id()) + " " + cell(h.title()) + " | "
                    + links("rule", h.rules(), CatalogueMarkdown::code) + " | "
                    + links("table", h.tables(), CatalogueMarkdown::code) + " | "
                    + links("scenario", h.scenarios(), CatalogueMarkdown::code) + " | "
                    + String.join(", ", h.parameters().stream().map(CatalogueMarkdown::code).toList()) + " | "
                    + String.join(", ", h.unresolved().stream().map(CatalogueMarkdown::code).toList()) + " |");
        }
        line("");
        List<String> unnamed = m.ruleFiles.stream().flatMap(f -> f.rules().stream())
                .filter(r -> r.hazards().isEmpty()).map(r -> r.info().id()).toList();
        line("Rules no hazard names: " + (unnamed.isEmpty() ? "none." : links("rule", unnamed,
                CatalogueMarkdown::code) + "."));
        line("");
        for (Hazard h : m.hazards) {
            anchor("hazard", h.id());
            line("### " + text(h.id()) + " " + text(h.title()));
            line("");
            line("> **In this ruleset:**" + (h.controlledHere() ? "" : " nothing names this hazard's controls.")
                    + refs("rules", "rule", h.rules()) + refs("tables", "table", h.tables())
                    + refs("scenarios", "scenario", h.scenarios())
                    + (h.parameters().isEmpty() ? "" : " Parameters: " + String.join(", ", h.parameters().stream()
                            .map(CatalogueMarkdown::code).toList()) + "."));
            if (!h.unresolved().isEmpty()) {
                line(">");
                line("> **Named by the hazard log but not in this ruleset:** " + String.join(", ", h.unresolved()
                        .stream().map(CatalogueMarkdown::code).toList()));
            }
            line("");
            line(h.body());
            line("");
        }
    }

    private String refs(String label, String kind, List<String> ids) {
        return ids.isEmpty() ? "" : " " + Character.toUpperCase(label.charAt(0)) + label.substring(1) + ": "
                + links(kind, ids, CatalogueMarkdown::code) + ".";
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private void paragraphs(String label, List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            line((i == 0 ? "**" + label + ".** " : "") + text(paragraphs.get(i)));
            line("");
        }
    }

    private void row(String key, String value) {
        line("| " + key + " | " + value + " |");
    }

    private void anchor(String kind, String id) {
        line("<a id=\"" + Html.anchor(kind, id) + "\"></a>");
        line("");
    }

    private static String anchorInline(String kind, String id) {
        return "<a id=\"" + Html.anchor(kind, id) + "\"></a>";
    }

    private static String link(String kind, String id, String label) {
        return "[" + label + "](#" + Html.anchor(kind, id) + ")";
    }

    private static String links(String kind, List<String> ids, Function<String, String> label) {
        List<String> out = new ArrayList<>();
        ids.forEach(id -> out.add(link(kind, id, label.apply(id))));
        return String.join(", ", out);
    }

    private void fence(String lang, String body) {
        String fence = body.contains("```") ? "~~~~" : "```";
        line(fence + lang);
        line(body.stripTrailing());
        line(fence);
        line("");
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    /** Inline code; text with a backtick gets a longer fence. */
    static String code(String s) {
        String v = s == null ? "" : s.replace('\n', ' ');
        return v.contains("`") ? "`` " + v + " ``" : "`" + v + "`";
    }

    /** Free text, with Markdown's and HTML's special characters escaped. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\', '*', '_', '`', '[', ']', '|', '#' -> b.append('\\').append(c);
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String cell(String s) {
        return text(s);
    }
}

package org.taperwise.review;

import org.taperwise.RuleInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taperwise.review.HazardLog.Hazard;
import org.taperwise.review.CatalogueModel.Rule;
import org.taperwise.review.CatalogueModel.RuleFile;
import org.taperwise.review.CatalogueModel.Scenario;
import org.taperwise.review.CatalogueModel.Table;
import org.taperwise.tables.Profile;
import org.taperwise.tables.ProfileParameter;
import org.taperwise.files.TableText;
import org.taperwise.tables.TaperPolicy;
import org.taperwise.model.RulesetInfo;

/**
 * Lays the catalogue out as one self-contained HTML page: inline style, no script, no font, image or other
 * external resource; every piece of text escaped. Long tables and rule texts fold into {@code <details>}, which
 * browsers open without script (and find-in-page opens them).
 */
final class CatalogueHtml {
    /** Tables with more rows than this start folded. */
    private static final int OPEN_TABLE_ROWS = 40;
    /** Lists of scenarios longer than this start folded. */
    private static final int FOLDED_LIST = 12;
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern BULLET = Pattern.compile("^( *)[-*] (.*)$");

    private static final String STYLE = """
            :root{--fg:#1d2330;--muted:#5b6475;--line:#d6dce5;--soft:#f4f6f9;--accent:#1f5fa8;--ok:#1a7f37;\
            --bad:#b42318}
            *{box-sizing:border-box}
            html{scroll-padding-top:12px}
            body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;\
            color:var(--fg);background:#fff}
            a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
            .layout{display:grid;grid-template-columns:270px minmax(0,1fr)}
            nav{position:sticky;top:0;height:100vh;overflow:auto;background:var(--soft);\
            border-right:1px solid var(--line);padding:18px 14px;font-size:13px}
            nav ul{list-style:none;margin:0;padding-left:12px}nav>ul{padding-left:0}nav li{margin:2px 0}
            nav .section{font-weight:600;margin-top:10px}
            main{padding:26px 40px 60px;max-width:1250px}
            h1{font-size:27px;margin:0 0 4px}h2{font-size:22px;margin:44px 0 10px;padding-bottom:4px;\
            border-bottom:2px solid var(--line)}h3{font-size:18px;margin:30px 0 8px}h4{font-size:15px;margin:0 0 6px}
            p{margin:6px 0 10px}.muted{color:var(--muted)}
            code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;\
            font-size:12.5px}
            code{background:var(--soft);padding:0 3px;border-radius:3px}
            pre{background:var(--soft);border:1px solid var(--line);border-radius:4px;padding:10px 12px;\
            overflow:auto;margin:6px 0 12px}
            pre code{background:none;padding:0}
            table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:13px}
            th,td{border:1px solid var(--line);padding:4px 7px;text-align:left;vertical-align:top;\
            overflow-wrap:break-word}
            td.long{overflow-wrap:anywhere}
            th{background:var(--soft);font-weight:600;white-space:nowrap}
            td code{white-space:nowrap}
            table.fixed{table-layout:fixed}table.fixed th{white-space:normal}
            td.wrap code{white-space:normal;overflow-wrap:anywhere}
            pre.doc{white-space:pre-wrap}
            table.identity{width:auto;min-width:60%}table.identity th{width:150px}
            td.num{text-align:right;white-space:nowrap;color:var(--muted)}td.value{white-space:nowrap}
            .file{border-top:3px solid var(--accent);padding-top:4px}
            .guideline{border-left:3px solid var(--line);padding:2px 0 2px 14px;color:#2f3746}
            .whenthen{background:#fff8e5;border:1px solid #ecd38a;border-radius:4px;padding:8px 14px;margin:8px 0}
            .rule{border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:4px;\
            padding:10px 14px;margin:14px 0}
            .rule dl{display:grid;grid-template-columns:170px minmax(0,1fr);gap:2px 12px;margin:6px 0}
            .rule dt{color:var(--muted)}.rule dd{margin:0}
            .badge{display:inline-block;padding:0 7px;border-radius:10px;font-size:12px;font-weight:600;\
            background:#e6eef9;color:var(--accent);vertical-align:1px}
            .pass{color:var(--ok);font-weight:600}.fail{color:var(--bad);font-weight:700}
            .warn{color:var(--bad)}
            ul.failures{margin:4px 0 0;padding-left:18px;color:var(--bad)}
            .xref{background:#eef6ef;border:1px solid #c5dfc8;border-radius:4px;padding:6px 12px;margin:8px 0}
            .missing{background:#fdeeec;border:1px solid #f2c4bd;border-radius:4px;padding:6px 12px;margin:8px 0}
            .hazard{border:1px solid var(--line);border-radius:4px;padding:10px 16px;margin:16px 0}\
            .hazard h3{margin-top:4px}
            details{margin:6px 0 12px}summary{cursor:pointer;color:var(--accent)}dd details{margin:0}
            footer{margin-top:50px;color:var(--muted);font-size:12px}
            @media (max-width:900px){.layout{display:block}nav{position:static;height:auto}main{padding:16px}}
            @media print{nav{display:none}.layout{display:block}details{display:block}}
            """;

    private final CatalogueModel m;
    private final StringBuilder out = new StringBuilder();
    /** Things a code span in the hazard log may name, to the anchor that shows them. */
    private final Map<String, String> targets = new HashMap<>();

    private CatalogueHtml(CatalogueModel m) {
        this.m = m;
        for (RuleFile f : m.ruleFiles) {
            targets.put(f.path(), anchor("file", f.path()));
            f.rules().forEach(r -> targets.put(r.info().id(), anchor("rule", r.info().id())));
        }
        for (Table t : m.tables) {
            targets.put(t.path(), anchor("table", t.path()));
            targets.put(t.path().substring(t.path().indexOf('/') + 1), anchor("table", t.path()));
        }
        m.scenarios.forEach(s -> targets.put(s.result().name(), anchor("scenario", s.result().name())));
        m.profiles.forEach(p -> targets.put(p.file(), anchor("profile", p.id())));
    }

    static String write(CatalogueModel model) {
        return new CatalogueHtml(model).document();
    }

    /** "32 rules in 10 files, 6 tables, 3 profiles, 108 scenarios (all pass), 15 hazards". */
    static String summary(CatalogueModel m) {
        int rules = m.ruleFiles.stream().mapToInt(f -> f.rules().size()).sum();
        long failing = m.scenarios.stream().filter(s -> !s.result().passed()).count();
        return rules + " rules in " + m.ruleFiles.size() + " files, " + m.tables.size() + " tables, "
                + m.profiles.size() + " profiles, " + m.scenarios.size() + " scenarios ("
                + (failing == 0 ? "all pass" : failing + " failing") + ")"
                + (m.hazardLogOrigin == null ? "" : ", " + m.hazards.size() + " hazards");
    }

    /** A parameter's value as a reviewer reads it: "above 120", "at or above 50", "3", "true". */
    static String value(ProfileParameter p) {
        if (p.comparison() == null) {
            return p.value();
        }
        return (p.comparison().equals("atOrAbove") ? "at or above " : p.comparison() + " ") + p.value();
    }

    /** An HTML id: the kind, then the name with every run of other characters as one hyphen. */
    static String anchor(String kind, String id) {
        String s = id.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? kind : kind + "-" + s;
    }

    private String document() {
        RulesetInfo info = m.ruleset.info();
        line("<!DOCTYPE html>");
        line("<html lang=\"en\">");
        line("<head>");
        line("<meta charset=\"utf-8\">");
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        line("<title>Rule catalogue: " + esc(info.id()) + " " + esc(info.version()) + "</title>");
        line("<style>");
        out.append(STYLE);
        line("</style>");
        line("</head>");
        line("<body>");
        line("<div class=\"layout\">");
        nav();
        line("<main>");
        identity(info);
        rules();
        tables();
        profiles();
        scenarios();
        hazards();
        line("<footer>Generated by Taperwise from " + esc(m.ruleset.origin()) + ". The catalogue reads no clock: the same"
                + " ruleset and hazard log give the same page. Ruleset SHA-256 " + esc(info.sha256()) + ".</footer>");
        line("</main>");
        line("</div>");
        line("</body>");
        line("</html>");
        return out.toString();
    }

    private void nav() {
        line("<nav aria-label=\"Contents\">");
        line("<ul>");
        line("<li class=\"section\"><a href=\"#top\">" + esc(m.ruleset.info().id()) + " "
                + esc(m.ruleset.info().version()) + "</a></li>");
        line("<li class=\"section\"><a href=\"#rules\">Rules</a></li>");
        line("<li><ul>");
        for (RuleFile f : m.ruleFiles) {
            line("<li><a href=\"#" + anchor("file", f.path()) + "\">" + esc(f.path().replaceFirst("^rules/", ""))
                    + "</a> <span class=\"muted\">" + f.rules().size() + "</span></li>");
        }
        line("</ul></li>");
        line("<li class=\"section\"><a href=\"#tables\">Tables</a></li>");
        line("<li><ul>");
        for (Table t : m.tables) {
            line("<li><a href=\"#" + anchor("table", t.path()) + "\">" + esc(t.path().replaceFirst("^tables/", ""))
                    + "</a></li>");
        }
        line("</ul></li>");
        line("<li class=\"section\"><a href=\"#profiles\">Profiles</a></li>");
        line("<li><ul>");
        for (Profile p : m.profiles) {
            line("<li><a href=\"#" + anchor("profile", p.id()) + "\">" + esc(p.id()) + "</a></li>");
        }
        line("</ul></li>");
        line("<li class=\"section\"><a href=\"#scenarios\">Scenarios</a> <span class=\"muted\">" + m.scenarios.size()
                + "</span></li>");
        line("<li class=\"section\"><a href=\"#hazards\">Hazards</a> <span class=\"muted\">"
                + (m.hazardLogOrigin == null ? "none" : m.hazards.size()) + "</span></li>");
        if (m.hazardLogOrigin != null) {
            line("<li><ul>");
            for (Hazard h : m.hazards) {
                line("<li><a href=\"#" + anchor("hazard", h.id()) + "\">" + esc(h.id() + " " + h.title()) + "</a></li>");
            }
            line("</ul></li>");
        }
        line("</ul>");
        line("</nav>");
    }

    private void identity(RulesetInfo info) {
        line("<h1 id=\"top\">Rule catalogue: " + esc(info.id()) + " " + esc(info.version()) + "</h1>");
        if (!m.ruleset.description().isBlank()) {
            line("<p>" + esc(m.ruleset.description()) + "</p>");
        }
        line("<table class=\"identity\">");
        row("Ruleset", "<code>" + esc(info.id()) + "</code> version <code>" + esc(info.version()) + "</code>");
        row("SHA-256", "<code>" + esc(info.sha256()) + "</code>");
        row("Loaded from", esc(m.ruleset.origin()));
        row("Default profile", "<a href=\"#" + anchor("profile", m.ruleset.defaultProfile()) + "\"><code>"
                + esc(m.ruleset.defaultProfile()) + "</code></a>");
        row("Authors", m.authors.isEmpty() ? "none recorded" : esc(String.join("; ", m.authors)));
        row("Reviewers", m.reviewers.isEmpty() ? "<span class=\"warn\">none recorded</span>"
                : esc(String.join("; ", m.reviewers)));
        row("Hazard log", m.hazardLogOrigin == null ? "none given" : esc(m.hazardLogOrigin));
        row("Contents", esc(summary(m)));
        line("</table>");
    }

    private void rules() {
        line("<h2 id=\"rules\">Rules</h2>");
        line("<table>");
        line("<tr><th>id</th><th>version</th><th>name</th><th>file</th><th>scenarios that fire it</th>"
                + "<th>hazards</th></tr>");
        for (RuleFile f : m.ruleFiles) {
            for (Rule r : f.rules()) {
                RuleInfo i = r.info();
                line("<tr><td><a href=\"#" + anchor("rule", i.id()) + "\"><code>" + esc(i.id()) + "</code></a></td><td>"
                        + esc(i.version()) + "</td><td>" + esc(i.name()) + "</td><td><code>" + esc(i.file())
                        + "</code> line " + i.line() + "</td><td>" + scenarioCount(r) + "</td><td>"
                        + links("hazard", r.hazards(), false) + "</td></tr>");
            }
        }
        line("</table>");
        for (RuleFile f : m.ruleFiles) {
            line("<section>");
            line("<h3 class=\"file\" id=\"" + anchor("file", f.path()) + "\"><code>" + esc(f.path()) + "</code>"
                    + (f.header().title().isEmpty() ? "" : ": " + esc(f.header().title())) + "</h3>");
            List<String> topic = f.header().topic();
            paragraphs(topic.size() > 1 ? topic.subList(1, topic.size()) : List.of(), "");
            if (!f.header().guideline().isEmpty()) {
                line("<h4>Guideline text</h4>");
                line("<div class=\"guideline\">");
                paragraphs(f.header().guideline(), "");
                line("</div>");
            }
            if (!f.header().whenThen().isEmpty()) {
                line("<div class=\"whenthen\"><h4>When/Then</h4>");
                paragraphs(f.header().whenThen(), "");
                line("</div>");
            }
            paragraphs(f.header().notes(), "muted");
            if (!f.hazards().isEmpty()) {
                line("<p>Hazards naming this file: " + links("hazard", f.hazards(), false) + "</p>");
            }
            f.rules().forEach(this::rule);
            line("</section>");
        }
    }

    private String scenarioCount(Rule r) {
        if (r.scenarios().isEmpty()) {
            return "<span class=\"warn\">none</span>";
        }
        return r.scenarios().size() + (r.failingScenarios().isEmpty() ? "" : " <span class=\"fail\">("
                + r.failingScenarios().size() + " failing)</span>");
    }

    private void rule(Rule r) {
        RuleInfo i = r.info();
        line("<div class=\"rule\" id=\"" + anchor("rule", i.id()) + "\">");
        line("<h4><span class=\"badge\">" + esc(i.id()) + "</span> " + esc(i.name()) + " <span class=\"muted\">version "
                + esc(i.version()) + "</span></h4>");
        line("<dl>");
        line("<dt>Source</dt><dd>" + esc(i.source()) + "</dd>");
        line("<dt>Where</dt><dd><code>" + esc(i.file()) + "</code> line " + i.line() + "</dd>");
        if (r.source() != null && !r.source().attributes().isEmpty()) {
            List<String> attrs = new ArrayList<>();
            r.source().attributes().forEach((k, v) -> attrs.add(k + " " + v));
            line("<dt>Attributes</dt><dd>" + esc(String.join(", ", attrs)) + "</dd>");
        }
        String fired;
        if (r.scenarios().isEmpty()) {
            fired = "<span class=\"warn\">none: no scenario makes this rule fire</span>";
        } else if (r.scenarios().size() > FOLDED_LIST) {
            fired = "<details><summary>" + r.scenarios().size() + " scenarios</summary>"
                    + links("scenario", r.scenarios(), true) + "</details>";
        } else {
            fired = r.scenarios().size() + ": " + links("scenario", r.scenarios(), true);
        }
        line("<dt>Scenarios that fire it</dt><dd>" + fired + "</dd>");
        if (!r.failingScenarios().isEmpty()) {
            line("<dt>Of which failing</dt><dd class=\"fail\">" + links("scenario", r.failingScenarios(), true)
                    + "</dd>");
        }
        line("<dt>Hazards</dt><dd>" + (r.hazards().isEmpty() ? "<span class=\"muted\">none names it</span>"
                : links("hazard", r.hazards(), false)) + "</dd>");
        line("</dl>");
        if (r.source() != null) {
            line("<details><summary>Rule text</summary><pre><code>" + esc(r.source().text()) + "</code></pre></details>");
        }
        line("</div>");
    }

    private void tables() {
        line("<h2 id=\"tables\">Tables</h2>");
        for (Table t : m.tables) {
            TableText tt = t.text();
            line("<section>");
            line("<h3 class=\"file\" id=\"" + anchor("table", t.path()) + "\"><code>" + esc(t.path()) + "</code></h3>");
            line("<p>Used by " + esc(String.join(", ", t.usedBy())) + ". " + tt.rows().size() + " rows. Hazards: "
                    + (t.hazards().isEmpty() ? "none names it" : links("hazard", t.hazards(), false)) + ".</p>");
            if (!tt.comments().isEmpty()) {
                line("<pre class=\"doc\">" + esc(String.join("\n", tt.comments())) + "</pre>");
            }
            line("<details" + (tt.rows().size() <= OPEN_TABLE_ROWS ? " open" : "") + "><summary>" + tt.rows().size()
                    + " rows</summary>");
            line("<table>");
            StringBuilder head = new StringBuilder("<tr><th>line</th>");
            tt.header().forEach(c -> head.append("<th>").append(esc(c)).append("</th>"));
            line(head.append("</tr>").toString());
            for (TableText.Row row : tt.rows()) {
                StringBuilder tr = new StringBuilder("<tr><td class=\"num\">").append(row.line()).append("</td>");
                tt.header().forEach(c -> tr.append(td(row.values().getOrDefault(c, ""))));
                line(tr.append("</tr>").toString());
            }
            line("</table>");
            line("</details>");
            line("</section>");
        }
    }

    private void profiles() {
        line("<h2 id=\"profiles\">Profiles</h2>");
        for (Profile p : m.profiles) {
            line("<section>");
            line("<h3 class=\"file\" id=\"" + anchor("profile", p.id()) + "\"><code>" + esc(p.id()) + "</code>: "
                    + esc(p.title()) + "</h3>");
            if (p.description() != null && !p.description().isBlank()) {
                line("<p>" + esc(p.description()) + "</p>");
            }
            line("<p>File <code>" + esc(p.file()) + "</code>; conversion table <a href=\"#"
                    + anchor("table", p.conversions().file()) + "\"><code>" + esc(p.conversions().file())
                    + "</code></a>" + (p.products().all().isEmpty() ? "" : "; products table <a href=\"#"
                    + anchor("table", p.products().file()) + "\"><code>" + esc(p.products().file()) + "</code></a>")
                    + (p.id().equals(m.ruleset.defaultProfile()) ? "; the default profile" : "")
                    + ".</p>");
            line("<table>");
            line("<tr><th>parameter</th><th>value</th><th>source</th><th>note</th></tr>");
            for (ProfileParameter w : p.written()) {
                line("<tr><td><code>" + esc(w.name()) + "</code></td><td class=\"value\">" + esc(value(w)) + "</td>"
                        + td(w.source())
                        + td(w.note() == null ? "" : w.note()) + "</tr>");
            }
            line("</table>");
            if (!p.taperPolicies().isEmpty()) {
                line("<p>Taper policies (the rules choose one by its role; a host may request one by id):</p>");
                line("<table>");
                line("<tr><th>policy</th><th>role</th><th>pace</th><th>rounding rule</th><th>source</th><th>note</th></tr>");
                for (TaperPolicy t : new java.util.TreeMap<>(p.taperPolicies()).values()) {
                    line("<tr><td><code>" + esc(t.id()) + "</code></td><td>" + esc(t.role().code()) + "</td>" + td(t.pace())
                            + td(t.roundingRule()) + td(t.source()) + td(t.note() == null ? "" : t.note()) + "</tr>");
                }
                line("</table>");
            }
            line("</section>");
        }
    }

    private void scenarios() {
        line("<h2 id=\"scenarios\">Scenarios</h2>");
        long failing = m.scenarios.stream().filter(s -> !s.result().passed()).count();
        line("<p>" + m.scenarios.size() + " scenarios" + (failing == 0 ? ", all pass."
                : ", <span class=\"fail\">" + failing + " failing</span>.") + "</p>");
        if (m.scenarios.isEmpty()) {
            return;
        }
        line("<table class=\"fixed\">");
        line("<colgroup><col style=\"width:27%\"><col style=\"width:10%\"><col style=\"width:7%\">"
                + "<col style=\"width:31%\"><col style=\"width:19%\"><col style=\"width:6%\"></colgroup>");
        line("<tr><th>scenario</th><th>profile</th><th>result</th><th>description</th><th>rules fired</th>"
                + "<th>hazards</th></tr>");
        for (Scenario s : m.scenarios) {
            ScenarioResult r = s.result();
            String result = r.passed() ? "<span class=\"pass\">pass</span>" : "<span class=\"fail\">FAIL</span>";
            String description = "<td class=\"long\">" + esc(r.description()) + (r.passed() ? ""
                    : "<ul class=\"failures\">" + String.join("", r.failures().stream().map(f -> "<li>" + esc(f)
                            + "</li>").toList()) + "</ul>") + "</td>";
            line("<tr id=\"" + anchor("scenario", r.name()) + "\"><td class=\"wrap\"><code>" + esc(r.name())
                    + "</code></td><td>"
                    + esc(s.profile()) + "</td><td>" + result + "</td>" + description + "<td>"
                    + links("rule", List.copyOf(new java.util.TreeSet<>(r.firedRules())), true) + "</td><td>"
                    + links("hazard", s.hazards(), false) + "</td></tr>");
        }
        line("</table>");
    }

    private void hazards() {
        line("<h2 id=\"hazards\">Hazards</h2>");
        if (m.hazardLogOrigin == null) {
            line("<p>No hazard log was given.</p>");
            return;
        }
        line("<p>From " + esc(m.hazardLogOrigin) + ": " + m.hazards.size() + " hazards, each with what of this ruleset"
                + " it names.</p>");
        line("<table class=\"fixed\">");
        line("<colgroup><col style=\"width:24%\"><col style=\"width:14%\"><col style=\"width:26%\">"
                + "<col style=\"width:9%\"><col style=\"width:14%\"><col style=\"width:13%\"></colgroup>");
        line("<tr><th>hazard</th><th>rules</th><th>tables</th><th>scenarios</th><th>parameters</th>"
                + "<th>not in this ruleset</th></tr>");
        for (Hazard h : m.hazards) {
            line("<tr><td><a href=\"#" + anchor("hazard", h.id()) + "\">" + esc(h.id()) + "</a> " + esc(h.title())
                    + "</td><td>" + links("rule", h.rules(), true) + "</td><td class=\"wrap\">"
                    + links("table", h.tables(), true) + "</td><td>" + h.scenarios().size() + "</td><td class=\"wrap\">"
                    + codes(h.parameters()) + "</td><td class=\"wrap warn\">" + codes(h.unresolved()) + "</td></tr>");
        }
        line("</table>");
        List<String> unnamed = m.ruleFiles.stream().flatMap(f -> f.rules().stream())
                .filter(r -> r.hazards().isEmpty()).map(r -> r.info().id()).toList();
        line("<p>Rules no hazard names: " + (unnamed.isEmpty() ? "none" : links("rule", unnamed, true)) + ".</p>");
        for (Hazard h : m.hazards) {
            line("<section class=\"hazard\" id=\"" + anchor("hazard", h.id()) + "\">");
            line("<h3>" + esc(h.id()) + " " + esc(h.title()) + "</h3>");
            StringBuilder x = new StringBuilder("<div class=\"xref\"><strong>In this ruleset:</strong>");
            if (!h.controlledHere()) {
                x.append(" nothing names this hazard&#39;s controls.");
            }
            xref(x, "Rules", "rule", h.rules());
            xref(x, "Tables", "table", h.tables());
            xref(x, "Scenarios", "scenario", h.scenarios());
            if (!h.parameters().isEmpty()) {
                x.append(" Parameters: ").append(codes(h.parameters())).append('.');
            }
            line(x.append("</div>").toString());
            if (!h.unresolved().isEmpty()) {
                line("<div class=\"missing\"><strong>Named by the hazard log but not in this ruleset:</strong> "
                        + codes(h.unresolved()) + "</div>");
            }
            markdown(h.body());
            line("</section>");
        }
    }

    private void xref(StringBuilder x, String label, String kind, List<String> ids) {
        if (!ids.isEmpty()) {
            x.append(' ').append(label).append(" (").append(ids.size()).append("): ").append(links(kind, ids, true))
                    .append('.');
        }
    }

    // ---- the hazard log's Markdown: paragraphs, nested lists, bold, code -----------------------------------

    private void markdown(String body) {
        List<String> paragraph = new ArrayList<>();
        int depth = 0;
        boolean itemOpen = false;
        for (String raw : body.split("\r?\n")) {
            Matcher b = BULLET.matcher(raw);
            if (b.matches()) {
                flushParagraph(paragraph);
                int level = b.group(1).length() / 2 + 1;
                if (level > depth) {
                    while (depth < level) {
                        out.append("<ul>");
                        depth++;
                        itemOpen = false;
                    }
                } else {
                    if (itemOpen) {
                        out.append("</li>");
                    }
                    while (depth > level) {
                        out.append("</ul></li>");
                        depth--;
                    }
                }
                out.append("<li>").append(inline(b.group(2)));
                itemOpen = true;
            } else if (raw.isBlank()) {
                itemOpen = closeLists(depth, itemOpen);
                depth = 0;
                flushParagraph(paragraph);
            } else if (depth > 0) {
                out.append(' ').append(inline(raw.strip()));
            } else {
                paragraph.add(raw.strip());
            }
        }
        closeLists(depth, itemOpen);
        flushParagraph(paragraph);
        out.append('\n');
    }

    private boolean closeLists(int depth, boolean itemOpen) {
        if (depth > 0) {
            if (itemOpen) {
                out.append("</li>");
            }
            for (int d = depth; d > 1; d--) {
                out.append("</ul></li>");
            }
            out.append("</ul>\n");
        }
        return false;
    }

    private void flushParagraph(List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            line("<p>" + inline(String.join(" ", paragraph)) + "</p>");
            paragraph.clear();
        }
    }

    /** Escapes text, then renders {@code `code`} (linked when it names a rule, table or scenario) and bold. */
    private String inline(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher c = CODE_SPAN.matcher(text);
        int last = 0;
        while (c.find()) {
            sb.append(bold(esc(text.substring(last, c.start()))));
            String ref = c.group(1);
            String target = targets.get(ref);
            String code = "<code>" + esc(ref) + "</code>";
            sb.append(target == null ? code : "<a href=\"#" + target + "\">" + code + "</a>");
            last = c.end();
        }
        return sb.append(bold(esc(text.substring(last)))).toString();
    }

    private static String bold(String escaped) {
        return BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private String links(String kind, List<String> ids, boolean code) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            String label = code ? "<code>" + esc(id) + "</code>" : esc(id);
            out.add("<a href=\"#" + anchor(kind, id) + "\">" + label + "</a>");
        }
        return String.join(", ", out);
    }

    private static String codes(List<String> values) {
        return String.join(", ", values.stream().map(v -> "<code>" + esc(v) + "</code>").toList());
    }

    private void paragraphs(List<String> paragraphs, String cssClass) {
        for (String p : paragraphs) {
            line("<p" + (cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"") + ">" + esc(p) + "</p>");
        }
    }

    /** A cell of text; long text may break anywhere (URLs), short text only between words. */
    private static String td(String text) {
        return (text.length() > 40 ? "<td class=\"long\">" : "<td>") + esc(text) + "</td>";
    }

    private void row(String key, String valueHtml) {
        line("<tr><th>" + esc(key) + "</th><td>" + valueHtml + "</td></tr>");
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

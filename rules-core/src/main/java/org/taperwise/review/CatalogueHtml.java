package org.taperwise.review;

import static org.taperwise.review.Html.anchor;
import static org.taperwise.review.Html.esc;

import java.util.HashMap;
import java.util.Map;
import org.taperwise.model.RulesetInfo;
import org.taperwise.review.CatalogueModel.RuleFile;
import org.taperwise.review.CatalogueModel.Table;
import org.taperwise.review.HazardLog.Hazard;
import org.taperwise.review.RuleLinks.Outcome;
import org.taperwise.tables.Profile;

/**
 * Lays the catalogue out as one self-contained HTML page: inline style, no script, no font, image or other
 * external resource; every piece of text escaped. Long tables and rule texts fold into {@code <details>}, which
 * browsers open without script (and find-in-page opens them). The page opens with a one-page summary
 * ({@link HtmlSummary}, which prints on a page of its own), then the catalogue by flag ({@link HtmlFlags}), the rules
 * ({@link HtmlRules}), parameters, tables and profiles ({@link HtmlData}), scenarios and hazards
 * ({@link HtmlScenarios}). Every internal link points at an id on the page.
 */
final class CatalogueHtml {
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
            .summary{border-bottom:3px solid var(--line);padding-bottom:10px}.summary h2{margin-top:22px}
            ul.open li{margin:3px 0}
            .flag{border:1px solid var(--line);border-left:4px solid #8a5cc2;border-radius:4px;padding:8px 14px;\
            margin:14px 0}
            .flag h3{margin:4px 0}.flag dl{display:grid;grid-template-columns:170px minmax(0,1fr);gap:2px 12px}
            .flag dt{color:var(--muted)}.flag dd{margin:0}.flag ul{margin:0;padding-left:18px}
            .expects{margin-top:4px;font-size:12.5px}
            @media print{nav{display:none}.layout{display:block}details{display:block}\
            .summary{break-after:page;page-break-after:always;border:0}}
            """;

    private final CatalogueModel m;
    private final Html out = new Html();
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
        HtmlData.parameterNames(m).forEach(p -> targets.put(p, anchor("param", p)));
        m.links.outcomes.stream().filter(o -> !o.rules().isEmpty()).forEach(o -> targets.putIfAbsent(o.code(),
                HtmlFlags.anchorOf(o)));
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

    private String document() {
        RulesetInfo info = m.ruleset.info();
        out.line("<!DOCTYPE html>");
        out.line("<html lang=\"en\">");
        out.line("<head>");
        out.line("<meta charset=\"utf-8\">");
        out.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.line("<title>Rule catalogue: " + esc(info.id()) + " " + esc(info.version()) + "</title>");
        out.line("<style>");
        out.raw(STYLE);
        out.line("</style>");
        out.line("</head>");
        out.line("<body>");
        out.line("<div class=\"layout\">");
        nav();
        out.line("<main>");
        new HtmlSummary(m, out).write();
        new HtmlFlags(m, out).write();
        new HtmlRules(m, out).write();
        HtmlData data = new HtmlData(m, out);
        data.parameters();
        data.tables();
        data.profiles();
        HtmlScenarios scenarios = new HtmlScenarios(m, out, new HtmlMarkdown(out, targets));
        scenarios.scenarios();
        scenarios.hazards();
        out.line("<footer>Generated by Taperwise from " + esc(m.ruleset.origin()) + ". The catalogue reads no clock: the"
                + " same ruleset and hazard log give the same page. Ruleset SHA-256 " + esc(info.sha256())
                + ".</footer>");
        out.line("</main>");
        out.line("</div>");
        out.line("</body>");
        out.line("</html>");
        return out.text();
    }

    private void nav() {
        out.line("<nav aria-label=\"Contents\">");
        out.line("<ul>");
        out.line("<li class=\"section\"><a href=\"#top\">" + esc(m.ruleset.info().id()) + " "
                + esc(m.ruleset.info().version()) + "</a></li>");
        out.line("<li class=\"section\"><a href=\"#open-warnings\">Open warnings</a></li>");
        out.line("<li class=\"section\"><a href=\"#flags\">By flag and reason</a></li>");
        out.line("<li><ul>");
        for (Outcome o : m.links.outcomes) {
            if (!o.rules().isEmpty()) {
                out.line("<li><a href=\"#" + HtmlFlags.anchorOf(o) + "\">" + esc(o.code()) + "</a></li>");
            }
        }
        out.line("</ul></li>");
        out.line("<li class=\"section\"><a href=\"#rules\">Rules</a></li>");
        out.line("<li><ul>");
        for (RuleFile f : m.ruleFiles) {
            out.line("<li><a href=\"#" + anchor("file", f.path()) + "\">" + esc(f.path().replaceFirst("^rules/", ""))
                    + "</a> <span class=\"muted\">" + f.rules().size() + "</span></li>");
        }
        out.line("</ul></li>");
        out.line("<li class=\"section\"><a href=\"#parameters\">Parameters</a></li>");
        out.line("<li class=\"section\"><a href=\"#tables\">Tables</a></li>");
        out.line("<li><ul>");
        for (Table t : m.tables) {
            out.line("<li><a href=\"#" + anchor("table", t.path()) + "\">" + esc(t.path().replaceFirst("^tables/", ""))
                    + "</a></li>");
        }
        out.line("</ul></li>");
        out.line("<li class=\"section\"><a href=\"#profiles\">Profiles</a></li>");
        out.line("<li><ul>");
        for (Profile p : m.profiles) {
            out.line("<li><a href=\"#" + anchor("profile", p.id()) + "\">" + esc(p.id()) + "</a></li>");
        }
        out.line("</ul></li>");
        out.line("<li class=\"section\"><a href=\"#scenarios\">Scenarios</a> <span class=\"muted\">"
                + m.scenarios.size() + "</span></li>");
        out.line("<li class=\"section\"><a href=\"#hazards\">Hazards</a> <span class=\"muted\">"
                + (m.hazardLogOrigin == null ? "none" : m.hazards.size()) + "</span></li>");
        if (m.hazardLogOrigin != null) {
            out.line("<li><ul>");
            for (Hazard h : m.hazards) {
                out.line("<li><a href=\"#" + anchor("hazard", h.id()) + "\">" + esc(h.id() + " " + h.title())
                        + "</a></li>");
            }
            out.line("</ul></li>");
        }
        out.line("</ul>");
        out.line("</nav>");
    }
}

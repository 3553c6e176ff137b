package org.taperwise.review;

import static org.taperwise.review.Html.anchor;
import static org.taperwise.review.Html.esc;
import static org.taperwise.review.Html.links;
import static org.taperwise.review.Html.linksOr;

import java.util.ArrayList;
import java.util.List;
import org.taperwise.RuleInfo;
import org.taperwise.review.CatalogueModel.Rule;
import org.taperwise.review.CatalogueModel.RuleFile;
import org.taperwise.review.RuleLinks.Control;
import org.taperwise.review.RuleLinks.Outcome;

/** The catalogue's rules: an index table, then each rule file's guideline text and a card per rule. */
final class HtmlRules {
    /** Lists of scenarios longer than this start folded. */
    static final int FOLDED_LIST = 12;

    private final CatalogueModel m;
    private final Html out;

    HtmlRules(CatalogueModel m, Html out) {
        this.m = m;
        this.out = out;
    }

    void write() {
        out.line("<h2 id=\"rules\">Rules</h2>");
        out.line("<table>");
        out.line("<tr><th>id</th><th>version</th><th>name</th><th>file</th><th>raises</th><th>scenarios that fire it"
                + "</th><th>hazards</th></tr>");
        for (RuleFile f : m.ruleFiles) {
            for (Rule r : f.rules()) {
                RuleInfo i = r.info();
                out.line("<tr><td><a href=\"#" + anchor("rule", i.id()) + "\"><code>" + esc(i.id()) + "</code></a></td>"
                        + "<td>" + esc(i.version()) + "</td><td>" + esc(i.name()) + "</td><td><code>" + esc(i.file())
                        + "</code> line " + i.line() + "</td><td>" + outcomes(i.id()) + "</td><td>" + scenarioCount(r)
                        + "</td><td>" + links("hazard", r.hazards(), false) + "</td></tr>");
            }
        }
        out.line("</table>");
        for (RuleFile f : m.ruleFiles) {
            out.line("<section>");
            out.line("<h3 class=\"file\" id=\"" + anchor("file", f.path()) + "\"><code>" + esc(f.path()) + "</code>"
                    + (f.header().title().isEmpty() ? "" : ": " + esc(f.header().title())) + "</h3>");
            List<String> topic = f.header().topic();
            out.paragraphs(topic.size() > 1 ? topic.subList(1, topic.size()) : List.of(), "");
            if (!f.header().guideline().isEmpty()) {
                out.line("<h4>Guideline text</h4>");
                out.line("<div class=\"guideline\">");
                out.paragraphs(f.header().guideline(), "");
                out.line("</div>");
            }
            if (!f.header().whenThen().isEmpty()) {
                out.line("<div class=\"whenthen\"><h4>When/Then</h4>");
                out.paragraphs(f.header().whenThen(), "");
                out.line("</div>");
            }
            out.paragraphs(f.header().notes(), "muted");
            if (!f.hazards().isEmpty()) {
                out.line("<p>Hazards naming this file: " + links("hazard", f.hazards(), false) + "</p>");
            }
            f.rules().forEach(this::rule);
            out.line("</section>");
        }
    }

    /** Links to the flag or reason sections of what a rule raises. */
    String outcomes(String ruleId) {
        List<String> out = new ArrayList<>();
        for (Outcome o : m.links.raisedBy(ruleId)) {
            out.add("<a href=\"#" + HtmlFlags.anchorOf(o) + "\"><code>" + esc(o.code()) + "</code></a>"
                    + (o.reason() ? " <span class=\"muted\">(reason)</span>" : ""));
        }
        return String.join(", ", out);
    }

    private String scenarioCount(Rule r) {
        if (r.scenarios().isEmpty()) {
            return "<span class=\"warn\">none</span>";
        }
        return r.scenarios().size() + (r.failingScenarios().isEmpty() ? "" : " <span class=\"fail\">("
                + r.failingScenarios().size() + " failing)</span>");
    }

    /** A list of scenario links, folded when long. */
    static String scenarioList(List<String> names, String none) {
        if (names.isEmpty()) {
            return "<span class=\"muted\">" + esc(none) + "</span>";
        }
        if (names.size() > FOLDED_LIST) {
            return "<details><summary>" + names.size() + " scenarios</summary>" + links("scenario", names, true)
                    + "</details>";
        }
        return names.size() + ": " + links("scenario", names, true);
    }

    private void rule(Rule r) {
        RuleInfo i = r.info();
        out.line("<div class=\"rule\" id=\"" + anchor("rule", i.id()) + "\">");
        out.line("<h4><span class=\"badge\">" + esc(i.id()) + "</span> " + esc(i.name()) + " <span class=\"muted\">"
                + "version " + esc(i.version()) + "</span></h4>");
        out.line("<dl>");
        out.line("<dt>Source</dt><dd>" + esc(i.source()) + "</dd>");
        out.line("<dt>Where</dt><dd><code>" + esc(i.file()) + "</code> line " + i.line() + "</dd>");
        String raises = outcomes(i.id());
        if (!raises.isEmpty()) {
            out.line("<dt>Raises</dt><dd>" + raises + "</dd>");
        }
        List<String> params = m.links.parametersByRule.getOrDefault(i.id(), List.of());
        out.line("<dt>Parameters it reads</dt><dd title=\"itself, or through the facts it matches\">"
                + linksOr("param", params, true, "none") + "</dd>");
        if (r.source() != null && !r.source().attributes().isEmpty()) {
            List<String> attrs = new ArrayList<>();
            r.source().attributes().forEach((k, v) -> attrs.add(k + " " + v));
            out.line("<dt>Attributes</dt><dd>" + esc(String.join(", ", attrs)) + "</dd>");
        }
        out.line("<dt>Scenarios that fire it</dt><dd>" + (r.scenarios().isEmpty()
                ? "<span class=\"warn\">none: no scenario makes this rule fire</span>"
                : scenarioList(r.scenarios(), "")) + "</dd>");
        out.line("<dt>Scenarios where it must not fire</dt><dd>" + scenarioList(m.links.mustNotFire(i.id()),
                "none says so") + "</dd>");
        if (!r.failingScenarios().isEmpty()) {
            out.line("<dt>Of which failing</dt><dd class=\"fail\">" + links("scenario", r.failingScenarios(), true)
                    + "</dd>");
        }
        out.line("<dt>Hazards</dt><dd>" + hazards(i.id()) + "</dd>");
        out.line("</dl>");
        if (r.source() != null) {
            out.line("<details><summary>Rule text</summary><pre><code>" + esc(r.source().text())
                    + "</code></pre></details>");
        }
        out.line("</div>");
    }

    /** The hazards controlling a rule, each with how ("names it", "parameter x", "scenario y"). */
    String hazards(String ruleId) {
        List<Control> controls = m.links.controlsByRule.getOrDefault(ruleId, List.of());
        if (controls.isEmpty()) {
            return m.hazardLogOrigin == null ? "<span class=\"muted\">no hazard log</span>"
                    : "<span class=\"warn\">none controls it</span>";
        }
        List<String> out = new ArrayList<>();
        for (Control c : controls) {
            out.add("<a href=\"#" + anchor("hazard", c.hazard()) + "\">" + esc(c.hazard())
                    + "</a> <span class=\"muted\">("
                    + esc(c.how()) + ")</span>");
        }
        return String.join(", ", out);
    }
}

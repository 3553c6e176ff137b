package org.taperwise.review;

import static org.taperwise.review.Html.anchor;
import static org.taperwise.review.Html.esc;
import static org.taperwise.review.Html.links;
import static org.taperwise.review.Html.linksOr;

import java.util.ArrayList;
import java.util.List;
import org.taperwise.RuleInfo;
import org.taperwise.review.RuleLinks.Outcome;
import org.taperwise.tables.Profile;
import org.taperwise.tables.ProfileParameter;

/**
 * The catalogue by flag: one section per flag code and per eligibility reason with the rules that raise it (their
 * version, name and source), the parameters they read with each profile's value, the scenarios where it fires and
 * where it must not, and the hazards that control its rules.
 */
final class HtmlFlags {
    private final CatalogueModel m;
    private final Html out;

    HtmlFlags(CatalogueModel m, Html out) {
        this.m = m;
        this.out = out;
    }

    static String anchorOf(Outcome o) {
        return o.reason() ? anchor("reason", o.code()) : anchor("flag", o.code());
    }

    void write() {
        out.line("<h2 id=\"flags\">By flag and eligibility reason</h2>");
        out.line("<p>Each flag code and each eligibility reason of the contract: the rules that raise it, the parameters"
                + " they read, the scenarios where it fires and where it must not, and the hazards that control it. A"
                + " scenario where it must not fire lists one of its rules in <code>notFiredRules</code>, or expects"
                + " the flags (or reasons) of its topic without it.</p>");
        out.line("<table>");
        out.line("<tr><th>flag or reason</th><th>rules</th><th>fires in</th><th>must not fire in</th>"
                + "<th>hazards</th></tr>");
        for (Outcome o : m.links.outcomes) {
            out.line("<tr><td><a href=\"#" + anchorOf(o) + "\"><code>" + esc(o.code()) + "</code></a>"
                    + (o.reason() ? " <span class=\"muted\">reason</span>" : "") + "</td><td>"
                    + linksOr("rule", o.rules(), true, "none") + "</td><td>" + count(o.fires()) + "</td><td>"
                    + count(o.mustNotFire()) + "</td><td>" + hazards(o) + "</td></tr>");
        }
        out.line("</table>");
        for (Outcome o : m.links.outcomes) {
            section(o);
        }
    }

    private static String count(List<String> scenarios) {
        return scenarios.isEmpty() ? "<span class=\"warn\">0</span>" : String.valueOf(scenarios.size());
    }

    private String hazards(Outcome o) {
        if (m.hazardLogOrigin == null) {
            return "<span class=\"muted\">no hazard log</span>";
        }
        if (o.rules().isEmpty()) {
            return "";
        }
        return o.hazards().isEmpty() ? "<span class=\"warn\">none</span>" : links("hazard", o.hazards(), false);
    }

    private void section(Outcome o) {
        out.line("<section class=\"flag\" id=\"" + anchorOf(o) + "\">");
        out.line("<h3><code>" + esc(o.code()) + "</code> <span class=\"muted\">" + (o.reason() ? "eligibility reason"
                : "flag") + "</span></h3>");
        if (o.rules().isEmpty()) {
            out.line("<p class=\"muted\">No rule of this ruleset raises it.</p>");
            out.line("</section>");
            return;
        }
        out.line("<dl>");
        List<String> rules = new ArrayList<>();
        for (String id : o.rules()) {
            RuleInfo r = m.ruleset.rules().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            rules.add("<li><a href=\"#" + anchor("rule", id) + "\"><code>" + esc(id) + "</code></a> " + esc(r.version())
                    + " " + esc(r.name()) + ". <span class=\"muted\">Source:</span> " + esc(r.source()) + "</li>");
        }
        out.line("<dt>Rules that raise it</dt><dd><ul>" + String.join("", rules) + "</ul></dd>");
        out.line("<dt>Parameters</dt><dd>" + parameters(o.parameters()) + "</dd>");
        out.line("<dt>Fires in</dt><dd>" + HtmlRules.scenarioList(o.fires(), "no scenario") + "</dd>");
        out.line("<dt>Must not fire in</dt><dd>" + HtmlRules.scenarioList(o.mustNotFire(), "no scenario says so")
                + "</dd>");
        out.line("<dt>Hazards</dt><dd>" + hazards(o) + "</dd>");
        out.line("</dl>");
        out.line("</section>");
    }

    /** Each parameter linked, with its value in every profile that has it. */
    private String parameters(List<String> names) {
        if (names.isEmpty()) {
            return "<span class=\"muted\">none</span>";
        }
        List<String> items = new ArrayList<>();
        for (String name : names) {
            List<String> values = new ArrayList<>();
            for (Profile p : m.profiles) {
                for (ProfileParameter w : p.written()) {
                    if (w.name().equals(name)) {
                        values.add("<a href=\"#" + anchor("param", p.id() + "-" + name) + "\">" + esc(p.id()) + ": "
                                + esc(HtmlData.value(w)) + "</a>");
                    }
                }
            }
            items.add("<li>" + links("param", List.of(name), true) + " <span class=\"muted\">(" + String.join("; ",
                    values) + ")</span></li>");
        }
        return "<ul>" + String.join("", items) + "</ul>";
    }
}

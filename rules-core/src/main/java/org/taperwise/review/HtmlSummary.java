package org.taperwise.review;

import static org.taperwise.review.Html.anchor;
import static org.taperwise.review.Html.esc;
import static org.taperwise.review.Html.links;

import java.util.ArrayList;
import java.util.List;
import org.taperwise.RuleInfo;
import org.taperwise.model.RulesetInfo;
import org.taperwise.review.RuleLinks.Outcome;

/**
 * The catalogue's first page, which prints on its own: the ruleset's identity, what changed since an earlier
 * version (when one is given), the counts, and the open warnings, each list cut short with a link to the rest.
 */
final class HtmlSummary {
    /** Items of a list shown on the summary page; the rest are a link away. */
    private static final int SHOWN = 8;

    private final CatalogueModel m;
    private final Html out;

    HtmlSummary(CatalogueModel m, Html out) {
        this.m = m;
        this.out = out;
    }

    void write() {
        RulesetInfo info = m.ruleset.info();
        out.line("<section class=\"summary\" id=\"summary\">");
        out.line("<h1 id=\"top\">Rule catalogue: " + esc(info.id()) + " " + esc(info.version()) + "</h1>");
        if (!m.ruleset.description().isBlank()) {
            out.line("<p>" + esc(m.ruleset.description()) + "</p>");
        }
        out.line("<table class=\"identity\">");
        out.row("Ruleset", "<code>" + esc(info.id()) + "</code> version <code>" + esc(info.version()) + "</code>");
        out.row("SHA-256", "<code>" + esc(info.sha256()) + "</code>");
        out.row("Loaded from", esc(m.ruleset.origin()));
        out.row("Default profile", "<a href=\"#" + anchor("profile", m.ruleset.defaultProfile()) + "\"><code>"
                + esc(m.ruleset.defaultProfile()) + "</code></a>");
        out.row("Authors", m.authors.isEmpty() ? "none recorded" : esc(String.join("; ", m.authors)));
        out.row("Reviewers", m.reviewers.isEmpty() ? "<span class=\"warn\">none recorded</span>"
                : esc(String.join("; ", m.reviewers)));
        out.row("Hazard log", m.hazardLogOrigin == null ? "none given" : esc(m.hazardLogOrigin));
        out.row("Contents", esc(CatalogueHtml.summary(m)) + "; " + decisionRules().size() + " decision rules; "
                + HtmlData.parameterNames(m).size() + " parameters; " + m.links.outcomes.stream()
                .filter(o -> !o.rules().isEmpty()).count()
                + " flags and reasons raised (<a href=\"#flags\">by flag</a>)");
        out.line("</table>");
        since();
        warnings();
        out.line("</section>");
    }

    private List<String> decisionRules() {
        return m.ruleset.rules().stream().map(RuleInfo::id).filter(RuleLinks::decision).toList();
    }

    private void since() {
        RulesetDiff d = m.since;
        if (d == null) {
            out.line("<p class=\"muted\">What changed: no earlier version was given (<code>catalogue --since DIR"
                    + "</code>).</p>");
            return;
        }
        out.line("<h2 id=\"since\">What changed since " + esc(d.before().id()) + " " + esc(d.before().version())
                + "</h2>");
        if (d.same()) {
            out.line("<p>Nothing: the rulesets are the same.</p>");
            return;
        }
        out.line("<ul>");
        if (!d.manifest().isEmpty()) {
            out.line("<li>ruleset.json: " + esc(String.join("; ", d.manifest().stream().map(f -> f.field() + " "
                    + f.before() + " -> " + f.after()).toList())) + "</li>");
        }
        if (!d.rules().isEmpty()) {
            List<String> items = d.rules().stream().map(r -> r.kind().mark() + " " + (r.kind()
                    == RulesetDiff.Kind.REMOVED ? "<code>" + esc(r.id()) + "</code>" : links("rule", List.of(r.id()),
                    true))).toList();
            out.line("<li>Rules (" + d.rules().size() + "): " + cut(items) + "</li>");
        }
        if (!d.parameters().isEmpty()) {
            List<String> items = d.parameters().stream().map(p -> esc(p.kind().mark() + " " + p.profile() + " ")
                    + links("param", List.of(p.parameter()), true) + esc(p.oldValue() == null || p.newValue() == null
                    ? "" : " " + p.oldValue() + " -> " + p.newValue())).toList();
            out.line("<li>Parameters (" + d.parameters().size() + "): " + cut(items) + "</li>");
        }
        if (!d.rows().isEmpty() || !d.tables().isEmpty()) {
            out.line("<li>Tables: " + d.tables().size() + " changed whole, " + d.rows().size() + " rows</li>");
        }
        if (!d.scenarios().isEmpty()) {
            List<String> items = d.scenarios().stream().map(s -> esc(s.kind().mark() + " ") + (s.kind()
                    == RulesetDiff.Kind.REMOVED ? "<code>" + esc(s.scenario()) + "</code>"
                    : links("scenario", List.of(s.scenario()), true))).toList();
            out.line("<li>Scenarios (" + d.scenarios().size() + "): " + cut(items) + "</li>");
        }
        out.line("<li>Files: " + d.files().size() + "</li>");
        out.line("</ul>");
    }

    private void warnings() {
        List<String> w = new ArrayList<>();
        List<String> failing = m.scenarios.stream().filter(s -> !s.result().passed()).map(s -> s.result().name())
                .toList();
        if (!failing.isEmpty()) {
            w.add("<span class=\"fail\">" + plural(failing.size(), "scenario fails", "scenarios fail") + "</span>: "
                    + cut(linkEach("scenario", failing)));
        }
        List<String> unfired = m.ruleFiles.stream().flatMap(f -> f.rules().stream())
                .filter(r -> r.scenarios().isEmpty()).map(r -> r.info().id()).toList();
        if (!unfired.isEmpty()) {
            w.add(plural(unfired.size(), "rule", "rules") + " no scenario makes fire: "
                    + cut(linkEach("rule", unfired)));
        }
        if (m.hazardLogOrigin == null) {
            w.add("no hazard log: no hazard is linked to the rules");
        } else {
            List<String> uncontrolled = decisionRules().stream().filter(id -> m.links.hazardsOf(id).isEmpty())
                    .toList();
            if (!uncontrolled.isEmpty()) {
                w.add(plural(uncontrolled.size(), "decision rule", "decision rules") + " no hazard controls: "
                        + cut(linkEach("rule", uncontrolled)));
            }
            List<String> unresolved = HazardLog.warnings(m.hazards);
            if (!unresolved.isEmpty()) {
                w.add(plural(unresolved.size(), "hazard log reference", "hazard log references")
                        + " to nothing in this ruleset: " + cut(unresolved
                        .stream().map(Html::esc).toList()));
            }
        }
        List<String> untested = m.links.outcomes.stream().filter(o -> !o.reason() && !o.rules().isEmpty()
                && (o.fires().isEmpty() || o.mustNotFire().isEmpty())).map(Outcome::code).toList();
        if (!untested.isEmpty()) {
            w.add(plural(untested.size(), "flag", "flags")
                    + " without a scenario where it fires or one where it must not: "
                    + cut(untested.stream().map(c -> "<a href=\"#" + anchor("flag", c) + "\"><code>" + esc(c)
                    + "</code></a>").toList()));
        }
        if (m.reviewers.isEmpty()) {
            w.add("no reviewer recorded in ruleset.json");
        }
        if (m.since != null) {
            m.since.warnings().forEach(x -> w.add("since " + esc(m.since.before().version()) + ": " + esc(x)));
        }
        out.line("<h2 id=\"open-warnings\">Open warnings (" + w.size() + ")</h2>");
        if (w.isEmpty()) {
            out.line("<p>None.</p>");
            return;
        }
        out.line("<ul class=\"open\">");
        w.forEach(x -> out.line("<li>" + x + "</li>"));
        out.line("</ul>");
    }

    private static List<String> linkEach(String kind, List<String> ids) {
        return ids.stream().map(id -> links(kind, List.of(id), true)).toList();
    }

    /** "1 rule", "2 rules". */
    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The first items, then "and N more". */
    private static String cut(List<String> items) {
        if (items.size() <= SHOWN) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, SHOWN)) + " and " + (items.size() - SHOWN) + " more";
    }
}

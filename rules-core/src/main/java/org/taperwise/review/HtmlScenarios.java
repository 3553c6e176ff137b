package org.taperwise.review;

import static org.taperwise.review.Html.anchor;
import static org.taperwise.review.Html.codes;
import static org.taperwise.review.Html.esc;
import static org.taperwise.review.Html.links;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.taperwise.loader.LoadedRulesets;
import org.taperwise.review.CatalogueModel.Scenario;
import org.taperwise.review.HazardLog.Hazard;

/**
 * The catalogue's scenarios (each with what it expects, its patient and expected.json, its result and the rules it
 * fired) and hazards (each with what of the ruleset it names, and its text).
 */
final class HtmlScenarios {
    private final CatalogueModel m;
    private final Html out;
    private final HtmlMarkdown markdown;

    HtmlScenarios(CatalogueModel m, Html out, HtmlMarkdown markdown) {
        this.m = m;
        this.out = out;
        this.markdown = markdown;
    }

    void scenarios() {
        out.line("<h2 id=\"scenarios\">Scenarios</h2>");
        long failing = m.scenarios.stream().filter(s -> !s.result().passed()).count();
        out.line("<p>" + m.scenarios.size() + " scenarios" + (failing == 0 ? ", all pass."
                : ", <span class=\"fail\">" + failing + " failing</span>.") + " Each shows what it expects; open it"
                + " for the patient (<code>patient.json</code>) and the whole expectation (<code>expected.json</code>)."
                + "</p>");
        if (m.scenarios.isEmpty()) {
            return;
        }
        Map<String, byte[]> files = LoadedRulesets.of(m.ruleset).files();
        out.line("<table class=\"fixed\">");
        out.line("<colgroup><col style=\"width:24%\"><col style=\"width:10%\"><col style=\"width:6%\">"
                + "<col style=\"width:40%\"><col style=\"width:14%\"><col style=\"width:6%\"></colgroup>");
        out.line("<tr><th>scenario</th><th>profile</th><th>result</th><th>description, expected outcome, input</th>"
                + "<th>rules fired</th><th>hazards</th></tr>");
        for (Scenario s : m.scenarios) {
            ScenarioResult r = s.result();
            String result = r.passed() ? "<span class=\"pass\">pass</span>" : "<span class=\"fail\">FAIL</span>";
            StringBuilder cell = new StringBuilder("<td class=\"long\">").append(esc(r.description()));
            cell.append("<div class=\"expects\"><strong>Expects:</strong> ").append(expects(m.links.expectations
                    .get(r.name()))).append("</div>");
            if (!r.passed()) {
                cell.append("<ul class=\"failures\">");
                r.failures().forEach(f -> cell.append("<li>").append(esc(f)).append("</li>"));
                cell.append("</ul>");
            }
            cell.append("<details><summary>patient and expected.json</summary><pre><code>")
                    .append(esc(text(files, r.name(), "patient.json"))).append("</code></pre><pre><code>")
                    .append(esc(text(files, r.name(), "expected.json"))).append("</code></pre></details></td>");
            out.line("<tr id=\"" + anchor("scenario", r.name()) + "\"><td class=\"wrap\"><code>" + esc(r.name())
                    + "</code></td><td>" + esc(s.profile()) + "</td><td>" + result + "</td>" + cell + "<td>"
                    + links("rule", List.copyOf(new TreeSet<>(r.firedRules())), true) + "</td><td>"
                    + links("hazard", s.hazards(), false) + "</td></tr>");
        }
        out.line("</table>");
    }

    private static String text(Map<String, byte[]> files, String scenario, String file) {
        byte[] bytes = files.get("scenarios/" + scenario + "/" + file);
        return bytes == null ? "(missing)" : new String(bytes, StandardCharsets.UTF_8).strip();
    }

    /** The expectation in one line: each field and its value, flags and reasons linked to their sections. */
    private String expects(JsonNode expect) {
        if (expect == null || !expect.isObject() || expect.isEmpty()) {
            return "<span class=\"muted\">nothing</span>";
        }
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String kind = switch (f.getKey()) {
                case "flags" -> "flag";
                case "reasons" -> "reason";
                case "firedRules", "notFiredRules" -> "rule";
                default -> null;
            };
            String value;
            if (kind != null && f.getValue().isArray()) {
                List<String> ids = new ArrayList<>();
                f.getValue().forEach(n -> ids.add(n.asText()));
                List<String> known = kind.equals("rule") ? ids.stream().filter(id -> m.ruleset.rules().stream()
                        .anyMatch(r -> r.id().equals(id))).toList() : ids;
                value = ids.isEmpty() ? "none" : known.size() == ids.size() ? links(kind, ids, true) : codes(ids);
            } else {
                value = "<code>" + esc(f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString())
                        + "</code>";
            }
            parts.add(esc(f.getKey()) + " " + value);
        }
        return String.join("; ", parts);
    }

    void hazards() {
        out.line("<h2 id=\"hazards\">Hazards</h2>");
        if (m.hazardLogOrigin == null) {
            out.line("<p>No hazard log was given.</p>");
            return;
        }
        out.line("<p>From " + esc(m.hazardLogOrigin) + ": " + m.hazards.size() + " hazards, each with what of this "
                + "ruleset it names. A hazard also controls the rules that read a parameter it names and the rules a "
                + "scenario it names pins (see each rule's Hazards).</p>");
        out.line("<table class=\"fixed\">");
        out.line("<colgroup><col style=\"width:24%\"><col style=\"width:14%\"><col style=\"width:26%\">"
                + "<col style=\"width:9%\"><col style=\"width:14%\"><col style=\"width:13%\"></colgroup>");
        out.line("<tr><th>hazard</th><th>rules</th><th>tables</th><th>scenarios</th><th>parameters</th>"
                + "<th>not in this ruleset</th></tr>");
        for (Hazard h : m.hazards) {
            out.line("<tr><td><a href=\"#" + anchor("hazard", h.id()) + "\">" + esc(h.id()) + "</a> " + esc(h.title())
                    + "</td><td>" + links("rule", h.rules(), true) + "</td><td class=\"wrap\">"
                    + links("table", h.tables(), true) + "</td><td>" + h.scenarios().size() + "</td><td class=\"wrap\">"
                    + links("param", h.parameters(), true) + "</td><td class=\"wrap warn\">" + codes(h.unresolved())
                    + "</td></tr>");
        }
        out.line("</table>");
        List<String> uncontrolled = m.ruleFiles.stream().flatMap(f -> f.rules().stream())
                .filter(r -> r.hazards().isEmpty()).map(r -> r.info().id()).toList();
        out.line("<p>Rules no hazard controls: " + (uncontrolled.isEmpty() ? "none" : links("rule", uncontrolled, true))
                + ".</p>");
        for (Hazard h : m.hazards) {
            out.line("<section class=\"hazard\" id=\"" + anchor("hazard", h.id()) + "\">");
            out.line("<h3>" + esc(h.id()) + " " + esc(h.title()) + "</h3>");
            StringBuilder x = new StringBuilder("<div class=\"xref\"><strong>In this ruleset:</strong>");
            if (!h.controlledHere()) {
                x.append(" nothing names this hazard&#39;s controls.");
            }
            xref(x, "Rules", "rule", h.rules());
            xref(x, "Tables", "table", h.tables());
            xref(x, "Scenarios", "scenario", h.scenarios());
            xref(x, "Parameters", "param", h.parameters());
            out.line(x.append("</div>").toString());
            if (!h.unresolved().isEmpty()) {
                out.line("<div class=\"missing\"><strong>Named by the hazard log but not in this ruleset:</strong> "
                        + codes(h.unresolved()) + "</div>");
            }
            markdown.write(h.body());
            out.line("</section>");
        }
    }

    private static void xref(StringBuilder x, String label, String kind, List<String> ids) {
        if (!ids.isEmpty()) {
            x.append(' ').append(label).append(" (").append(ids.size()).append("): ").append(links(kind, ids, true))
                    .append('.');
        }
    }
}

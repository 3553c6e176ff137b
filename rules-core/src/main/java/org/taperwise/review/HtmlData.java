package org.taperwise.review;

import static org.taperwise.review.Html.anchor;
import static org.taperwise.review.Html.esc;
import static org.taperwise.review.Html.links;
import static org.taperwise.review.Html.td;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.taperwise.files.TableText;
import org.taperwise.review.CatalogueModel.Table;
import org.taperwise.tables.Profile;
import org.taperwise.tables.ProfileParameter;
import org.taperwise.tables.TaperPolicy;

/**
 * The catalogue's data: every table with its rows, every parameter by profile (one anchored row per parameter,
 * {@code #param-<name>}, linked from the rules that read it and from the flag sections), and every profile with each
 * parameter's value, source and note ({@code #param-<profile>-<name>}).
 */
final class HtmlData {
    /** Tables with more rows than this start folded. */
    private static final int OPEN_TABLE_ROWS = 40;

    private final CatalogueModel m;
    private final Html out;

    HtmlData(CatalogueModel m, Html out) {
        this.m = m;
        this.out = out;
    }

    /** A parameter's value as a reviewer reads it: "above 120", "at or above 50", "3", "true". */
    static String value(ProfileParameter p) {
        if (p.comparison() == null) {
            return p.value();
        }
        return (p.comparison().equals("atOrAbove") ? "at or above " : p.comparison() + " ") + p.value();
    }

    /** Every parameter name, in the order the profiles write them. */
    static List<String> parameterNames(CatalogueModel m) {
        Set<String> names = new LinkedHashSet<>();
        m.profiles.forEach(p -> p.written().forEach(w -> names.add(w.name())));
        return List.copyOf(names);
    }

    void tables() {
        out.line("<h2 id=\"tables\">Tables</h2>");
        for (Table t : m.tables) {
            TableText tt = t.text();
            out.line("<section>");
            out.line("<h3 class=\"file\" id=\"" + anchor("table", t.path()) + "\"><code>" + esc(t.path())
                    + "</code></h3>");
            out.line("<p>Used by " + esc(String.join(", ", t.usedBy())) + ". " + tt.rows().size() + " rows. Hazards: "
                    + (t.hazards().isEmpty() ? "none names it" : links("hazard", t.hazards(), false)) + ".</p>");
            if (!tt.comments().isEmpty()) {
                out.line("<pre class=\"doc\">" + esc(String.join("\n", tt.comments())) + "</pre>");
            }
            out.line("<details" + (tt.rows().size() <= OPEN_TABLE_ROWS ? " open" : "") + "><summary>"
                    + tt.rows().size() + " rows</summary>");
            out.line("<table>");
            StringBuilder head = new StringBuilder("<tr><th>line</th>");
            tt.header().forEach(c -> head.append("<th>").append(esc(c)).append("</th>"));
            out.line(head.append("</tr>").toString());
            for (TableText.Row row : tt.rows()) {
                StringBuilder tr = new StringBuilder("<tr><td class=\"num\">").append(row.line()).append("</td>");
                tt.header().forEach(c -> tr.append(td(row.values().getOrDefault(c, ""))));
                out.line(tr.append("</tr>").toString());
            }
            out.line("</table>");
            out.line("</details>");
            out.line("</section>");
        }
    }

    void parameters() {
        out.line("<h2 id=\"parameters\">Parameters by profile</h2>");
        out.line("<p>Each parameter's value in every profile (each links to its source and note in the profile), "
                + "the rules that read it and the hazards that name it.</p>");
        Map<String, List<String>> readBy = new TreeMap<>();
        m.links.parametersByRule.forEach((rule, params) -> params.forEach(p -> readBy.computeIfAbsent(p,
                k -> new ArrayList<>()).add(rule)));
        out.line("<table>");
        StringBuilder head = new StringBuilder("<tr><th>parameter</th>");
        m.profiles.forEach(p -> head.append("<th>").append(esc(p.id())).append("</th>"));
        out.line(head.append("<th>read by</th><th>hazards</th></tr>").toString());
        for (String name : parameterNames(m)) {
            StringBuilder tr = new StringBuilder("<tr id=\"" + anchor("param", name) + "\"><td><code>" + esc(name)
                    + "</code></td>");
            for (Profile p : m.profiles) {
                ProfileParameter w = p.written().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
                tr.append(w == null ? "<td class=\"muted\">-</td>" : "<td class=\"value\"><a href=\"#"
                        + anchor("param", p.id() + "-" + name) + "\">" + esc(value(w)) + "</a></td>");
            }
            List<String> hazards = m.hazards.stream().filter(h -> h.parameters().contains(name))
                    .map(HazardLog.Hazard::id).toList();
            out.line(tr.append("<td>").append(links("rule", readBy.getOrDefault(name, List.of()), true))
                    .append("</td><td>").append(links("hazard", hazards, false)).append("</td></tr>").toString());
        }
        out.line("</table>");
    }

    void profiles() {
        out.line("<h2 id=\"profiles\">Profiles</h2>");
        for (Profile p : m.profiles) {
            out.line("<section>");
            out.line("<h3 class=\"file\" id=\"" + anchor("profile", p.id()) + "\"><code>" + esc(p.id()) + "</code>: "
                    + esc(p.title()) + "</h3>");
            if (p.description() != null && !p.description().isBlank()) {
                out.line("<p>" + esc(p.description()) + "</p>");
            }
            out.line("<p>File <code>" + esc(p.file()) + "</code>; conversion table <a href=\"#"
                    + anchor("table", p.conversions().file()) + "\"><code>" + esc(p.conversions().file())
                    + "</code></a>" + (p.products().all().isEmpty() ? "" : "; products table <a href=\"#"
                    + anchor("table", p.products().file()) + "\"><code>" + esc(p.products().file()) + "</code></a>")
                    + (p.id().equals(m.ruleset.defaultProfile()) ? "; the default profile" : "") + ".</p>");
            out.line("<table>");
            out.line("<tr><th>parameter</th><th>value</th><th>source</th><th>note</th></tr>");
            for (ProfileParameter w : p.written()) {
                out.line("<tr id=\"" + anchor("param", p.id() + "-" + w.name()) + "\"><td><a href=\"#"
                        + anchor("param", w.name()) + "\"><code>" + esc(w.name()) + "</code></a></td>"
                        + "<td class=\"value\">" + esc(value(w)) + "</td>" + td(w.source())
                        + td(w.note() == null ? "" : w.note()) + "</tr>");
            }
            out.line("</table>");
            if (!p.taperPolicies().isEmpty()) {
                out.line("<p>Taper policies (the rules choose one by its role; a host may request one by id):</p>");
                out.line("<table>");
                out.line("<tr><th>policy</th><th>role</th><th>pace</th><th>rounding rule</th><th>source</th>"
                        + "<th>note</th></tr>");
                for (TaperPolicy t : new TreeMap<>(p.taperPolicies()).values()) {
                    out.line("<tr><td><code>" + esc(t.id()) + "</code></td><td>" + esc(t.role().code()) + "</td>"
                            + td(t.pace()) + td(t.roundingRule()) + td(t.source()) + td(t.note() == null ? ""
                            : t.note()) + "</tr>");
                }
                out.line("</table>");
            }
            out.line("</section>");
        }
    }
}

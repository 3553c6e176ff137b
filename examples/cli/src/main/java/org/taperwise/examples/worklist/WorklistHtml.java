package org.taperwise.examples.worklist;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.taperwise.Problem;

/**
 * The worklist as one printable HTML page: self-contained (inline CSS; no script, image, font or link, and a
 * Content-Security-Policy that forbids them), A4 landscape with the table header repeated on every printed page and
 * no row split across pages, the UNDETERMINED section on a page of its own. At the top a summary: the assessments by
 * eligibility status, the patients carrying each flag by status, the rulesets and profiles the assessments name (id,
 * version, SHA-256) and their dates, and how the list is ordered; then the ranked list and the UNDETERMINED section.
 * Every text from the input is escaped: control characters, bidirectional overrides and unpaired surrogates shown as
 * {@code \\uXXXX} escapes ({@link Problem#escapeControls}), then {@code & < > " '} as entities. The page reads no
 * clock: the same assessments give the same page.
 */
public final class WorklistHtml {
    private WorklistHtml() {
    }

    /** Writes the page; {@code title} (may be empty) names the practice or region. */
    public static void write(Worklist w, String title, Writer out) throws IOException {
        String heading = "Pain review worklist" + (title == null || title.isBlank() ? "" : ": " + title);
        List<WorklistEntry> ranked = w.ranked();
        List<WorklistEntry> undetermined = w.undetermined();
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        out.write(esc(heading));
        out.write("</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<header id=\"summary\">\n<h1>");
        out.write(esc(heading));
        out.write("</h1>\n");
        summary(w, ranked.size(), undetermined.size(), out);
        out.write("</header>\n");
        rankedSection(w, ranked, out);
        undeterminedSection(w, undetermined, out);
        out.write("<footer><p>Written by <code>taperwise worklist</code> from the assessments alone; it decides nothing"
                + " clinical. The order is the project's choice for sorting an invitation list, not a risk score; the"
                + " review service decides whom to invite.</p></footer>\n</body>\n</html>\n");
        out.flush();
    }

    private static final String CSS = """
            @page { size: A4 landscape; margin: 10mm; }
            html { background: #fff; color: #000; }
            body { font: 10pt/1.35 "DejaVu Sans", Arial, sans-serif; margin: 0 auto; max-width: 277mm; }
            h1 { font-size: 16pt; margin: 0 0 6pt; }
            h2 { font-size: 13pt; margin: 14pt 0 4pt; }
            p { margin: 3pt 0; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0; }
            th, td { border: 1px solid #444; padding: 2pt 4pt; text-align: left; vertical-align: top; }
            th { background: #e8e8e8; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            table.small { width: auto; }
            .num { text-align: right; white-space: nowrap; }
            .id { font-family: "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
            .flags { font-size: 8pt; overflow-wrap: anywhere; }
            .counts { font-style: italic; }
            .nowrap { white-space: nowrap; }
            .mme { text-align: right; }
            table.list { table-layout: fixed; }
            .taper { font-size: 8pt; overflow-wrap: anywhere; }
            .high { font-weight: bold; }
            .sha { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; overflow-wrap: anywhere; }
            .warning { border: 2px solid #000; padding: 4pt 6pt; font-weight: bold; margin: 6pt 0; }
            #undetermined { break-before: page; page-break-before: always; }
            footer { margin-top: 10pt; font-size: 8pt; }
            """;

    private static void summary(Worklist w, int listed, int undetermined, Writer out) throws IOException {
        out.write("<p>" + w.assessments() + " assessment" + plural(w.assessments()) + " read");
        if (w.firstAsOf() != null) {
            out.write(", as of " + esc(w.firstAsOf())
                    + (w.firstAsOf().equals(w.lastAsOf()) ? "" : " to " + esc(w.lastAsOf())));
        }
        out.write(". " + (w.limit() > 0 && w.eligible() > listed
                ? "The ranked list shows the " + listed + " most at risk of the " + w.eligible()
                        + " patients due a review (--limit " + w.limit() + ")."
                : "The ranked list shows every patient due a review (" + listed + ").")
                + " Every patient whose eligibility is undetermined is listed after it (" + undetermined + ").</p>\n");
        if (w.badLineCount() > 0) {
            List<Long> shown = w.badLines();
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < shown.size(); i++) {
                lines.append(i == 0 ? "" : ", ").append(shown.get(i));
            }
            out.write("<p class=\"warning\" id=\"bad-lines\">" + w.badLineCount() + " line"
                    + plural(w.badLineCount()) + " of the input could not be read as assessments (line"
                    + plural(w.badLineCount()) + " " + lines + (w.badLineCount() > shown.size() ? ", ..." : "")
                    + "; the command's messages say why): the patients on them are missing from this list.</p>\n");
        }
        out.write("<table class=\"small\" id=\"status-counts\"><thead><tr><th>Eligibility status</th>"
                + "<th class=\"num\">Patients</th><th>On this page</th></tr></thead><tbody>\n");
        out.write("<tr><td>ELIGIBLE (due a review)</td><td class=\"num\">" + w.eligible() + "</td><td>ranked list"
                + (w.eligible() > listed ? ", top " + listed : "") + "</td></tr>\n");
        out.write("<tr><td>UNDETERMINED</td><td class=\"num\">" + w.undeterminedCount()
                + "</td><td>listed separately, with the reasons</td></tr>\n");
        out.write("<tr><td>NOT_ELIGIBLE</td><td class=\"num\">" + w.notEligible()
                + "</td><td>counted only</td></tr>\n</tbody></table>\n");
        Map<String, long[]> flags = w.flagCounts();
        if (!flags.isEmpty()) {
            out.write("<table class=\"small\" id=\"flag-counts\"><thead><tr><th>Flag</th><th class=\"num\">ELIGIBLE</th>"
                    + "<th class=\"num\">UNDETERMINED</th><th class=\"num\">NOT_ELIGIBLE</th></tr></thead><tbody>\n");
            for (Map.Entry<String, long[]> e : flags.entrySet()) {
                long[] c = e.getValue();
                out.write("<tr><td>" + esc(e.getKey()) + "</td><td class=\"num\">" + c[0] + "</td><td class=\"num\">"
                        + c[1] + "</td><td class=\"num\">" + c[2] + "</td></tr>\n");
            }
            out.write("</tbody></table>\n<p>Patients carrying each flag, by eligibility status.</p>\n");
        }
        List<Worklist.RulesetUse> rulesets = w.rulesets();
        if (rulesets.size() + (w.otherRulesets() > 0 ? 1 : 0) > 1) {
            out.write("<p class=\"warning\" id=\"mixed-rulesets\">These assessments were made with more than one ruleset"
                    + " or profile: their flags and thresholds may differ.</p>\n");
        }
        if (!rulesets.isEmpty()) {
            out.write("<table class=\"small\" id=\"rulesets\"><thead><tr><th>Ruleset</th><th>Version</th><th>SHA-256</th>"
                    + "<th>Profile</th><th class=\"num\">Assessments</th></tr></thead><tbody>\n");
            for (Worklist.RulesetUse r : rulesets) {
                out.write("<tr><td>" + esc(r.id()) + "</td><td>" + esc(r.version()) + "</td><td class=\"sha\">"
                        + esc(r.sha256()) + "</td><td>" + esc(r.profile()) + "</td><td class=\"num\">"
                        + r.assessments() + "</td></tr>\n");
            }
            if (w.otherRulesets() > 0) {
                out.write("<tr><td colspan=\"4\">other rulesets or profiles</td><td class=\"num\">" + w.otherRulesets()
                        + "</td></tr>\n");
            }
            out.write("</tbody></table>\n");
        }
        out.write("<p id=\"order\"><strong>Order</strong> (the project's choice, from what each assessment decided): more flags"
                + " of severity HIGH first, then more MODERATE, then the higher daily MME, then more INFO, then the"
                + " patient id. Thresholds shown are the profile's, as the assessment reports them.</p>\n");
    }

    private static void rankedSection(Worklist w, List<WorklistEntry> ranked, Writer out) throws IOException {
        out.write("<section id=\"ranked\">\n<h2>Invite to a pain review: " + ranked.size() + " patient"
                + plural(ranked.size()) + (w.eligible() > ranked.size() ? " of " + w.eligible() : "")
                + ", most at risk first</h2>\n");
        if (ranked.isEmpty()) {
            out.write("<p>No patient in these assessments is due a review.</p>\n</section>\n");
            return;
        }
        out.write("<table class=\"list\"><colgroup><col style=\"width:4%\"><col style=\"width:11%\">"
                + "<col style=\"width:7.5%\"><col style=\"width:7.5%\"><col style=\"width:21%\"><col style=\"width:31%\">"
                + "<col style=\"width:9%\"><col style=\"width:9%\"></colgroup>\n<thead><tr><th class=\"num\">Rank</th>"
                + "<th>Patient</th><th>As of</th><th class=\"mme\">Daily MME (mg)</th><th>Flags</th><th>Reasons</th>"
                + "<th>Taper</th><th>Notes</th></tr></thead>\n<tbody>\n");
        int rank = 0;
        for (WorklistEntry e : ranked) {
            rank++;
            out.write("<tr class=\"patient\" id=\"rank-" + rank + "\"><td class=\"num\">" + rank
                    + "</td><td class=\"id\">" + esc(e.patientId()) + "</td><td class=\"nowrap\">" + esc(e.asOf())
                    + "</td><td class=\"mme\">" + mme(e) + "</td><td class=\"flags\">" + flags(e) + "</td><td>"
                    + esc(e.reasons()) + "</td><td class=\"taper\">" + esc(e.taperStatus()) + "</td><td></td></tr>\n");
        }
        out.write("</tbody></table>\n</section>\n");
    }

    private static void undeterminedSection(Worklist w, List<WorklistEntry> list, Writer out) throws IOException {
        out.write("<section id=\"undetermined\">\n<h2>Eligibility undetermined: " + list.size() + " patient"
                + plural(list.size()) + ", check the record</h2>\n");
        if (list.isEmpty()) {
            out.write("<p>No assessment left eligibility undetermined.</p>\n</section>\n");
            return;
        }
        out.write("<p>The assessment could not decide whether these patients are due a review: data is missing or a"
                + " medicine was not recognised. They may be, so they are listed, apart from the ranked list and in"
                + " the same order.</p>\n");
        out.write("<table class=\"list\"><colgroup><col style=\"width:4%\"><col style=\"width:12%\">"
                + "<col style=\"width:8%\"><col style=\"width:22%\"><col style=\"width:7%\"><col style=\"width:16%\">"
                + "<col style=\"width:23%\"><col style=\"width:8%\"></colgroup>\n<thead><tr><th class=\"num\">#</th>"
                + "<th>Patient</th><th>As of</th><th>Why undetermined</th><th class=\"mme\">Daily MME (mg)</th>"
                + "<th>Flags</th><th>Reasons</th><th>Notes</th></tr></thead>\n<tbody>\n");
        int n = 0;
        for (WorklistEntry e : list) {
            n++;
            out.write("<tr class=\"patient\" id=\"undetermined-" + n + "\"><td class=\"num\">" + n
                    + "</td><td class=\"id\">" + esc(e.patientId()) + "</td><td class=\"nowrap\">" + esc(e.asOf())
                    + "</td><td>" + esc(e.undeterminedWhy()) + "</td><td class=\"mme\">" + mme(e) + "</td><td class=\"flags\">"
                    + flags(e) + "</td><td>" + esc(e.reasons()) + "</td><td></td></tr>\n");
        }
        out.write("</tbody></table>\n</section>\n");
    }

    private static String mme(WorklistEntry e) {
        return (e.mmeComplete() ? "" : "at least ") + esc(ReasonLine.number(e.dailyMme()));
    }

    /** The flag codes, HIGH ones in bold (they come first in {@link WorklistEntry#flags()}). */
    private static String flags(WorklistEntry e) {
        if (e.flags().isEmpty()) {
            return "none";
        }
        String[] codes = e.flags().split(" ");
        StringBuilder sb = new StringBuilder("<span class=\"counts\">").append(e.high()).append(" high, ")
                .append(e.moderate()).append(" moderate, ").append(e.info()).append(" info")
                .append(e.dataQuality() > 0 ? ", " + e.dataQuality() + " data quality" : "").append("</span><br>");
        for (int i = 0; i < codes.length; i++) {
            sb.append(i == 0 ? "" : " ");   // codes wrap at the spaces
            if (i < e.high()) {
                sb.append("<span class=\"high\">").append(esc(codes[i])).append("</span>");
            } else {
                sb.append(esc(codes[i]));
            }
        }
        return sb.toString();
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    /** Text from the input as HTML text: controls escaped visibly, then the five HTML specials as entities. */
    static String esc(String s) {
        String t = Problem.escapeControls(s);
        StringBuilder sb = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}

package org.taperwise.handout;

import java.util.List;

/**
 * The handout as one self-contained HTML page to print: no script, no image, no link, no external resource (a
 * Content-Security-Policy forbids them), inline CSS, large type, a table a step. Every piece of text is escaped
 * ({@link Safe#html}). Type: RNIB clear print guidelines (a minimum of 12 point, 14 recommended; left aligned; strong
 * contrast; line spacing about 1.5; see package-info): 14 point body text, black on white.
 */
final class HtmlHandout {
    private static final String CSS = """
            @page { size: A4; margin: 15mm; }
            body { font-family: Arial, Helvetica, sans-serif; font-size: 14pt; line-height: 1.45; color: #000;
                   background: #fff; margin: 0 auto; max-width: 48em; padding: 1em; }
            h1 { font-size: 22pt; margin: 0 0 .2em; }
            h2 { font-size: 17pt; margin: 1.2em 0 .4em; border-bottom: 2px solid #000; }
            .prepared { margin: 0 0 .8em; }
            .fill { border: 2px solid #000; padding: .5em .8em; margin: .6em 0 1em; }
            .fill p { margin: .3em 0; }
            table { width: 100%; border-collapse: collapse; margin: .3em 0 .4em; }
            caption { text-align: left; font-weight: bold; font-size: 15pt; padding: .3em 0; }
            th, td { border: 1.5px solid #000; padding: .35em .5em; text-align: left; vertical-align: top; }
            th { background: #e8e8e8; }
            .step { break-inside: avoid; page-break-inside: avoid; margin-bottom: 1em; }
            .note { margin: .2em 0; font-weight: bold; }
            .stop { font-size: 15pt; font-weight: bold; }
            ul { margin: .2em 0 .6em; }
            @media print { body { padding: 0; max-width: none; } h2 { break-after: avoid; } }
            """;

    private HtmlHandout() {
    }

    static String render(Handout h) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Safe.html(Advice.title(h))).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        sb.append("<h1>").append(Safe.html(Advice.title(h))).append("</h1>\n");
        sb.append("<p class=\"prepared\">Prepared on ").append(Safe.html(Words.date(h.prepared()))).append("</p>\n");
        sb.append("<div class=\"fill\"><p>Name:</p><p>Prescriber's phone number:</p></div>\n");
        paragraphs(sb, Advice.intro(h));
        if (h.planned()) {
            sb.append("<h2>What to take each day</h2>\n");
            for (Handout.Period p : h.periods()) {
                period(sb, p);
            }
        }
        for (Advice.Section s : Advice.sections(h)) {
            sb.append("<h2>").append(Safe.html(s.heading())).append("</h2>\n");
            paragraphs(sb, s.before());
            if (!s.bullets().isEmpty()) {
                sb.append("<ul>\n");
                for (String b : s.bullets()) {
                    sb.append("<li>").append(Safe.html(b)).append("</li>\n");
                }
                sb.append("</ul>\n");
            }
            paragraphs(sb, s.after());
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void period(StringBuilder sb, Handout.Period p) {
        sb.append("<section class=\"step\">\n");
        if (p.lines().isEmpty()) {
            sb.append("<p class=\"stop\">").append(Safe.html(Schedule.heading(p))).append("</p>\n");
        } else {
            sb.append("<table>\n<caption>").append(Safe.html(Schedule.heading(p))).append("</caption>\n");
            sb.append("<thead><tr><th scope=\"col\">Medicine</th><th scope=\"col\">")
                    .append(Safe.html(p.number() == 0 ? "What you take now, each day" : "How much and when, each day"))
                    .append("</th></tr></thead>\n<tbody>\n");
            for (Handout.Line l : p.lines()) {
                sb.append("<tr><td>").append(Safe.html(l.product())).append("</td><td>").append(Safe.html(l.how()))
                        .append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }
        if (!p.collect().isEmpty()) {
            sb.append("<p>").append(Safe.html(Schedule.collectLead(p))).append("</p>\n<ul>\n");
            for (String c : p.collect()) {
                sb.append("<li>").append(Safe.html(c)).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        for (String n : Schedule.notes(p)) {
            sb.append("<p class=\"note\">").append(Safe.html(n)).append("</p>\n");
        }
        sb.append("</section>\n");
    }

    private static void paragraphs(StringBuilder sb, List<String> ps) {
        for (String p : ps) {
            sb.append("<p>").append(Safe.html(p)).append("</p>\n");
        }
    }
}

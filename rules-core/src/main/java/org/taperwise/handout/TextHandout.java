package org.taperwise.handout;

import java.util.List;

/** The handout as plain text, wrapped at 76 characters, for a printer or a message. */
final class TextHandout {
    private static final int WIDTH = 76;

    private TextHandout() {
    }

    static String render(Handout h) {
        StringBuilder sb = new StringBuilder();
        sb.append(Advice.title(h).toUpperCase(java.util.Locale.ROOT)).append('\n');
        sb.append("Prepared on ").append(Words.date(h.prepared())).append("\n\n");
        sb.append("Name: ______________________________\n");
        sb.append("Prescriber's phone number: ______________________________\n\n");
        for (String p : Advice.intro(h)) {
            wrap(sb, p, "", "");
        }
        if (h.planned()) {
            sb.append("\nWHAT TO TAKE EACH DAY\n");
            for (Handout.Period p : h.periods()) {
                sb.append('\n');
                wrap(sb, Schedule.heading(p), "", "  ");
                if (!Schedule.lead(p).isEmpty()) {
                    wrap(sb, Schedule.lead(p), "  ", "  ");
                }
                for (Handout.Line l : p.lines()) {
                    wrap(sb, "- " + l.product() + ": " + l.how(), "  ", "    ");
                }
                if (!p.collect().isEmpty()) {
                    wrap(sb, Schedule.collectLead(p), "  ", "  ");
                    for (String c : p.collect()) {
                        wrap(sb, "- " + c, "  ", "    ");
                    }
                }
                for (String n : Schedule.notes(p)) {
                    wrap(sb, n, "  ", "  ");
                }
            }
        }
        for (Advice.Section s : Advice.sections(h)) {
            sb.append('\n').append(Safe.text(s.heading()).toUpperCase(java.util.Locale.ROOT)).append('\n');
            paragraphs(sb, s.before());
            for (String b : s.bullets()) {
                wrap(sb, "- " + b, "  ", "    ");
            }
            paragraphs(sb, s.after());
        }
        return sb.toString();
    }

    private static void paragraphs(StringBuilder sb, List<String> ps) {
        for (String p : ps) {
            wrap(sb, p, "", "");
        }
    }

    /** Appends {@code text} (made safe) wrapped at word boundaries, the first line and the rest indented. */
    static void wrap(StringBuilder sb, String text, String first, String rest) {
        String indent = first;
        StringBuilder line = new StringBuilder();
        for (String word : Safe.text(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && indent.length() + line.length() + 1 + word.length() > WIDTH) {
                sb.append(indent).append(line).append('\n');
                line.setLength(0);
                indent = rest;
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        sb.append(indent).append(line).append('\n');
    }
}

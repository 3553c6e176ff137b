package org.taperwise.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hazard log's Markdown as HTML: paragraphs, nested lists, bold and code; a code span that names a rule, table,
 * scenario, profile file or parameter links to it.
 */
final class HtmlMarkdown {
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern BULLET = Pattern.compile("^( *)[-*] (.*)$");

    private final Html out;
    /** Things a code span may name, to the anchor that shows them. */
    private final Map<String, String> targets;

    HtmlMarkdown(Html out, Map<String, String> targets) {
        this.out = out;
        this.targets = targets;
    }

    void write(String body) {
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
                        out.raw("<ul>");
                        depth++;
                        itemOpen = false;
                    }
                } else {
                    if (itemOpen) {
                        out.raw("</li>");
                    }
                    while (depth > level) {
                        out.raw("</ul></li>");
                        depth--;
                    }
                }
                out.raw("<li>" + inline(b.group(2)));
                itemOpen = true;
            } else if (raw.isBlank()) {
                itemOpen = closeLists(depth, itemOpen);
                depth = 0;
                flushParagraph(paragraph);
            } else if (depth > 0) {
                out.raw(" " + inline(raw.strip()));
            } else {
                paragraph.add(raw.strip());
            }
        }
        closeLists(depth, itemOpen);
        flushParagraph(paragraph);
        out.raw("\n");
    }

    private boolean closeLists(int depth, boolean itemOpen) {
        if (depth > 0) {
            if (itemOpen) {
                out.raw("</li>");
            }
            for (int d = depth; d > 1; d--) {
                out.raw("</ul></li>");
            }
            out.raw("</ul>\n");
        }
        return false;
    }

    private void flushParagraph(List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            out.line("<p>" + inline(String.join(" ", paragraph)) + "</p>");
            paragraph.clear();
        }
    }

    /** Escapes text, then renders {@code `code`} (linked when it names a rule, table or scenario) and bold. */
    private String inline(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher c = CODE_SPAN.matcher(text);
        int last = 0;
        while (c.find()) {
            sb.append(bold(Html.esc(text.substring(last, c.start()))));
            String ref = c.group(1);
            String target = targets.get(ref);
            String code = "<code>" + Html.esc(ref) + "</code>";
            sb.append(target == null ? code : "<a href=\"#" + target + "\">" + code + "</a>");
            last = c.end();
        }
        return sb.append(bold(Html.esc(text.substring(last)))).toString();
    }

    private static String bold(String escaped) {
        return BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
    }
}

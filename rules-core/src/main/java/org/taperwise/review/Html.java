package org.taperwise.review;

import java.util.ArrayList;
import java.util.List;

/** The catalogue page being written, and the small helpers every section uses: escaping, anchors, links. */
final class Html {
    private final StringBuilder out = new StringBuilder();

    void line(String s) {
        out.append(s).append('\n');
    }

    void raw(String s) {
        out.append(s);
    }

    String text() {
        return out.toString();
    }

    /** An HTML id: the kind, then the name with every run of other characters as one hyphen. */
    static String anchor(String kind, String id) {
        String s = id.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? kind : kind + "-" + s;
    }

    /** Links to each id's anchor, comma separated; as code when {@code code}. */
    static String links(String kind, List<String> ids, boolean code) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            String label = code ? "<code>" + esc(id) + "</code>" : esc(id);
            out.add("<a href=\"#" + anchor(kind, id) + "\">" + label + "</a>");
        }
        return String.join(", ", out);
    }

    /** Links, or a muted "none" (or the given word). */
    static String linksOr(String kind, List<String> ids, boolean code, String none) {
        return ids.isEmpty() ? "<span class=\"muted\">" + esc(none) + "</span>" : links(kind, ids, code);
    }

    static String codes(List<String> values) {
        return String.join(", ", values.stream().map(v -> "<code>" + esc(v) + "</code>").toList());
    }

    void paragraphs(List<String> paragraphs, String cssClass) {
        for (String p : paragraphs) {
            line("<p" + (cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"") + ">" + esc(p) + "</p>");
        }
    }

    /** A cell of text; long text may break anywhere (URLs), short text only between words. */
    static String td(String text) {
        return (text.length() > 40 ? "<td class=\"long\">" : "<td>") + esc(text) + "</td>";
    }

    void row(String key, String valueHtml) {
        line("<tr><th>" + esc(key) + "</th><td>" + valueHtml + "</td></tr>");
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

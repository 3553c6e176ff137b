package org.taperwise.handout;

/**
 * Text from the assessment made safe to print. Medicine names and wording come from patient records and ruleset
 * folders, so they may hold anything: control characters (a terminal escape, a carriage return that rewrites a
 * line), Unicode direction overrides that reorder what the reader sees, or HTML. {@link #text} replaces every such
 * character with a visible {@code ?}; {@link #html} does that and escapes HTML's special characters, so no input can
 * add markup, a script or a link to the page.
 */
final class Safe {
    private Safe() {
    }

    /** One line of plain text: control, format-direction and line-separator characters become {@code ?}. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.appendCodePoint(unsafe(c) ? '?' : c));
        return sb.toString();
    }

    /** {@link #text}, then {@code & < > " '} as HTML character references: safe in element text and attributes. */
    static String html(String s) {
        String t = text(s);
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

    private static boolean unsafe(int c) {
        return Character.isISOControl(c)                    // C0 (tab, newline, escape...), DEL, C1
                || (c >= 0x202A && c <= 0x202E)             // bidirectional embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069)             // bidirectional isolates
                || c == 0x200E || c == 0x200F || c == 0x061C // direction marks
                || c == 0x2028 || c == 0x2029               // line and paragraph separators
                || c == 0xFEFF                              // byte-order mark / zero-width no-break space
                || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.UNASSIGNED
                || Character.getType(c) == Character.PRIVATE_USE;
    }
}

package org.taperwise.cdshooks.cards;

/** Text from records and rulesets made safe to put in a card's Markdown: never markup, never a link. */
final class Markdown {
    private Markdown() {
    }

    /** Escapes Markdown and HTML punctuation and replaces control and direction characters. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else if (Character.isISOControl(c) || isDirection(c) || Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                b.append('?');
            } else if ("\\`*_{}[]()<>#+-!|~&".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** At most {@code max} characters, ending with an ellipsis when cut. */
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int keep = max - 1;
        if (Character.isHighSurrogate(s.charAt(keep - 1))) {
            keep--;
        }
        return s.substring(0, keep) + "\u2026";
    }

    private static boolean isDirection(char c) {
        return c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || c == '\u200e' || c == '\u200f'
                || c == '\u061c' || c == '\u2028' || c == '\u2029';
    }
}

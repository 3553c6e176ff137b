package org.taperwise;

/**
 * One thing wrong with a patient record. Every part is safe to print on one line: control characters (a newline,
 * an escape sequence, a bell), line or paragraph separators, bidirectional overrides and unpaired surrogates in the
 * record's text are shown escaped ({@code \n}, {@code \u001b}, {@code \u202e}), so a crafted value cannot forge a
 * line of a report or a log, or reorder what a reader sees. Every part is also short whatever the record holds: the
 * path at most {@value #MAX_PATH} characters, the value {@value #MAX_VALUE} and the expectation
 * {@value #MAX_EXPECTED}; a longer one is cut and says how long it was (issue 13).
 *
 * @param path     JSON path of the offending value, e.g. {@code prescriptions[2].strength.value}
 * @param value    the value as given (JSON text), or {@code "missing"}
 * @param expected what a valid value looks like
 */
public record Problem(String path, String value, String expected) {
    /** The most characters of a path a problem keeps. */
    public static final int MAX_PATH = 160;
    /** The most characters of a value a problem keeps. */
    public static final int MAX_VALUE = 100;
    /** The most characters of an expectation a problem keeps. */
    public static final int MAX_EXPECTED = 400;

    public Problem {
        path = brief(escapeControls(path), MAX_PATH);
        value = brief(escapeControls(value), MAX_VALUE);
        expected = brief(escapeControls(expected), MAX_EXPECTED);
    }

    /**
     * The text cut to at most {@code max} characters (and a note of its length) when it is longer; null stays null.
     * Never ends in half of a surrogate pair.
     */
    public static String brief(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        String tail = "... (" + s.length() + " characters)";
        int keep = Math.max(0, max - tail.length());
        if (keep > 0 && Character.isHighSurrogate(s.charAt(keep - 1))) {
            keep--;
        }
        return s.substring(0, keep) + tail;
    }

    /**
     * A number as a message shows it: plain when short ({@code 40}, {@code -3}, {@code 0.5}), else in scientific
     * notation with at most ten significant digits ({@code 1E+999999999}, {@code 9.999999999E+998}), so that no
     * number, however many digits or however large its exponent, is ever expanded into a long text.
     */
    public static String number(java.math.BigDecimal v) {
        if (v == null) {
            return "missing";
        }
        java.math.BigDecimal s = v.precision() > 24 ? v.round(new java.math.MathContext(10)) : v;
        s = s.stripTrailingZeros();
        long digits = (long) s.precision() + Math.abs((long) s.scale());
        return digits <= 24 ? s.toPlainString() : s.toString();
    }

    @Override
    public String toString() {
        return path + ": " + value + " (expected " + expected + ")";
    }

    /**
     * The text with every control character, U+2028 and U+2029, every bidirectional formatting character (U+061C,
     * U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and every unpaired surrogate as a Java-style escape;
     * null stays null.
     */
    public static String escapeControls(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = unsafe(s, i);
            if (control && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c == '\t') {
                    out.append("\\t");
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean unsafe(String s, int i) {
        char c = s.charAt(i);
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u061c' || c == '\u200e'
                || c == '\u200f' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}

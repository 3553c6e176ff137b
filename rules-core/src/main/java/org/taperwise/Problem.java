package org.taperwise;

/**
 * One thing wrong with a patient record. Every part is safe to print on one line: control characters (a newline,
 * an escape sequence, a bell) and line or paragraph separators in the record's text are shown escaped
 * ({@code \n}, {@code \u001b}), so a crafted value cannot forge a line of a report or a log.
 *
 * @param path     JSON path of the offending value, e.g. {@code prescriptions[2].strength.value}
 * @param value    the value as given (JSON text), or {@code "missing"}
 * @param expected what a valid value looks like
 */
public record Problem(String path, String value, String expected) {
    public Problem {
        path = escapeControls(path);
        value = escapeControls(value);
        expected = escapeControls(expected);
    }

    @Override
    public String toString() {
        return path + ": " + value + " (expected " + expected + ")";
    }

    /** The text with every control character (and U+2028, U+2029) as a Java-style escape; null stays null. */
    public static String escapeControls(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
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
}

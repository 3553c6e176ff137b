package org.taperwise.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON output escapes every UTF-16 surrogate as a six-character escape (backslash, u, four hex digits), so every string
 * of the input comes out exactly as it came in, an unpaired surrogate included (a patient id "p-" followed by the lone
 * surrogate D800, read from a JSON escape, is written with the same escape): unescaped,
 * an unpaired surrogate cannot be encoded in UTF-8 and was written as {@code ?} (issue 13). A pair (an emoji) is
 * written as its two escapes, which any JSON reader reads back as the same character. Other characters are written as
 * Jackson writes them by default.
 */
final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    static final SurrogateEscapes INSTANCE = new SurrogateEscapes();

    private final int[] ascii = standardAsciiEscapesForJSON();

    private SurrogateEscapes() {
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE) {
            return new SerializedString(String.format("\\u%04x", ch));
        }
        return null;
    }
}

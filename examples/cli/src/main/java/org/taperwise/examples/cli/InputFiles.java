package org.taperwise.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an input file as the command line expects it: UTF-8 text (a byte-order mark is allowed and dropped, as
 * {@code screen} does), no larger than a limit, with a message that says what is wrong instead of a stack trace:
 * a file that is missing, unreadable, too large ({@code /dev/zero} never ends), UTF-16, or not valid UTF-8.
 */
final class InputFiles {
    /** The default limit of one input file for {@code evaluate}: far above any patient record. */
    static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    /** Why a file cannot be used, in words for stderr after the file name. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private InputFiles() {
    }

    static String read(Path file, long maxBytes) throws Unreadable {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (NoSuchFileException e) {
            throw new Unreadable("no such file");
        } catch (AccessDeniedException e) {
            throw new Unreadable("cannot be read: permission denied");
        } catch (IOException e) {
            throw new Unreadable("cannot be read: " + (Files.isDirectory(file) ? "it is a folder" : e.getClass()
                    .getSimpleName()));
        }
        if (bytes.length > maxBytes) {
            throw new Unreadable("is larger than " + maxBytes + " bytes, the most one input may be (--max-input-bytes)");
        }
        String wrong = encodingProblem(bytes, 0, bytes.length);
        if (wrong != null) {
            throw new Unreadable(wrong);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * What is wrong with the encoding of {@code bytes[start, start + length)}, in words ("is UTF-16 text ...;
     * expected UTF-8", "is not valid UTF-8 text (at byte 12) ..."), or null when it is UTF-8 (a byte-order mark
     * allowed). Shared by {@code evaluate} (a whole file) and {@code screen} (one line), so both say the same.
     */
    static String encodingProblem(byte[] bytes, int start, int length) {
        if (length >= 2 && ((bytes[start] == (byte) 0xFE && bytes[start + 1] == (byte) 0xFF)
                || (bytes[start] == (byte) 0xFF && bytes[start + 1] == (byte) 0xFE))) {
            return "is UTF-16 text (it starts with a UTF-16 byte-order mark); expected UTF-8";
        }
        for (int i = start; i < start + length; i++) {
            if (bytes[i] == 0) {
                return "holds a NUL byte at byte " + (i - start + 1) + " (UTF-16 or binary data?); expected UTF-8 text";
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length);
        CoderResult r = decoder.decode(in, CharBuffer.allocate(Math.max(16, length)), true);
        if (r.isError()) {
            return "is not valid UTF-8 text (bytes that are not UTF-8 at byte " + (in.position() - start + 1)
                    + "); expected UTF-8";
        }
        return null;
    }
}

package org.taperwise.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
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
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new Unreadable("is UTF-16 text (it starts with a UTF-16 byte-order mark); expected UTF-8");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new Unreadable("is not valid UTF-8 text (bytes that are not UTF-8 near byte " + offset(bytes)
                    + "); expected UTF-8");
        } catch (CharacterCodingException e) {
            throw new Unreadable("is not valid UTF-8 text; expected UTF-8");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The offset of the first byte that does not decode, for the message. */
    private static int offset(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}

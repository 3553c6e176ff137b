package org.taperwise.examples.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * How the user runs this command line, for the commands a message suggests, so that they can be pasted into a
 * shell as printed: {@code taperwise} when the launcher script ({@code examples/target/bin/taperwise}) was found on
 * PATH, the launcher's path when it was run by path, {@code java -jar /abs/taperwise.jar} when the jar was run
 * directly. Never a shell function.
 */
final class CommandName {
    /** Set by the launcher script: the name or path it was run as. */
    static final String PROPERTY = "taperwise.command";

    private CommandName() {
    }

    static String current() {
        String launcher = System.getProperty(PROPERTY);
        if (launcher != null && !launcher.isBlank()) {
            return quote(launcher);
        }
        CodeSource code = TaperwiseCli.class.getProtectionDomain().getCodeSource();
        if (code != null) {
            try {
                Path jar = Path.of(code.getLocation().toURI());
                if (Files.isRegularFile(jar)) {
                    return "java -jar " + quote(jar.toAbsolutePath().normalize().toString());
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file: fall through
            }
        }
        return "taperwise";
    }

    /** A word a POSIX shell reads back as {@code word}: as it is when plain, else in single quotes. */
    static String quote(String word) {
        if (word.matches("[A-Za-z0-9_./:=@%+,-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}

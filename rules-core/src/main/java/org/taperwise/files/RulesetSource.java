package org.taperwise.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a ruleset's files come from: a folder on disk, or a resource prefix on a class path (the built-in
 * ruleset is packaged in rules-library's jar in the same layout as a folder).
 */
public interface RulesetSource {
    /** For messages: "folder /path" or "classpath taperwise/rulesets/builtin". */
    String describe();

    /** The file's bytes, or null when it does not exist. */
    byte[] read(String path) throws IOException;

    /** Every regular file under the root, as relative paths with '/' separators; null when the source cannot list. */
    List<String> list() throws IOException;

    /** The resource prefix of a class-path source (without a trailing '/'); null for a folder. */
    default String classpathFolder() {
        return null;
    }

    static RulesetSource folder(Path root) {
        Path dir = root.toAbsolutePath().normalize();
        return new RulesetSource() {
            @Override
            public String describe() {
                return "folder " + dir;
            }

            @Override
            public byte[] read(String path) throws IOException {
                Path file = dir.resolve(path).normalize();
                if (!file.startsWith(dir)) {
                    throw new IOException("path " + path + " leaves the ruleset folder");
                }
                try {
                    return Files.readAllBytes(file);
                } catch (NoSuchFileException e) {
                    return null;
                }
            }

            @Override
            public List<String> list() throws IOException {
                try (Stream<Path> files = Files.walk(dir)) {
                    return files.filter(Files::isRegularFile)
                            .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                            .sorted()
                            .toList();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        };
    }

    static RulesetSource classpath(String prefix, ClassLoader loader) {
        String base = prefix.endsWith("/") ? prefix : prefix + "/";
        return new RulesetSource() {
            @Override
            public String describe() {
                return "classpath " + base.substring(0, base.length() - 1);
            }

            @Override
            public byte[] read(String path) throws IOException {
                try (InputStream in = loader.getResourceAsStream(base + path)) {
                    return in == null ? null : in.readAllBytes();
                }
            }

            @Override
            public List<String> list() {
                return null;
            }

            @Override
            public String classpathFolder() {
                return base.substring(0, base.length() - 1);
            }
        };
    }
}

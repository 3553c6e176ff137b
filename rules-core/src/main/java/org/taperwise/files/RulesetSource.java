package org.taperwise.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
                refuseLinks(dir, file);
                try {
                    return Files.readAllBytes(file);
                } catch (NoSuchFileException e) {
                    return null;
                }
            }

            @Override
            public List<String> list() throws IOException {
                try (Stream<Path> files = Files.walk(dir)) {
                    // links are listed (and then refused when read), never followed
                    return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                            || Files.isSymbolicLink(p))
                            .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                            .sorted()
                            .toList();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        };
    }

    /**
     * Refuses a file that is, or lies under, a symbolic link inside the ruleset folder: a folder's files must be its
     * own, so that a link cannot read (and an error message cannot echo) a file from elsewhere on the host.
     *
     * @throws IOException naming the link, never its target
     */
    static void refuseLinks(Path root, Path file) throws IOException {
        Path rel = root.relativize(file);
        Path at = root;
        for (Path part : rel) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                throw new IOException(root.relativize(at).toString().replace('\\', '/') + " is a symbolic link: a"
                        + " ruleset's files must be plain files inside its folder");
            }
        }
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

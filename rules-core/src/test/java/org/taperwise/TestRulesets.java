package org.taperwise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The rules-core test ruleset ({@code src/test/resources/rulesets/minimal}), loaded once, and copies of it. */
public final class TestRulesets {
    private static Ruleset minimal;

    private TestRulesets() {
    }

    public static Path minimalFolder() {
        try {
            return Path.of(TestRulesets.class.getResource("/rulesets/minimal/ruleset.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The minimal ruleset, compiled once for the whole test run. */
    public static synchronized Ruleset minimal() {
        if (minimal == null) {
            minimal = Ruleset.fromDirectory(minimalFolder());
        }
        return minimal;
    }

    /** A writable copy of the minimal ruleset folder under {@code dir}. */
    public static Path copyOfMinimal(Path dir) {
        Path source = minimalFolder();
        Path target = dir.resolve("ruleset");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}

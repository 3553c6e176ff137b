package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ruleset folders for the command tests, made the way a pharmacist makes them: exported from the built-in ruleset,
 * then edited. Edits find what they change rather than assuming today's values, so they survive changes to the
 * built-in ruleset.
 */
final class RulesetFolders {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String UK = "profiles/uk-opioids-aware.json";

    private RulesetFolders() {
    }

    /** {@code taperwise export-ruleset DIR}, which must succeed. */
    static Path export(Path dir) {
        CliRun run = CliRun.of("export-ruleset", dir.toString());
        assertEquals(0, run.exit(), run.err());
        return dir;
    }

    /**
     * A ruleset folder that cannot load: one rule file whose hash does not match the manifest, no tables and no
     * profile.
     */
    static Path broken(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("ruleset.json"), "{\"id\": \"x\", \"version\": \"1\", \"defaultProfile\": \"p\",\n"
                + " \"files\": [ {\"path\": \"rules/a.drl\", \"sha256\": \"" + "0".repeat(64) + "\"} ]}");
        Files.writeString(dir.resolve("rules/a.drl"), "package x;\n");
        return dir;
    }

    /** The value of a profile parameter. */
    static JsonNode parameter(Path dir, String profile, String name) throws IOException {
        return JSON.readTree(dir.resolve(profile).toFile()).path("parameters").path(name);
    }

    /** Sets a threshold parameter's value and comparison in a profile file. */
    static void setThreshold(Path dir, String profile, String name, double value, String comparison)
            throws IOException {
        Path file = dir.resolve(profile);
        JsonNode root = JSON.readTree(file.toFile());
        ObjectNode p = (ObjectNode) root.path("parameters").path(name);
        assertTrue(p.has("value"), profile + " has no parameter " + name);
        if (value == Math.rint(value)) {
            p.put("value", (long) value);
        } else {
            p.put("value", value);
        }
        p.put("comparison", comparison);
        Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    /** Appends lines to a file. */
    static int append(Path file, String text) throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String sep = before.endsWith("\n") ? "" : "\n";
        Files.writeString(file, before + sep + text, StandardCharsets.UTF_8);
        return (int) (before + sep).lines().count() + 1;
    }

    /** {@code taperwise manifest DIR}, which must succeed. */
    static void manifest(Path dir) {
        CliRun run = CliRun.of("manifest", dir.toString());
        assertEquals(0, run.exit(), run.err());
    }

    /** The names of the folder's scenarios, as verify reports them. */
    static List<String> scenarios(Path dir) throws IOException {
        Path root = dir.resolve("scenarios");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().equals("expected.json"))
                    .map(p -> root.relativize(p.getParent()).toString().replace('\\', '/')).sorted().toList();
        }
    }
}

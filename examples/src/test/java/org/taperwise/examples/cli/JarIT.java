package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/taperwise.jar}, run with {@code java -jar} from a directory outside the build tree:
 * the shaded jar must carry the built-in ruleset and Drools' merged service files.
 */
class JarIT {
    private static final Path JAR = Path.of("target", "taperwise.jar").toAbsolutePath();
    private static final Path PATIENTS = Path.of("patients").toAbsolutePath();

    @TempDir
    Path elsewhere;

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).directory(elsewhere.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar did not finish");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void evaluatesEverySamplePatientFromAnotherDirectory() throws Exception {
        List<String> args = new ArrayList<>(List.of("evaluate", "--format", "json"));
        try (var files = Files.list(PATIENTS)) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> args.add(f.toString()));
        }
        Result r = run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertEquals(args.size() - 3, all.size());
        assertEquals("taperwise-builtin", all.get(0).at("/ruleset/id").asText());
    }

    @Test
    void badInputExits2FromTheJar() throws Exception {
        Path bad = elsewhere.resolve("bad.json");
        Files.writeString(bad, "{\"patientId\": \"x\", \"asOf\": \"2026-13-01\"}");
        Result r = run("evaluate", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("asOf"), r.err());
        assertEquals("", r.out());
    }
}

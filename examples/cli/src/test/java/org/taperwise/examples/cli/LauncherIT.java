package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed command: the build's launcher {@code examples/target/bin/taperwise}, linked into a folder on PATH
 * as the README says, runs from any folder, and the commands {@code export-ruleset} prints run as printed in a
 * plain POSIX shell (no shell function).
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("..", "target", "bin", "taperwise").toAbsolutePath().normalize();
    private static final Path PATIENTS = Path.of("..", "patients").toAbsolutePath().normalize();

    @TempDir
    Path elsewhere;

    private record Result(int exit, String out, String err) {
    }

    /** {@code sh -c SCRIPT} in the other folder, with {@code path} in front of PATH. */
    private Result sh(String script, Path path) throws IOException, InterruptedException {
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", script).directory(elsewhere.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("PATH", path + ":" + System.getenv("PATH"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the launcher did not finish");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path linkedBin() throws IOException {
        Path bin = Files.createDirectories(elsewhere.resolve("home/.local/bin"));
        Files.createSymbolicLink(bin.resolve("taperwise"), LAUNCHER);
        return bin;
    }

    @Test
    void theBuildWritesAnExecutableLauncherBesideTheJar() {
        assertTrue(Files.isRegularFile(LAUNCHER), LAUNCHER + " is written by the build");
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is executable");
    }

    @Test
    void linkedIntoAFolderOnPath_runsFromAnyFolder() throws Exception {
        Path bin = linkedBin();
        Files.copy(PATIENTS.resolve("04-oxycodone-mr.json"), elsewhere.resolve("patient.json"));

        Result r = sh("taperwise evaluate patient.json", bin);

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("HIGH_DOSE") || r.out().contains("ELEVATED_DOSE"), r.out());
    }

    /** Issue 16: the build's class-data archive is used by the launcher (classes come from the archive). */
    @Test
    void theLauncher_usesTheBuildsClassDataArchive() throws Exception {
        Path jsa = LAUNCHER.getParent().resolveSibling("taperwise.jsa");
        assertTrue(Files.isRegularFile(jsa), jsa + " is written by the build (JDK 13 or later)");
        Files.copy(PATIENTS.resolve("04-oxycodone-mr.json"), elsewhere.resolve("patient.json"));
        Path log = elsewhere.resolve("classes.log");

        Result r = sh("JAVA_OPTS='-Xlog:class+load=info:file=" + log + "' " + LAUNCHER
                + " evaluate --format json patient.json", elsewhere);

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{"), r.out());
        assertTrue(Files.readString(log).contains("source: shared objects file (top)"),
                "application classes are loaded from the archive");
    }

    /** An archive the JVM refuses (not one, or older than the jar) is passed over in silence: the output is intact. */
    @Test
    void aRefusedArchive_isPassedOverSilently() throws Exception {
        Path target = Files.createDirectories(elsewhere.resolve("target/bin"));
        Files.copy(LAUNCHER, target.resolve("taperwise"));
        Files.createSymbolicLink(target.resolveSibling("taperwise.jar"), LAUNCHER.getParent().resolveSibling("taperwise.jar"));
        Files.writeString(target.resolveSibling("taperwise.jsa"), "not an archive");
        Files.copy(PATIENTS.resolve("04-oxycodone-mr.json"), elsewhere.resolve("patient.json"));

        Result r = sh("sh target/bin/taperwise evaluate --format json patient.json", elsewhere);

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{") && r.out().strip().endsWith("}"), "only the assessment: " + r.out());
        assertTrue(!r.out().contains("cds") && !r.err().contains("cds"), r.out() + r.err());
    }

    @Test
    void theCommandsExportRulesetPrints_runAsPrinted_onPathAndByPath() throws Exception {
        Path bin = linkedBin();
        Result export = sh("taperwise export-ruleset 'my ruleset'", bin);
        assertEquals(0, export.exit(), export.err());
        String next = line(export.out(), "After an edit: ");
        assertEquals("taperwise manifest 'my ruleset' && taperwise verify 'my ruleset'", next,
                "on PATH it prints the installed command");
        Result again = sh(next, bin);
        assertEquals(0, again.exit(), again.out() + again.err());
        assertTrue(again.out().contains("PASS"), again.out());

        Result byPath = sh(LAUNCHER + " export-ruleset second", elsewhere);
        assertEquals(0, byPath.exit(), byPath.err());
        String diff = line(byPath.out(), "What changed: ");
        assertTrue(diff.startsWith(LAUNCHER.toString()), diff);
        Result ran = sh(diff, elsewhere);
        assertEquals(0, ran.exit(), "an unedited export is the built-in ruleset: " + ran.out() + ran.err());
    }

    @Test
    void theJarRunDirectly_printsAJavaCommandThatWorks() throws Exception {
        Path jar = LAUNCHER.getParent().resolveSibling("taperwise.jar");
        Result export = sh(Path.of(System.getProperty("java.home"), "bin", "java") + " -jar " + jar
                + " export-ruleset mine", elsewhere);
        assertEquals(0, export.exit(), export.err());
        String next = line(export.out(), "After an edit: ");
        assertTrue(next.startsWith("java -jar " + jar + " manifest mine"), next);
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        Result again = sh(next, javaBin);
        assertEquals(0, again.exit(), again.out() + again.err());
    }

    private static String line(String out, String prefix) {
        List<String> lines = out.lines().filter(l -> l.startsWith(prefix)).toList();
        assertEquals(1, lines.size(), out);
        return lines.get(0).substring(prefix.length());
    }
}

package org.taperwise.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular host: a module that {@code requires org.taperwise.core}, compiled and run on the module path with the
 * packaged rules-core and rules-library jars. It evaluates with the built-in ruleset's precompiled rules, and the
 * JVM refuses it any internal package (here the loader), which the class path cannot.
 */
class ModulePathIT {
    @TempDir
    Path dir;

    private static final String HOST = """
            package org.host;

            import java.time.LocalDate;
            import org.taperwise.TaperwiseEngine;
            import org.taperwise.model.DoseUnit;
            import org.taperwise.model.FlagCode;
            import org.taperwise.model.Form;
            import org.taperwise.model.PatientFacts;
            import org.taperwise.model.Prescription;
            import org.taperwise.model.StrengthUnit;

            public class Main {
                public static void main(String[] args) throws Exception {
                    TaperwiseEngine engine = TaperwiseEngine.builder().build();
                    PatientFacts p = PatientFacts.builder("p-1", LocalDate.of(2026, 11, 1))
                            .birthDate(LocalDate.of(1970, 1, 1))
                            .prescription(Prescription.builder().id("rx-1").medicine("oxycodone").form(Form.MR_TABLET)
                                    .strength(80, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(2)
                                    .issued(LocalDate.of(2026, 10, 20)).daysSupply(28).build())
                            .build();
                    System.out.println("HIGH_DOSE " + engine.evaluate(p).hasFlag(FlagCode.HIGH_DOSE));
                    try {
                        Class.forName("org.taperwise.loader.LoadedRulesets").getMethod("of", Object.class)
                                .invoke(null, engine.ruleset());
                        System.out.println("INTERNAL REACHED");
                    } catch (IllegalAccessException e) {
                        System.out.println("INTERNAL REFUSED");
                    }
                }
            }
            """;

    /** The jars a host would put on its module path: Taperwise's and their dependencies, no test libraries. */
    private static String modulePath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.endsWith(".jar"))
                .filter(e -> !e.matches(".*(junit|opentest4j|apiguardian|surefire|failsafe).*"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    @Test
    void aModularHost_evaluatesAndCannotReachInternals() throws Exception {
        Path src = dir.resolve("src/host");
        Files.createDirectories(src.resolve("org/host"));
        Files.writeString(src.resolve("module-info.java"), "module host { requires org.taperwise.core; }\n");
        Files.writeString(src.resolve("org/host/Main.java"), HOST);
        Path out = dir.resolve("out");
        String mp = modulePath();
        assertTrue(mp.contains("rules-core") && mp.contains("rules-library"), mp);
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(),
                "--module-path", mp, "--module-source-path", dir.resolve("src").toString(), "-m", "host");
        assertEquals(0, compiled, "the host module compiles against the exported packages");

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", out + File.pathSeparator + mp, "--add-modules", "org.taperwise.library",
                "-m", "host/org.host.Main"));
        Path stdout = dir.resolve("stdout.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the host did not finish");
        String printed = Files.readString(stdout, StandardCharsets.UTF_8);
        String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), printed + err);
        assertTrue(printed.contains("HIGH_DOSE true"), printed + err);
        assertTrue(printed.contains("INTERNAL REFUSED"), printed + err);
    }
}

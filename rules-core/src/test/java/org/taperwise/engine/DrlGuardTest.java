package org.taperwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.RulesetProblem;

/** The deny list of {@link DrlGuard}: every entry refuses its token, located by line and column, and names the rule. */
class DrlGuardTest {
    /** One consequence statement per entry of {@link DrlGuard#DENIED}, keyed by the entry's token. */
    private static final Map<String, String> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("System.", "System.getenv( \"HOME\" );");
        SAMPLES.put("Runtime", "Runtime.getRuntime().availableProcessors();");
        SAMPLES.put("ProcessBuilder", "new ProcessBuilder( \"sh\" ).start();");
        SAMPLES.put("Thread", "Thread.sleep( 10 );");
        SAMPLES.put("exit(", "exit( 0 );");
        SAMPLES.put("Class.forName", "Class.forName( \"x\" );");
        SAMPLES.put("getClass(", "$t.getClass();");
        SAMPLES.put("class literal", "List.class.getName();");
        SAMPLES.put("ClassLoader", "ClassLoader.getPlatformClassLoader();");
        SAMPLES.put("reflection", "$m.getDeclaredMethods();");
        SAMPLES.put("java.lang.reflect", "java.lang.reflect.Array.getLength( $a );");
        SAMPLES.put(".reflect.", "lang.reflect.Array.getLength( $a );");
        SAMPLES.put("MethodHandle", "MethodHandles.lookup();");
        SAMPLES.put("java.io.", "new java.io.FileReader( \"x\" );");
        SAMPLES.put("java.nio.", "java.nio.charset.Charset.defaultCharset();");
        SAMPLES.put("java.net.", "java.net.InetAddress.getLocalHost();");
        SAMPLES.put("other JDK package", "javax.script.ScriptEngine e = null;");
        SAMPLES.put("java.util sub-package", "java.util.concurrent.ForkJoinPool.commonPool();");
        SAMPLES.put("new File", "new File( \"x\" );");
        SAMPLES.put("Files.", "Files.readString( $p );");
        SAMPLES.put("Paths.", "Paths.get( \"x\" );");
        SAMPLES.put("Path.of", "Path.of( \"x\" );");
        SAMPLES.put("FileSystem", "FileSystems.getDefault();");
        SAMPLES.put("URL", "new URL( \"http://example.org\" );");
        SAMPLES.put("Socket", "new Socket( \"example.org\", 80 );");
        SAMPLES.put("ServiceLoader", "ServiceLoader.load( $c );");
        SAMPLES.put("ResourceBundle", "ResourceBundle.getBundle( \"x\" );");
        SAMPLES.put("Timer", "new Timer();");
        SAMPLES.put("Formatter", "new Formatter( \"out.txt\" );");
        SAMPLES.put("SecurityManager", "SecurityManager s = null;");
        SAMPLES.put("drools.", "drools.halt();");
        SAMPLES.put("kcontext", "kcontext.getKieRuntime();");
    }

    private static final String HEADER = """
            /*
             * Topic: guard test. System.exit( 0 ) in a comment is not code.
             */
            package test.rules;

            import org.taperwise.rules.MmeTotal;

            rule "Guarded"
                @id("G-01") @version("1.0.0") @source("test")
            when
                MmeTotal( $t : totalDailyMg )
            then
            """;
    /** The line the sample statement is on: the line after {@code then}. */
    private static final int SAMPLE_LINE = 13;

    private static String rule(String consequence) {
        return HEADER + "    " + consequence + "\nend\n";
    }

    private static List<RulesetProblem> check(String text) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (Exception e) {
            pkg = null;
        }
        List<RulesetProblem> problems = new ArrayList<>();
        DrlGuard.check("rules/g.drl", text, parser.hasErrors() ? null : pkg, problems);
        return problems;
    }

    static Stream<String> deniedTokens() {
        return DrlGuard.DENIED.stream().map(DrlGuard.Denied::token).filter(t -> !t.equals("eval("));
    }

    @Test
    void everyDeniedToken_hasASampleHere() {
        Set<String> tokens = new TreeSet<>(DrlGuard.DENIED.stream().map(DrlGuard.Denied::token).toList());
        tokens.remove("eval(");
        assertEquals(tokens, new TreeSet<>(SAMPLES.keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deniedTokens")
    void deniedToken_inAConsequence_isRefusedAtItsLineAndColumn(String token) {
        List<RulesetProblem> problems = check(rule(SAMPLES.get(token)));
        assertEquals(1, problems.size(), problems::toString);
        RulesetProblem p = problems.get(0);
        assertEquals("rules/g.drl", p.file());
        assertEquals(SAMPLE_LINE, p.line());
        assertTrue(p.message().contains("\"" + token + "\" ") || p.message().contains("(" + token + ") "),
                p.message());
        assertTrue(p.message().contains("in the consequence (then) of rule \"Guarded\""), p.message());
        String line = rule(SAMPLES.get(token)).lines().toList().get(SAMPLE_LINE - 1);
        int column = Integer.parseInt(p.column());
        assertTrue(column >= 5 && column <= line.length(), p::toString);
    }

    @Test
    void eval_inTheConditions_isRefusedAtItsLine() {
        String text = HEADER.replace("    MmeTotal( $t : totalDailyMg )\n",
                "    MmeTotal( $t : totalDailyMg )\n    eval( $t > 100 )\n") + "    int x = 1;\nend\n";
        List<RulesetProblem> problems = check(text);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(12, problems.get(0).line());
        assertEquals("5", problems.get(0).column());
        assertTrue(problems.get(0).message().contains("eval"), problems.get(0).message());
        assertTrue(problems.get(0).message().contains("conditions (when) of rule \"Guarded\""),
                problems.get(0).message());
    }

    @Test
    void forbiddenCall_inAConstraint_isRefused() {
        String text = HEADER.replace("MmeTotal( $t : totalDailyMg )",
                "MmeTotal( $t : totalDailyMg, Runtime.getRuntime() != null )") + "    int x = 1;\nend\n";
        List<RulesetProblem> problems = check(text);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(11, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("conditions (when)"), problems.get(0).message());
    }

    @Test
    void severalTokensOnOneLine_areOneProblemNamingEach() {
        List<RulesetProblem> problems = check(rule("System.exit( 1 );"));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains(": \"System.\" reaches the process"), problems.get(0).message());
        assertTrue(problems.get(0).message().contains("; \"exit(\" stops the host"), problems.get(0).message());
        assertEquals("5", problems.get(0).column());
    }

    @Test
    void everyOffendingLine_isReported() {
        List<RulesetProblem> problems = check(rule("Thread.sleep( 1 );\n    new java.io.File( \"x\" );"));
        assertEquals(List.of(SAMPLE_LINE, SAMPLE_LINE + 1), problems.stream().map(RulesetProblem::line).toList());
    }

    @Test
    void commentsAndStringLiterals_areNotCode() {
        assertEquals(List.of(), check(rule("String s = \"System.exit(0) and a URL\"; // Runtime.getRuntime()\n"
                + "    /* new File(\"x\") */ char c = '\"';")));
    }

    @Test
    void importsAreLeftToTheAllowList() {
        assertEquals(List.of(), check(rule("int x = 1;").replace("import org.taperwise.rules.MmeTotal;",
                "import org.taperwise.rules.MmeTotal;\nimport java.io.File;")));
    }

    @Test
    void unicodeEscapes_areRefusedEvenInCommentsAndStrings() {
        List<RulesetProblem> problems = check(rule("String s = \"\\u0022\"; // \\u000a"));
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.stream().allMatch(p -> p.line() == SAMPLE_LINE && p.message().contains("Unicode escape")),
                problems::toString);
        assertEquals("17", problems.get(0).column());
    }

    @Test
    void importAllowList_refusesTheRiskyPartsOfJavaUtil() {
        assertTrue(DrlGuard.importAllowed("java.util.List"));
        assertTrue(DrlGuard.importAllowed("java.time.LocalDate"));
        assertTrue(DrlGuard.importAllowed("org.taperwise.model.FlagCode"));
        for (String denied : List.of("java.util.concurrent.Executors", "java.util.logging.FileHandler",
                "java.util.prefs.Preferences", "java.util.zip.ZipFile", "java.util.jar.JarFile",
                "java.util.ServiceLoader", "java.util.Timer", "java.util.Formatter", "java.lang.Runtime",
                "java.io.File", "org.taperwise.evaluation.Evaluator")) {
            assertTrue(!DrlGuard.importAllowed(denied), denied);
        }
    }
}

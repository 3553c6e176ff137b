package org.taperwise.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.RuleInfo;
import org.taperwise.Ruleset;
import org.taperwise.RulesetException;
import org.taperwise.RulesetProblem;
import org.taperwise.TestRulesets;

/**
 * One test per attack of issue 13: each hostile rule file is refused by the bytecode check itself (compiled without
 * the source guard, {@link DrlGuard}, so the guarantee is what is tested) with its file, rule and call, and refused
 * when its folder is loaded; the file it would write is never written and the host never exits (a test JVM that
 * exited would fail the run).
 */
class RuleCodeAttacksTest {
    private static final String FILE = "rules/attack.drl";
    private static final String HEAD = "package attack;\n\nimport org.taperwise.rules.MmeTotal;\n\n";

    /** A rule "Attack" with id ATK-01 whose consequence is {@code then}. */
    private static String rule(String when, String then) {
        return "rule \"Attack\"\n    @id(\"ATK-01\") @version(\"1.0.0\") @source(\"test\")\nwhen\n    " + when
                + "\nthen\n    " + then + "\nend\n";
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("an import line hiding Runtime.exec", "package attack;\n\nimport org.taperwise.rules.MmeTotal;\n"
                        + "import java.util.List rule \"Attack\" @id(\"ATK-01\") @version(\"1.0.0\") @source(\"t\") when MmeTotal() then"
                        + " Runtime.getRuntime().exec(new String[] {\"touch\", \"MARK\"}); end\n", "ATK-01",
                        "java.lang.Runtime.getRuntime"),
                Arguments.of("explicit type arguments on getClass", HEAD + rule("MmeTotal()",
                        "Object c = \"\".<Object>getClass(); insert(c);"), "ATK-01", "getClass"),
                Arguments.of("Class.forName on a computed name", HEAD + rule("MmeTotal()",
                        "Class c = String.class; insert(c.forName(\"java.lang.Run\" + \"time\"));"), "ATK-01",
                        "java.lang.Class.forName"),
                Arguments.of("a method reference to Object::getClass", HEAD + rule("MmeTotal()",
                        "java.util.function.Function f = Object::getClass; insert(f.apply(\"x\"));"), "ATK-01",
                        "java.lang.Object.getClass"),
                Arguments.of("MVEL on a string", HEAD + rule("MmeTotal()",
                        "insert(org.mvel2.MVEL.executeExpression(\"java.lang.Runtime.getRuntime()\"));"), "ATK-01",
                        "org.mvel2.MVEL.executeExpression"),
                Arguments.of("Taperwise internals by name", HEAD + rule("MmeTotal()",
                        "insert(org.taperwise.loader.RulesetLoader.load(null, null, null)); "
                                + "insert(org.taperwise.evaluation.Evaluator.class);"), "ATK-01",
                        "org.taperwise.loader.RulesetLoader.load"),
                Arguments.of("code in an accumulate init()", HEAD + rule("$n : Number() from accumulate( MmeTotal( $t : "
                        + "totalDailyMg ), init( double s = 0; Runtime.getRuntime().halt(7); ), action( s += $t; System.exit(3); ), "
                        + "result( s ) )", "insert($n);"), "ATK-01", "java.lang.System.exit"),
                Arguments.of("from with a method call", HEAD + rule("MmeTotal()\n    $p : Object() from "
                        + "java.nio.file.Path.of(\"MARK\").toFile().mkdirs()", "insert($p);"),
                        "ATK-01", "java.nio.file.Path.of"),
                Arguments.of("a declare field default", HEAD + "declare Evil\n    home : String = "
                        + "System.getProperty(\"user.home\")\nend\n\n" + rule("MmeTotal()", "insert(new Evil());"),
                        "declare Evil", "java.lang.System.getProperty"),
                Arguments.of("an infinite loop", HEAD + rule("MmeTotal()", "int i = 0; while (true) { i++; }"), "ATK-01",
                        "a loop"),
                Arguments.of("a memory bomb: a huge array", HEAD + rule("MmeTotal()",
                        "long[] a = new long[Integer.MAX_VALUE]; insert(a);"), "ATK-01", "new array of 2147483647"),
                Arguments.of("a memory bomb: String.repeat", HEAD + rule("MmeTotal()",
                        "insert(new StringBuilder().append(\"x\".repeat(1 << 30)));"), "ATK-01",
                        "java.lang.String.repeat"),
                Arguments.of("System.exit", HEAD + rule("MmeTotal()", "System.exit(0);"), "ATK-01",
                        "java.lang.System.exit"),
                Arguments.of("a file written with java.nio.file", HEAD + rule("MmeTotal()",
                        "java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARK\"), \"pwned\");"), "ATK-01",
                        "java.nio.file.Files.writeString"),
                Arguments.of("the session's runtime", HEAD + rule("MmeTotal()",
                        "insert(drools.getKieRuntime());"), "ATK-01", "org.drools"),
                Arguments.of("a thread", HEAD + rule("MmeTotal()",
                        "new Thread(() -> System.exit(3)).start();"), "ATK-01", "java.lang.Thread"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void eachAttack_isRefusedByTheBytecodeCheck_withFileRuleAndCall(String attack, String drl, String rule,
            String call, @TempDir Path dir) {
        Path mark = dir.resolve("written");
        String text = drl.replace("MARK", mark.toString().replace('\\', '/'));
        List<RulesetProblem> problems = new ArrayList<>();
        DrlCompiler.Checked checked = new DrlCompiler.Checked(Map.of(FILE, text),
                List.of(new RuleInfo("ATK-01", "1.0.0", "Attack", "test", FILE, 5)), Map.of());

        assertNull(DrlCompiler.compile(checked, getClass().getClassLoader(), problems), attack);

        String all = problems.toString();
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(FILE) && p.message().contains(rule)
                && p.message().contains(call)), attack + ": expected " + FILE + ", " + rule + " and " + call + " in "
                + all);
        assertFalse(Files.exists(mark), "the attack wrote its file");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void eachAttack_isRefusedWhenItsFolderIsLoaded_andNothingIsWritten(String attack, String drl, String rule,
            String call, @TempDir Path dir) throws IOException {
        Path mark = dir.resolve("written");
        Path folder = TestRulesets.copyOfMinimal(dir);
        Files.writeString(folder.resolve(FILE), drl.replace("MARK", mark.toString().replace('\\', '/')));
        Ruleset.updateManifest(folder);

        RulesetException e = assertThrows(RulesetException.class, () -> Ruleset.fromDirectory(folder), attack);

        assertTrue(e.getMessage().contains(FILE), e.getMessage());
        assertFalse(Files.exists(mark), "the attack wrote its file");
    }

    @Test
    void accumulateCode_evenOnlyInInit_isRefusedBeforeAnythingCompiles() {
        // the executable model drops an init() block unseen, so the bytecode check could not vouch for it
        String drl = HEAD + rule("$n : Number() from accumulate( MmeTotal( $t : totalDailyMg ), "
                + "init( double s = 0; Runtime.getRuntime().halt(7); ), action( s += $t; ), result( s ) )",
                "insert($n);");
        List<RulesetProblem> problems = new ArrayList<>();
        assertNull(DrlCompiler.check(Map.of(FILE, drl), problems));
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(FILE)
                && p.message().startsWith("accumulate with init/action/reverse/result code is not allowed")),
                problems::toString);
    }
}

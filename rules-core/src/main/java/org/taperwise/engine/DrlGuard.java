package org.taperwise.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.taperwise.RulesetProblem;

/**
 * Guards the door of a rule file: DRL conditions and consequences are Java that runs inside the host, with no
 * sandbox. This refuses the ways a rule could reach outside the fact model (processes, exit, threads, reflection,
 * class loading, files, network, the engine's internals) and the syntax that hides code from review
 * ({@code eval}, Unicode escapes).
 *
 * <p>It is <b>defence in depth, not a sandbox</b>: a deny list cannot anticipate every route, so a ruleset folder
 * must still be treated as code (reviewed, hash-pinned). The checks are deliberately simple so a reviewer can read
 * them all:
 * <ol>
 * <li>Imports: only {@link #ALLOWED_IMPORT_PREFIXES}, and none of {@link #DENIED_IMPORT_PREFIXES} (parts of
 * {@code java.util} that start threads, load services or touch files).</li>
 * <li>No {@code function}, {@code global}, {@code import function} or {@code import accumulate} (checked by
 * {@link DrlCompiler}).</li>
 * <li>Every token of {@link #DENIED} is refused anywhere in a file's code, conditions and consequences alike.
 * Comments and string literals are not code and are not searched, so a message may say "System" or "URL".</li>
 * <li>No Unicode escape ({@code \}{@code u0022}) anywhere, comments and strings included: Java decodes them before
 * it reads the code, so they could hide a quote, a newline or a forbidden name from this check and from a
 * reviewer.</li>
 * </ol>
 * Each problem names the file, the line and column of the token, the token, and the rule it is in.
 */
final class DrlGuard {
    /** Packages and classes a rule file may import. */
    static final List<String> ALLOWED_IMPORT_PREFIXES = List.of("org.taperwise.model.", "org.taperwise.rules.",
            "java.time.", "java.util.");
    /** Inside the allowed prefixes, what may still not be imported. */
    static final List<String> DENIED_IMPORT_PREFIXES = List.of("java.util.concurrent.", "java.util.logging.",
            "java.util.prefs.", "java.util.zip.", "java.util.jar.", "java.util.spi.", "java.util.ServiceLoader",
            "java.util.Timer", "java.util.Formatter", "java.util.ResourceBundle");

    /**
     * A token refused in code.
     *
     * @param token what the problem calls it
     * @param why   what it would give a rule
     */
    record Denied(String token, Pattern pattern, String why) {
        Denied(String token, String regex, String why) {
            this(token, Pattern.compile(regex), why);
        }
    }

    /** Every token refused in a rule file's code, with the reason. */
    static final List<Denied> DENIED = List.of(
            new Denied("eval(", "\\beval\\s*\\(", "hides a condition in code; write the condition as a pattern over "
                    + "facts"),
            new Denied("System.", "\\bSystem\\s*\\.", "reaches the process (exit, environment, properties, streams)"),
            new Denied("Runtime", "\\bRuntime\\b", "reaches the process (exit, commands)"),
            new Denied("ProcessBuilder", "\\bProcess(Builder|Handle)?\\b", "starts operating-system commands"),
            new Denied("Thread", "\\bThread", "starts or controls threads"),
            new Denied("exit(", "\\b(exit|halt)\\s*\\(", "stops the host"),
            new Denied("Class.forName", "\\bClass\\s*\\.\\s*forName\\b", "loads arbitrary classes"),
            new Denied("getClass(", "\\.\\s*getClass\\s*\\(", "opens reflection"),
            new Denied("class literal", "\\.\\s*class\\b", "opens reflection"),
            new Denied("ClassLoader", "ClassLoader", "loads arbitrary classes"),
            new Denied("reflection", "\\.\\s*(getMethods?|getDeclared\\w*|getConstructors?|getFields?|newInstance"
                    + "|invoke|invokeExact|setAccessible)\\s*\\(", "calls code by name"),
            new Denied("java.lang.reflect", "\\bjava\\s*\\.\\s*lang\\s*\\.\\s*(reflect|invoke)\\b",
                    "calls code by name"),
            new Denied(".reflect.", "\\.\\s*reflect\\s*\\.", "calls code by name"),
            new Denied("MethodHandle", "MethodHandle", "calls code by name"),
            new Denied("java.io.", "\\bjava\\s*\\.\\s*io\\s*\\.", "reads or writes files"),
            new Denied("java.nio.", "\\bjava\\s*\\.\\s*nio\\s*\\.", "reads or writes files"),
            new Denied("java.net.", "\\bjava\\s*\\.\\s*net\\s*\\.", "opens network connections"),
            new Denied("other JDK package", "\\b(java\\s*\\.\\s*(sql|rmi|security|beans|awt|lang\\s*\\.\\s*management)"
                    + "|javax|jdk|sun|com\\s*\\.\\s*sun)\\s*\\.", "reaches outside the fact model"),
            new Denied("java.util sub-package", "\\bjava\\s*\\.\\s*util\\s*\\.\\s*(concurrent|logging|prefs|zip|jar|spi)"
                    + "\\b", "starts threads or touches files"),
            new Denied("new File", "\\bnew\\s+File\\b", "reads or writes files"),
            new Denied("Files.", "\\bFiles\\s*\\.", "reads or writes files"),
            new Denied("Paths.", "\\bPaths\\s*\\.", "reads or writes files"),
            new Denied("Path.of", "\\bPath\\s*\\.\\s*of\\b", "reads or writes files"),
            new Denied("FileSystem", "FileSystem", "reads or writes files"),
            new Denied("URL", "URL", "opens network connections"),
            new Denied("Socket", "Socket", "opens network connections"),
            new Denied("ServiceLoader", "\\bServiceLoader\\b", "loads arbitrary classes"),
            new Denied("ResourceBundle", "\\bResourceBundle\\b", "loads arbitrary classes"),
            new Denied("Timer", "\\bTimer\\b", "starts threads"),
            new Denied("Formatter", "\\bFormatter\\b", "writes files by name (use String.format)"),
            new Denied("SecurityManager", "\\bSecurityManager\\b", "changes the host's security"),
            new Denied("drools.", "\\bdrools\\s*\\.", "reaches the engine's internals; rules insert findings as facts"),
            new Denied("kcontext", "\\bkcontext\\b", "reaches the engine's internals; rules insert findings as facts"));

    private static final Pattern IMPORT = Pattern.compile("(?m)^[ \\t]*import\\s[^;\\n]*;?");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9A-Fa-f]{4}");

    private DrlGuard() {
    }

    /** Whether an import target is allowed. */
    static boolean importAllowed(String target) {
        return ALLOWED_IMPORT_PREFIXES.stream().anyMatch(target::startsWith)
                && DENIED_IMPORT_PREFIXES.stream().noneMatch(target::startsWith);
    }

    /**
     * Searches one rule file for denied tokens and Unicode escapes.
     *
     * @param pkg the parsed file, to name the rule a token is in; null when it could not be parsed
     */
    static void check(String file, String text, PackageDescr pkg, List<RulesetProblem> problems) {
        Matcher escape = UNICODE_ESCAPE.matcher(text);
        while (escape.find()) {
            problems.add(problem(file, text, escape.start(), "Unicode escape " + escape.group() + " is not allowed: "
                    + "Java decodes it before reading the code, so it can hide code from review; write the character "
                    + "itself"));
        }
        // imports are checked against the allow list on their own, and not searched again here
        String code = IMPORT.matcher(codeOnly(text)).replaceAll(m -> " ".repeat(m.group().length()));
        // every denied token found, by line; one problem per line lists them all
        TreeMap<Integer, TreeMap<Integer, String>> byLine = new TreeMap<>();
        List<int[]> seen = new ArrayList<>();
        for (Denied d : DENIED) {
            Matcher m = d.pattern().matcher(code);
            while (m.find()) {
                int start = m.start();
                if (seen.stream().anyMatch(s -> s[0] <= start && start < s[1])) {
                    continue; // one token, one mention: "java.lang.reflect" is not also ".reflect."
                }
                seen.add(new int[] {start, m.end()});
                String found = m.group().replaceAll("\\s+", "");
                byLine.computeIfAbsent(lineOf(text, start), k -> new TreeMap<>()).put(start, "\"" + found + "\""
                        + (found.equals(d.token()) ? "" : " (" + d.token() + ")") + " " + d.why());
            }
        }
        byLine.forEach((line, tokens) -> problems.add(problem(file, text, tokens.firstKey(), "not allowed"
                + where(pkg, line) + ": " + String.join("; ", tokens.values())
                + ". A rule file may use only the fact model, java.time and java.util")));
    }

    private static String where(PackageDescr pkg, int line) {
        if (pkg == null) {
            return "";
        }
        for (RuleDescr rule : pkg.getRules()) {
            int end = rule.getEndLine() > 0 ? rule.getEndLine() : Integer.MAX_VALUE;
            if (line >= rule.getLine() && line <= end) {
                boolean consequence = rule.getConsequenceLine() > 0 && line >= rule.getConsequenceLine();
                return " in the " + (consequence ? "consequence (then)" : "conditions (when)") + " of rule \""
                        + rule.getName() + "\"";
            }
        }
        return "";
    }

    private static RulesetProblem problem(String file, String text, int offset, String message) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return new RulesetProblem(file, lineOf(text, offset), Integer.toString(offset - lineStart + 1), message);
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The text with comments and string and character literals replaced by spaces (line breaks kept), so that
     * offsets, lines and columns are those of the original.
     */
    static String codeOnly(String text) {
        char[] out = text.toCharArray();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    blank(out, i++);
                }
            } else if (c == '/' && next == '*') {
                blank(out, i++);
                blank(out, i++);
                while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
                    blank(out, i++);
                }
                if (i < n) {
                    blank(out, i++);
                    blank(out, i++);
                }
            } else if (c == '"' || c == '\'') {
                blank(out, i++);
                while (i < n && text.charAt(i) != c) {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        blank(out, i++);
                    }
                    blank(out, i++);
                }
                if (i < n) {
                    blank(out, i++);
                }
            } else {
                i++;
            }
        }
        return new String(out);
    }

    private static void blank(char[] out, int i) {
        if (out[i] != '\n' && out[i] != '\r') {
            out[i] = ' ';
        }
    }
}

package org.taperwise.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.taperwise.RuleInfo;
import org.taperwise.RulesetProblem;

/**
 * Compiles a ruleset's DRL files into one Drools knowledge base, built once and shared.
 *
 * <p>Before compiling, every file is parsed to check what Drools does not: each rule carries {@code @id},
 * {@code @version} and {@code @source}; ids are unique across the ruleset; files import only the fact model,
 * {@code java.time} and {@code java.util}; no {@code function}, {@code global} or {@code eval}, and no code that
 * reaches outside the fact model ({@link DrlGuard}). The knowledge base is
 * built with a {@link KnowledgeBuilder} of our own, never through the process-wide KIE repository or
 * class-path container, so loading one ruleset can never disturb another.
 */
public final class DrlCompiler {
    static final List<String> REQUIRED_METADATA = List.of("id", "version", "source");
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");

    /** The rule files as checked: what their metadata says and each rule's text. */
    public record Checked(Map<String, String> drlByPath, List<RuleInfo> rules, Map<String, RuleSource> sources) {
    }

    /** The compiled rules and what their metadata says. */
    public record Compiled(CompiledRules compiled, List<RuleInfo> rules, Map<String, RuleSource> sources) {
    }

    private DrlCompiler() {
    }

    /**
     * Parses and checks every rule file (syntax, metadata, unique ids, imports, {@link DrlGuard}) without compiling
     * anything, so it is cheap and safe to run on any folder.
     *
     * @param drlByPath rule files by their path in the ruleset folder
     * @return null when any problem was found (all are recorded)
     */
    public static Checked check(Map<String, String> drlByPath, List<RulesetProblem> problems) {
        int before = problems.size();
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        Map<String, RuleSource> sources = new HashMap<>();
        for (Map.Entry<String, String> e : drlByPath.entrySet()) {
            check(e.getKey(), e.getValue(), rules, byId, sources, problems);
        }
        // file order matters: Drools compiles each file as it is added, and later files use types earlier ones declare
        return problems.size() > before ? null : new Checked(Collections.unmodifiableMap(new TreeMap<>(drlByPath)),
                List.copyOf(rules), Map.copyOf(sources));
    }

    /**
     * Compiles checked rule files into one knowledge base. Compiling generates and loads code, so call it only on a
     * ruleset that passed every other check.
     *
     * @return null when Drools reports a problem (all are recorded, with file, line and, where known, column)
     */
    public static Compiled compile(Checked checked, ClassLoader classLoader, List<RulesetProblem> problems) {
        Map<String, String> drlByPath = checked.drlByPath();
        List<RuleInfo> rules = checked.rules();
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null,
                classLoader);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        for (Map.Entry<String, String> e : drlByPath.entrySet()) {
            Resource r = ResourceFactory.newByteArrayResource(e.getValue().getBytes(StandardCharsets.UTF_8));
            r.setSourcePath(e.getKey());
            builder.add(r, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            for (KnowledgeBuilderError err : builder.getErrors()) {
                String file = err.getResource() == null ? "rules" : err.getResource().getSourcePath();
                int[] lines = err.getLines();
                int line = lines == null || lines.length == 0 ? 0 : Math.max(0, lines[0]);
                String column = err instanceof DescrBuildError d && d.getColumn() > 0 && d.getLine() == line
                        ? Integer.toString(d.getColumn() + 1) : null;
                problems.add(new RulesetProblem(file, line, column, err.getMessage().strip()));
            }
            return null;
        }
        // immutable where the builder can say so (it is Drools' own KnowledgeBuilderImpl in every build we ship)
        KieBase kieBase = builder instanceof KnowledgeBuilderImpl impl ? impl.newKnowledgeBase(immutable())
                : builder.newKieBase();
        int compiled = 0;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            compiled += pkg.getRules().size();
        }
        if (compiled != rules.size()) {
            problems.add(RulesetProblem.ofFile("rules", "Drools compiled " + compiled + " rules but the files define "
                    + rules.size()));
            return null;
        }
        return new Compiled(new CompiledRules(kieBase), rules, checked.sources());
    }

    private static void check(String file, String text, List<RuleInfo> rules, Map<String, RuleInfo> byId,
            Map<String, RuleSource> sources, List<RulesetProblem> problems) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException e) {
            problems.add(RulesetProblem.ofFile(file, "cannot be parsed: " + e.getMessage()));
            DrlGuard.check(file, text, null, problems);
            return;
        }
        if (parser.hasErrors()) {
            for (DroolsError err : parser.getErrors()) {
                int[] lines = err.getLines();
                int line = lines == null || lines.length == 0 ? 0 : Math.max(0, lines[0]);
                String column = err instanceof ParserError pe && pe.getCol() >= 0 ? Integer.toString(pe.getCol() + 1)
                        : null;
                problems.add(new RulesetProblem(file, line, column, err.getMessage().strip()));
            }
            DrlGuard.check(file, text, null, problems);
            return;
        }
        DrlGuard.check(file, text, pkg, problems);
        if (pkg == null) {
            problems.add(RulesetProblem.ofFile(file, "is empty"));
            return;
        }
        for (ImportDescr imp : pkg.getImports()) {
            String target = imp.getTarget();
            if (!DrlGuard.importAllowed(target)) {
                problems.add(at(file, imp, "import " + target + " is not allowed: a rule file may import only "
                        + "org.taperwise.model, org.taperwise.rules, java.time and java.util (not "
                        + "java.util.concurrent, logging, prefs, zip, jar, spi, ServiceLoader, Timer, Formatter or "
                        + "ResourceBundle)"));
            }
        }
        pkg.getAccumulateImports().forEach(a -> problems.add(at(file, a, "import accumulate " + a.getTarget()
                + " is not allowed: use the built-in accumulate functions")));
        pkg.getFunctions().forEach(f -> problems.add(at(file, f, "function " + f.getName()
                + " is not allowed: put computation in Java, decisions in rules")));
        pkg.getGlobals().forEach(g -> problems.add(at(file, g, "global " + g.getIdentifier()
                + " is not allowed: rules insert findings as facts")));
        pkg.getFunctionImports().forEach(f -> problems.add(at(file, f, "import function is not allowed")));
        for (RuleDescr rule : pkg.getRules()) {
            Map<String, String> meta = new HashMap<>();
            for (String key : REQUIRED_METADATA) {
                AnnotationDescr a = rule.getAnnotation(key);
                String v = a == null ? null : a.getSingleValueAsString();
                if (v != null) {
                    v = unquote(v).strip();
                }
                if (v == null || v.isEmpty()) {
                    problems.add(at(file, rule, "rule \"" + rule.getName() + "\" has no @" + key + " metadata"));
                } else {
                    meta.put(key, v);
                }
            }
            if (meta.size() != REQUIRED_METADATA.size()) {
                continue;
            }
            RuleInfo info = new RuleInfo(meta.get("id"), meta.get("version"), rule.getName(), meta.get("source"), file,
                    rule.getLine());
            RuleInfo earlier = byId.putIfAbsent(info.id(), info);
            if (earlier != null) {
                problems.add(at(file, rule, "rule id " + info.id() + " is already used by \"" + earlier.name()
                        + "\" (" + earlier.file() + " line " + earlier.line() + ")"));
                continue;
            }
            rules.add(info);
            sources.put(info.id(), source(info.id(), text, rule));
        }
    }

    /** The rule's text, and its when and then parts, found in the text with comments and strings set aside. */
    private static RuleSource source(String id, String fileText, RuleDescr rule) {
        int start = Math.max(0, rule.getStartCharacter());
        int end = rule.getEndCharacter() > start ? Math.min(fileText.length(), rule.getEndCharacter()) : fileText.length();
        String text = fileText.substring(start, end);
        String code = DrlGuard.codeOnly(text);
        Matcher when = WHEN.matcher(code);
        Matcher then = THEN.matcher(code);
        String conditions = "";
        if (when.find() && then.find(when.end())) {
            conditions = text.substring(when.end(), then.start()).strip();
        }
        Object consequence = rule.getConsequence();
        Map<String, String> attributes = new HashMap<>();
        rule.getAttributes().forEach((name, a) -> attributes.put(name, a.getValue()));
        return new RuleSource(id, rule.getEndLine(), text, conditions,
                consequence == null ? "" : consequence.toString().strip(), attributes);
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    private static RulesetProblem at(String file, BaseDescr d, String message) {
        return RulesetProblem.at(file, Math.max(0, d.getLine()), message);
    }

    /**
     * The configuration of every knowledge base Taperwise builds: immutable, as none is changed once built (a new
     * ruleset is a new knowledge base). Drools then gives each session a plain identity fact store instead of one
     * that tracks fact classes for rules added later, which rebuilt its stores on every pooled evaluation (about a
     * tenth of the rules' samples in a profile; issue 6). {@link org.taperwise.spi.PrecompiledRules} asks the same
     * of precompiled rules.
     */
    private static KieBaseConfiguration immutable() {
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        conf.setOption(KieBaseMutabilityOption.DISABLED);
        return conf;
    }
}

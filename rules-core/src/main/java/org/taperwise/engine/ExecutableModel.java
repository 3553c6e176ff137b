package org.taperwise.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.codegen.common.GeneratedFile;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.model.codegen.execmodel.ModelBuilderImpl;
import org.drools.model.codegen.execmodel.PackageSources;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.memorycompiler.JavaConfiguration;
import org.kie.memorycompiler.KieMemoryCompiler;
import org.taperwise.RulesetProblem;

/**
 * Compiles rule files to Drools' executable model as bytecode that is <b>not yet loaded</b>: the Java sources
 * {@link ModelBuilderImpl} generates (a model class per package, a class per rule group, one class per constraint,
 * extractor and consequence, one per declared type) compiled in memory with {@link KieMemoryCompiler#compileNoLoad}.
 * Nothing here goes through the process-wide KIE repository or class-path container, and no generated rule code
 * runs: the builder defines declared types (field types and getters, no initialiser runs) in a class loader of its
 * own that is dropped afterwards. {@link RuleCodeCheck} then checks every class before {@link CheckedClassLoader}
 * defines any of them. This is what kie-maven-plugin does at build time (CanonicalModelKieProject), without a
 * KieModule around it.
 */
final class ExecutableModel {
    /**
     * The generated classes, not loaded.
     *
     * @param classes    bytecode by binary class name ({@code a.b.C$D})
     * @param modelNames the classes implementing {@code org.drools.model.Model}, one per DRL package
     */
    record Generated(Map<String, byte[]> classes, List<String> modelNames) {
    }

    /** Created on first use. */
    private static final class Log {
        static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExecutableModel.class);
    }

    /**
     * The most recent rule-file sets this process compiled and checked, by their text and class loader, so that
     * loading the same rule files again (a ruleset whose tables or profiles changed, a reviewer's verify, diff and
     * catalogue of one folder) loads the checked classes again instead of generating and compiling them again. Only
     * classes that passed {@link RuleCodeCheck} are kept; each load still defines them in a class loader of its own.
     */
    private static final int CACHED = 4;
    private static final Map<List<Object>, Generated> CHECKED = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Generated> eldest) {
            return size() > CACHED;
        }
    };

    private ExecutableModel() {
    }

    /** The checked classes of exactly these rule files and class loader, when this process already has them. */
    static Generated checked(Map<String, String> drlByPath, ClassLoader classLoader) {
        synchronized (CHECKED) {
            return CHECKED.get(key(drlByPath, classLoader));
        }
    }

    /** Remembers classes that passed {@link RuleCodeCheck}. */
    static void rememberChecked(Map<String, String> drlByPath, ClassLoader classLoader, Generated generated) {
        synchronized (CHECKED) {
            CHECKED.put(key(drlByPath, classLoader), generated);
        }
    }

    private static List<Object> key(Map<String, String> drlByPath, ClassLoader classLoader) {
        return List.of(new TreeMap<>(drlByPath), System.identityHashCode(classLoader), String.valueOf(classLoader));
    }

    /**
     * @param classLoader where the fact model is found; generated code is compiled against it
     * @return null when Drools reports a problem (all recorded with file, line and, where known, column)
     */
    static Generated generate(Map<String, String> drlByPath, ClassLoader classLoader, List<RulesetProblem> problems) {
        KnowledgeBuilderConfigurationImpl conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null,
                classLoader).as(KnowledgeBuilderConfigurationImpl.KEY);
        ModelBuilderImpl<PackageSources> builder = new ModelBuilderImpl<>(PackageSources::dumpSources, conf,
                KieServices.get().newReleaseId("org.taperwise", "folder-ruleset", "1"), false);
        CompositeKnowledgeBuilder batch = builder.batch();
        for (Map.Entry<String, String> e : drlByPath.entrySet()) {
            Resource r = ResourceFactory.newByteArrayResource(e.getValue().getBytes(StandardCharsets.UTF_8));
            r.setSourcePath(e.getKey());
            batch.add(r, ResourceType.DRL);
        }
        long t0 = System.nanoTime();
        try {
            batch.build();
        } catch (RuntimeException e) {
            problems.add(RulesetProblem.ofFile("rules", "cannot be compiled: " + firstLine(e.toString())));
            return null;
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
        long t1 = System.nanoTime();
        Map<String, String> sources = new TreeMap<>();
        List<String> models = new ArrayList<>();
        Collection<PackageSources> packages = builder.getPackageSources();
        for (PackageSources p : packages) {
            List<GeneratedFile> files = new ArrayList<>();
            p.collectGeneratedFiles(files);
            for (GeneratedFile f : files) {
                String path = f.relativePath().replace('\\', '/');
                if (path.endsWith(".java")) {
                    sources.put(path.substring(0, path.length() - 5).replace('/', '.'),
                            new String(f.contents(), StandardCharsets.UTF_8));
                }
            }
            models.addAll(p.getModelNames());
        }
        Map<String, byte[]> classes;
        try {
            // Eclipse's compiler (drools-ecj, which Drools brings), as kie-maven-plugin uses: it reads the classes it
            // compiles against through the class loader, with no module path to set up
            classes = KieMemoryCompiler.compileNoLoad(sources, classLoader, JavaConfiguration.CompilerType.ECLIPSE);
        } catch (RuntimeException e) {
            problems.add(RulesetProblem.ofFile("rules", "the generated rule code cannot be compiled: "
                    + firstLine(e.getMessage() == null ? e.toString() : e.getMessage())));
            return null;
        }
        Log.LOG.debug("Rule files compiled to the executable model in {} ms, its {} Java sources in {} ms",
                (t1 - t0) / 1_000_000, sources.size(), (System.nanoTime() - t1) / 1_000_000);
        Map<String, byte[]> byName = new TreeMap<>();
        classes.forEach((name, bytes) -> byName.put(name.replace('/', '.'), bytes));
        return new Generated(Map.copyOf(byName), List.copyOf(models));
    }

    /**
     * Loads checked classes and builds an immutable knowledge base from their models. Loading runs the generated
     * static initialisers (lambda singletons, the rules' definitions): call it only after {@link RuleCodeCheck}.
     */
    static KieBase load(Generated generated, CheckedClassLoader loader, KieBaseConfiguration conf) {
        List<Model> models = new ArrayList<>();
        for (String name : generated.modelNames()) {
            try {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("the generated rule model " + name + " cannot be created: " + e, e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models, conf);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}

package org.taperwise.engine;

import org.taperwise.files.RulesetSource;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taperwise.RuleInfo;
import org.taperwise.spi.PrecompiledRules;

/**
 * Rules compiled at build time for a packaged ruleset: started in the background as soon as a load begins (building
 * the knowledge base overlaps with reading and checking the files), and used only when they are exactly the rules
 * the ruleset's files define.
 */
public final class Precompiled {
    /** Created on first use, so that starting a load (and the precompiled rules' thread) waits for no logging set-up. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(Precompiled.class);
    }

    private final String folder;
    private final CompletableFuture<KieBase> kieBase;
    private final String ruleIndex;

    private Precompiled(String folder, CompletableFuture<KieBase> kieBase, String ruleIndex) {
        this.folder = folder;
        this.kieBase = kieBase;
        this.ruleIndex = ruleIndex;
    }

    /** Builds a provider's knowledge base; tests of this package replace it to stand in for generated models. */
    static Function<PrecompiledRules, KieBase> models = Precompiled::fromModels;

    /** Instantiates the provider's generated model classes and builds an immutable knowledge base from them. */
    static KieBase fromModels(PrecompiledRules provider) {
        ClassLoader loader = provider.getClass().getClassLoader();
        List<Model> models = new ArrayList<>();
        for (String name : provider.modelClassNames()) {
            try {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("the generated rule model " + name + " cannot be created: " + e, e);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException(provider.getClass().getName() + " lists no rule model");
        }
        return KieBaseBuilder.createKieBaseFromModel(models, KieBaseMutabilityOption.DISABLED);
    }

    /** Starts building the precompiled rules of this class-path source, if a provider has them; else null. */
    public static Precompiled start(RulesetSource source, ClassLoader classLoader) {
        String folder = source.classpathFolder();
        if (folder == null) {
            return null;
        }
        try {
            for (PrecompiledRules p : ServiceLoader.load(PrecompiledRules.class, classLoader)) {
                if (folder.equals(p.classpathFolder())) {
                    return new Precompiled(folder, Background.run("taperwise-precompiled-rules", () -> {
                        KieBase base = models.apply(p);
                        // one empty session loads the session classes now rather than in the first evaluation
                        base.newStatelessKieSession().execute(List.of());
                        return base;
                    }), readIndex(p.ruleIndexResource(), classLoader));
                }
            }
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            Log.LOG.warn("The precompiled rules of {} could not be found ({}); compiling the rule files instead", folder,
                    e.toString());
        }
        return null;
    }

    private static String readIndex(String resource, ClassLoader classLoader) {
        if (resource == null) {
            return null;
        }
        try (java.io.InputStream in = classLoader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The build-time check of exactly these rule files; null when there is none or any file differs. */
    public DrlCompiler.Checked indexed(java.util.Map<String, String> drlByPath, java.util.Map<String, String> sha256ByPath) {
        DrlCompiler.Checked checked = ruleIndex == null ? null : RuleIndex.read(ruleIndex, drlByPath, sha256ByPath);
        if (checked == null && ruleIndex != null) {
            Log.LOG.warn("The rule index of {} does not match its rule files; parsing them instead", folder);
        }
        return checked;
    }

    /** The precompiled rules, when they are exactly the checked files' rules; null to compile the files. */
    public DrlCompiler.Compiled use(DrlCompiler.Checked checked) {
        KieBase base;
        try {
            base = kieBase.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            Log.LOG.warn("The precompiled rules of {} could not be used ({}); compiling the rule files instead", folder,
                    e.getCause().toString());
            return null;
        }
        Set<String> precompiled = identities(base);
        Set<String> defined = new TreeSet<>();
        for (RuleInfo r : checked.rules()) {
            defined.add(r.id() + " " + r.version() + " " + r.name());
        }
        if (precompiled.equals(defined)) {
            Log.LOG.debug("Using the precompiled rules of {}", folder);
            return new DrlCompiler.Compiled(new CompiledRules(base), checked.rules(), checked.sources());
        }
        Set<String> stale = new TreeSet<>(precompiled);
        stale.removeAll(defined);
        Set<String> missing = new TreeSet<>(defined);
        missing.removeAll(precompiled);
        Log.LOG.warn("The precompiled rules of {} differ from its rule files (only precompiled: {}; only in the files: {});"
                + " compiling the files instead", folder, stale, missing);
        return null;
    }

    /** "id version name" of every rule in the knowledge base. */
    private static Set<String> identities(KieBase kieBase) {
        Set<String> out = new TreeSet<>();
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            rules.addAll(pkg.getRules());
        }
        for (Rule r : rules) {
            out.add(r.getMetaData().get("id") + " " + r.getMetaData().get("version") + " " + r.getName());
        }
        return out;
    }
}

package org.taperwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.taperwise.Ruleset;
import org.taperwise.TestRulesets;
import org.taperwise.loader.LoadedRulesets;
import org.taperwise.spi.PrecompiledRules;
import java.util.List;

/**
 * A packaged ruleset uses rules compiled at build time only when they are exactly the rules its files define, and
 * a build-time rule index only when every rule file's hash matches it; otherwise it compiles and parses the files.
 */
class PrecompiledRulesTest {
    /** A provider for the class path folder {@code rulesets/m} whose behaviour each test sets. */
    public static final class Provider implements PrecompiledRules {
        static KieBase kieBase;
        static RuntimeException failure;
        static String index;

        @Override
        public String classpathFolder() {
            return "rulesets/m";
        }

        @Override
        public List<String> modelClassNames() {
            return List.of("stands.in.for.a.generated.Model");
        }

        /** What the engine builds from this provider's models: the minimal ruleset's rules, or a failure. */
        static KieBase build(PrecompiledRules p) {
            if (failure != null) {
                throw failure;
            }
            return kieBase;
        }

        @Override
        public String ruleIndexResource() {
            return index;
        }
    }

    @TempDir
    Path tmp;
    private URLClassLoader loader;

    @BeforeEach
    void packageTheMinimalRuleset() throws IOException {
        Files.createDirectories(tmp.resolve("rulesets"));
        Files.move(TestRulesets.copyOfMinimal(tmp.resolve("copy")), tmp.resolve("rulesets/m"));
        Path services = tmp.resolve("META-INF/services/" + PrecompiledRules.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, Provider.class.getName() + "\n");
        loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader());
        Provider.kieBase = kieBase(TestRulesets.minimal());
        Precompiled.models = Provider::build;
        Provider.failure = null;
        Provider.index = null;
    }

    @AfterEach
    void close() throws IOException {
        Precompiled.models = Precompiled::fromModels;
        loader.close();
    }

    private Ruleset load() {
        return Ruleset.loader().fromClasspath("rulesets/m", loader);
    }

    private void bumpRuleVersion(Path folder) throws IOException {
        Path drl = folder.resolve("rules/dose.drl");
        Files.writeString(drl, Files.readString(drl).replace("@id(\"T-01\") @version(\"1.0.0\")",
                "@id(\"T-01\") @version(\"1.0.1\")"));
        Ruleset.updateManifest(folder);
    }

    @Test
    void theSameRules_areUsedAsPrecompiled() {
        Ruleset r = load();
        assertSame(Provider.kieBase, kieBase(r));
        assertEquals(TestRulesets.minimal().rules(), r.rules());
    }

    @Test
    void precompiledRulesThatDifferFromTheFiles_areNotUsed_theFilesAreCompiled() throws IOException {
        bumpRuleVersion(tmp.resolve("rulesets/m"));
        Ruleset r = load();
        assertNotSame(Provider.kieBase, kieBase(r));
        assertTrue(r.rules().stream().anyMatch(x -> x.id().equals("T-01") && x.version().equals("1.0.1")));
    }

    @Test
    void precompiledRulesThatFail_areNotUsed_theFilesAreCompiled() {
        Provider.failure = new IllegalStateException("no model");
        Ruleset r = load();
        assertNotSame(Provider.kieBase, kieBase(r));
        assertEquals(TestRulesets.minimal().rules().size(), r.rules().size());
    }

    @Test
    void aRuleIndex_isUsedOnlyWhileEveryRuleFileMatchesIt() throws IOException {
        // an index written for these files, with a marker in one rule's source so that its use can be seen
        Path folder = tmp.resolve("rulesets/m");
        Path index = tmp.resolve("index.json");
        org.taperwise.engine.RuleIndex.main(new String[] {folder.toString(), index.toString()});
        String json = Files.readString(index, StandardCharsets.UTF_8).replace("\"source\" : \"test fixture\"",
                "\"source\" : \"from the index\"");
        Files.writeString(index, json, StandardCharsets.UTF_8);
        Provider.index = "index.json";
        assertTrue(load().rules().stream().allMatch(x -> x.source().equals("from the index")));

        bumpRuleVersion(folder);
        Ruleset edited = load();
        assertTrue(edited.rules().stream().allMatch(x -> x.source().equals("test fixture")), "parsed again");
        assertTrue(edited.rules().stream().anyMatch(x -> x.version().equals("1.0.1")));
    }

    @Test
    void aFolderOnDisk_neverUsesPrecompiledRules() {
        Ruleset r = Ruleset.loader().fromDirectory(tmp.resolve("rulesets/m"));
        assertNotSame(Provider.kieBase, kieBase(r));
    }

    private static KieBase kieBase(Ruleset r) {
        return LoadedRulesets.of(r).compiledRules().kieBase();
    }
}

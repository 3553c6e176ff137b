package org.taperwise.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.taperwise.spi.PrecompiledRules;

/**
 * The built-in ruleset's rules as compiled at build time by kie-maven-plugin (the Drools executable model), so
 * that {@code Ruleset.builtin()} need not compile its rule files at run time.
 */
public final class BuiltinRules implements PrecompiledRules {
    /** Written by kie-maven-plugin: the generated model classes, one per line, after a version line. */
    static final String MODEL_LIST = "META-INF/kie/org.taperwise/rules-library/drools-model";

    @Override
    public String classpathFolder() {
        return "taperwise/rulesets/builtin";
    }

    @Override
    public String ruleIndexResource() {
        return "META-INF/taperwise/builtin-rule-index.json";
    }

    @Override
    public KieBase kieBase() {
        ClassLoader loader = BuiltinRules.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(MODEL_LIST)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_LIST + " is not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
                    continue;
                }
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a generated rule model cannot be created: " + e, e);
        }
        if (models.isEmpty()) {
            throw new IllegalStateException(MODEL_LIST + " lists no model");
        }
        return KieBaseBuilder.createKieBaseFromModel(models, KieBaseMutabilityOption.DISABLED);
    }
}

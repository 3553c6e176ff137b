package org.taperwise.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    public List<String> modelClassNames() {
        List<String> names = new ArrayList<>();
        try (InputStream in = BuiltinRules.class.getClassLoader().getResourceAsStream(MODEL_LIST)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_LIST + " is not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}

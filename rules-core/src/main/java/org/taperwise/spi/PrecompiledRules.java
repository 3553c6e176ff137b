package org.taperwise.spi;

import java.util.List;

/**
 * Rules of a packaged ruleset compiled at build time (the Drools executable model), found with
 * {@link java.util.ServiceLoader}. Loading that ruleset from the class path then skips compiling its rule files,
 * which is most of the time to the first decision. rules-library provides one for the built-in ruleset.
 *
 * <p>The provider names the generated classes; the engine instantiates them from the provider's class loader and
 * builds the knowledge base itself, so no engine type appears here. The loader still reads, hashes and checks every
 * file of the folder, parses every rule file for its rules and metadata, and uses the precompiled rules only when
 * they are exactly the rules the files define (same ids, versions and names); otherwise it compiles the files and
 * logs a warning.
 */
public interface PrecompiledRules {
    /** The class-path folder the rules were compiled from, e.g. {@code taperwise/rulesets/builtin}. */
    String classpathFolder();

    /**
     * The fully qualified names of the generated rule model classes (each implements Drools'
     * {@code org.drools.model.Model} and has a public no-argument constructor), as kie-maven-plugin lists them.
     * Called once per load, on a background thread.
     */
    List<String> modelClassNames();

    /**
     * The class-path resource holding the build-time check of the rule files (written by the build's rule index
     * step), used when every rule file's SHA-256 matches it; null for none.
     */
    default String ruleIndexResource() {
        return null;
    }
}

package org.taperwise.spi;

import org.kie.api.KieBase;

/**
 * Rules of a packaged ruleset compiled at build time (the Drools executable model), found with
 * {@link java.util.ServiceLoader}. Loading that ruleset from the class path then skips compiling its rule files,
 * which is most of the time to the first decision. rules-library provides one for the built-in ruleset.
 *
 * <p>The loader still reads, hashes and checks every file of the folder, parses every rule file for its rules and
 * metadata, and uses the precompiled rules only when they are exactly the rules the files define (same ids,
 * versions and names); otherwise it compiles the files and logs a warning.
 */
public interface PrecompiledRules {
    /** The class-path folder the rules were compiled from, e.g. {@code taperwise/rulesets/builtin}. */
    String classpathFolder();

    /**
     * Builds a knowledge base from the precompiled rules. Called once per load; may be slow the first time. Build it
     * immutable ({@code KieBaseMutabilityOption.DISABLED}), as the engine does with rules it compiles: nothing is
     * added to it later, and sessions of an immutable knowledge base use a cheaper fact store.
     */
    KieBase kieBase();

    /**
     * The class-path resource holding the build-time check of the rule files (written by
     * {@code org.taperwise.internal.RuleIndex}), used when every rule file's SHA-256 matches it; null for none.
     */
    default String ruleIndexResource() {
        return null;
    }
}

package org.taperwise.loader;

import java.util.function.Function;

/**
 * How Taperwise's own packages reach the checked content behind a public {@code org.taperwise.Ruleset}, which keeps
 * it private so that hosts cannot. {@code Ruleset} registers the only accessor when its class is initialised; any
 * later registration is refused. (The JDK's own "shared secrets" work the same way.)
 */
public final class LoadedRulesets {
    private static volatile Function<Object, LoadedRuleset> unwrap;

    private LoadedRulesets() {
    }

    /** Called once, by {@code org.taperwise.Ruleset}'s static initialiser. */
    public static synchronized void unwrapWith(Function<Object, LoadedRuleset> accessor) {
        if (unwrap != null) {
            throw new IllegalStateException("the ruleset accessor is already registered");
        }
        unwrap = accessor;
    }

    /** What the given {@code org.taperwise.Ruleset} loaded. */
    public static LoadedRuleset of(Object ruleset) {
        Function<Object, LoadedRuleset> f = unwrap;
        if (f == null) {
            throw new IllegalStateException("org.taperwise.Ruleset has not registered its accessor");
        }
        return f.apply(ruleset);
    }
}

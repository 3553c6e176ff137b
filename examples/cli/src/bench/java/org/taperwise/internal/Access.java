package org.taperwise.internal;

import org.taperwise.loader.LoadedRuleset;
import java.lang.reflect.Method;
import org.taperwise.Ruleset;

/** The loaded form of a ruleset, for the benchmarks in this package. */
final class Access {
    private Access() {
    }

    static LoadedRuleset loaded(Ruleset r) {
        try {
            Method m = Ruleset.class.getDeclaredMethod("loaded");
            m.setAccessible(true);
            return (LoadedRuleset) m.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

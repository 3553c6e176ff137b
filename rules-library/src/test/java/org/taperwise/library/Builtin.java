package org.taperwise.library;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.taperwise.Ruleset;
import org.taperwise.TaperwiseEngine;

/** The built-in ruleset, compiled once for the whole test run, and an engine per profile. */
final class Builtin {
    static final Ruleset RULESET = Ruleset.builtin();
    private static final Map<String, TaperwiseEngine> ENGINES = new ConcurrentHashMap<>();

    private Builtin() {
    }

    static TaperwiseEngine engine(String profile) {
        return ENGINES.computeIfAbsent(profile, p -> TaperwiseEngine.builder().ruleset(RULESET).profile(p).build());
    }

    static TaperwiseEngine uk() {
        return engine("uk-opioids-aware");
    }
}

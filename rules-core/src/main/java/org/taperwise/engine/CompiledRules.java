package org.taperwise.engine;

import java.util.List;
import org.kie.api.KieBase;

/**
 * A ruleset's compiled rules, ready to run: the knowledge base and the pool of sessions over it. The rest of
 * Taperwise holds rules only as this type, so nothing outside this package sees a Drools type. Immutable and safe
 * for any number of threads.
 */
public final class CompiledRules {
    private final KieBase kieBase;
    private final RuleSessions sessions;

    CompiledRules(KieBase kieBase) {
        this.kieBase = kieBase;
        this.sessions = new RuleSessions(kieBase);
    }

    /** Runs every rule over one patient's facts. */
    public RuleRunner.Outcome run(List<Object> facts) {
        return RuleRunner.run(sessions, facts);
    }

    KieBase kieBase() {
        return kieBase;
    }
}

package org.taperwise.engine;

import java.util.List;
import org.kie.api.KieBase;
import org.taperwise.EvaluationLimits;

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

    /** Runs every rule over one patient's facts, within the default {@link EvaluationLimits}. */
    public RuleRunner.Outcome run(List<Object> facts) {
        return run(facts, EvaluationLimits.defaults());
    }

    /**
     * Runs every rule over one patient's facts.
     *
     * @throws org.taperwise.EvaluationException when a rule fails or the evaluation exceeds a limit
     */
    public RuleRunner.Outcome run(List<Object> facts, EvaluationLimits limits) {
        return RuleRunner.run(sessions, facts, limits);
    }

    KieBase kieBase() {
        return kieBase;
    }
}

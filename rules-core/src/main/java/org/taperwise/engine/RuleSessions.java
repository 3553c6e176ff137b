package org.taperwise.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Sessions of one knowledge base, reused: each evaluation borrows a session from a pool, inserts its facts, fires
 * the rules and gives the session back reset. Creating a fresh session per evaluation rebuilds every node memory,
 * about a third of the rules' cost (shared/research/drools.md section 5: a pool is about 1.6 times faster). Safe
 * for any number of threads: a borrowed session is used by one thread only.
 *
 * <p>Not done, for a reason: sessions made without Drools' thread safety ({@code ThreadSafeOption.NO}) would skip
 * a compare-and-set propagation queue and atomic counters (about 4% of a five-order patient's time), but in Drools
 * 10.2 such sessions reuse one facts array per rule consequence ({@code LambdaConsequence}, which belongs to the
 * knowledge base and so to every session at once): with two threads evaluating at once, consequences failed with a
 * NullPointerException on the match and assessments differed (PooledSessionsTest and the byte-for-byte comparison
 * of screen's output caught it, issue 16).
 */
final class RuleSessions {
    /** What the audit records of a rule, read once per rule instead of at every firing and insert. */
    record RuleMeta(String id, String version, String source, String name) {
    }

    private final KieBase kieBase;
    private final KieSessionsPool pool;
    private final Map<Rule, RuleMeta> meta = new ConcurrentHashMap<>();

    RuleSessions(KieBase kieBase) {
        this.kieBase = kieBase;
        this.pool = kieBase.newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** The audit's metadata of a rule of this knowledge base. */
    RuleMeta meta(Rule rule) {
        RuleMeta m = meta.get(rule);
        if (m == null) {
            m = new RuleMeta(value(rule, "id"), value(rule, "version"), value(rule, "source"), rule.getName());
            meta.putIfAbsent(rule, m);
        }
        return m;
    }

    private static String value(Rule rule, String key) {
        Object v = rule.getMetaData().get(key);
        return v == null ? null : v.toString();
    }

    /** Inserts the facts, fires every rule, and reports to the listeners; the session is reset afterwards. */
    <L extends AgendaEventListener & RuleRuntimeEventListener> void run(List<Object> facts, L listener) {
        KieSession session = pool.newKieSession();
        try {
            session.addEventListener((AgendaEventListener) listener);
            session.addEventListener((RuleRuntimeEventListener) listener);
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
        } finally {
            session.removeEventListener((AgendaEventListener) listener);
            session.removeEventListener((RuleRuntimeEventListener) listener);
            session.dispose();
        }
    }
}

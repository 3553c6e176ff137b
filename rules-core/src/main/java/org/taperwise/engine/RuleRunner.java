package org.taperwise.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.taperwise.EvaluationException;
import org.taperwise.EvaluationLimits;
import org.taperwise.rules.EligibilityFinding;
import org.taperwise.rules.FlagFinding;

/**
 * Runs the rules over one patient's facts in a session borrowed from the ruleset's pool ({@link RuleSessions}) and
 * records, per call, which rules fired and which rule inserted each finding. Nothing of one call is seen by another:
 * a session is reset before it is lent again.
 */
public final class RuleRunner {
    /** A finding with the metadata of the rule that inserted it. */
    public record Stamped<T>(T finding, String ruleId, String ruleVersion, String source) {
    }

    /** What one run produced. {@code fired} is keyed by rule id, in first-firing order. */
    public record Outcome(List<Stamped<FlagFinding>> flags, List<Stamped<EligibilityFinding>> reasons,
            Map<String, FiredCount> fired, List<Stamped<Object>> inserted) {

        /** The first inserted finding of this type, with its rule; null when none. */
        @SuppressWarnings("unchecked")
        public <T> Stamped<T> first(Class<T> type) {
            for (Stamped<Object> s : inserted) {
                if (type.isInstance(s.finding())) {
                    return (Stamped<T>) s;
                }
            }
            return null;
        }
    }

    /** How often a rule fired in one run. */
    public static final class FiredCount {
        private final String id;
        private final String version;
        private final String name;
        private int times;

        FiredCount(String id, String version, String name) {
            this.id = id;
            this.version = version;
            this.name = name;
        }

        public String id() {
            return id;
        }

        public String version() {
            return version;
        }

        public String name() {
            return name;
        }

        public int times() {
            return times;
        }
    }

    private RuleRunner() {
    }

    static Outcome run(RuleSessions sessions, List<Object> facts, EvaluationLimits limits) {
        Audit audit = new Audit(EvaluationBudget.start(limits), sessions);
        try {
            sessions.run(facts, audit);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            EvaluationBudget.Exceeded exceeded = exceeded(e);
            if (exceeded != null) {
                throw new EvaluationException("rules stopped" + audit.where() + ": " + exceeded.getMessage(), exceeded);
            }
            throw new EvaluationException("rules failed" + audit.where() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())), e);
        } finally {
            EvaluationBudget.end();
        }
        return new Outcome(audit.flags, audit.reasons, audit.fired, audit.inserted);
    }

    /** The limit that stopped the rules, however Drools wrapped it; null when none did. */
    private static EvaluationBudget.Exceeded exceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EvaluationBudget.Exceeded x) {
                return x;
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    static final class Audit extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        final List<Stamped<FlagFinding>> flags = new ArrayList<>();
        final List<Stamped<EligibilityFinding>> reasons = new ArrayList<>();
        final Map<String, FiredCount> fired = new LinkedHashMap<>();
        final List<Stamped<Object>> inserted = new ArrayList<>();
        private final EvaluationBudget budget;
        private final RuleSessions rules;
        /** The rule firing now, and the last one that finished firing: what a failure names. */
        private Rule firing;
        private Rule lastRule;

        Audit(EvaluationBudget budget, RuleSessions rules) {
            this.budget = budget;
            this.rules = rules;
        }

        /** " in rule ID \"name\"" for the rule firing (else the last that fired); empty before any. */
        String where() {
            Rule r = firing != null ? firing : lastRule;
            if (r == null) {
                return " before any rule fired";
            }
            return (firing != null ? " in rule " : " after rule ") + rules.meta(r).id() + " \"" + r.getName() + "\"";
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = event.getMatch().getRule();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Rule rule = event.getMatch().getRule();
            lastRule = rule;
            firing = null;
            RuleSessions.RuleMeta m = rules.meta(rule);
            FiredCount count = fired.get(m.id());
            if (count == null) {
                count = new FiredCount(m.id(), m.version(), m.name());
                fired.put(m.id(), count);
            }
            count.times++;
            budget.fired();
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Rule rule = event.getRule();
            if (rule == null) {
                return;
            }
            Object o = event.getObject();
            RuleSessions.RuleMeta m = rules.meta(rule);
            inserted.add(new Stamped<>(o, m.id(), m.version(), m.source()));
            if (o instanceof FlagFinding f) {
                flags.add(new Stamped<>(f, m.id(), m.version(), m.source()));
            } else if (o instanceof EligibilityFinding r) {
                reasons.add(new Stamped<>(r, m.id(), m.version(), m.source()));
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // findings are immutable; nothing to record
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            // a finding a rule retracts is no longer part of the result
            Object o = event.getOldObject();
            inserted.removeIf(x -> x.finding() == o);
            flags.removeIf(x -> x.finding() == o);
            reasons.removeIf(x -> x.finding() == o);
        }
    }
}

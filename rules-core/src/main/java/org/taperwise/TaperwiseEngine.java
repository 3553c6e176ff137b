package org.taperwise;

import java.util.List;
import java.util.Objects;
import org.taperwise.evaluation.Validator;
import org.taperwise.evaluation.Evaluator;
import org.taperwise.tables.Profile;
import org.taperwise.model.Assessment;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.RulesetInfo;

/**
 * The front door: evaluates patient facts into an assessment with eligibility, morphine equivalent, flags and
 * audit. Immutable and thread-safe; build one and share it. Each evaluation runs in its own short-lived rules
 * session and keeps nothing afterwards.
 *
 * <pre>{@code
 * TaperwiseEngine engine = TaperwiseEngine.builder().build();   // built-in ruleset, its default profile
 * Assessment a = engine.evaluate(facts);
 * if (a.hasFlag(FlagCode.HIGH_DOSE)) { ... }
 * }</pre>
 */
public final class TaperwiseEngine {
    private final Ruleset ruleset;
    private final Profile defaultProfile;
    private final EvaluationLimits limits;

    private TaperwiseEngine(Ruleset ruleset, Profile defaultProfile, EvaluationLimits limits) {
        this.ruleset = ruleset;
        this.defaultProfile = defaultProfile;
        this.limits = limits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates with the engine's profile.
     *
     * @throws InvalidInputException when the facts break the contract (every problem listed; nothing evaluated)
     * @throws EvaluationException   when a rule fails, or the rules exceed the engine's {@link #limits()} (the
     *                               message names the rule that was firing)
     */
    public Assessment evaluate(PatientFacts facts) {
        Objects.requireNonNull(facts, "facts");
        return Evaluator.evaluate(ruleset.loaded(), defaultProfile, facts, limits);
    }

    /**
     * As {@link #evaluate(PatientFacts)} of facts already checked against the contract ({@link ValidFacts#of}): the
     * same assessment, or the same problems, without checking the contract a second time.
     *
     * @throws InvalidInputException when the facts break the default profile (the taper request's policy)
     * @throws EvaluationException   as {@link #evaluate(PatientFacts)}
     */
    public Assessment evaluate(ValidFacts facts) {
        Objects.requireNonNull(facts, "facts");
        return Evaluator.evaluateContractChecked(ruleset.loaded(), defaultProfile, facts.facts(), limits);
    }

    /**
     * Evaluates with another profile of the same ruleset.
     *
     * @throws IllegalArgumentException when the ruleset has no such profile
     */
    public Assessment evaluate(PatientFacts facts, String profileId) {
        Objects.requireNonNull(facts, "facts");
        return Evaluator.evaluate(ruleset.loaded(), profile(ruleset, profileId), facts, limits);
    }

    /**
     * Every problem that would make {@link #evaluate(PatientFacts)} refuse these facts (the same checks, in the same
     * words: path, value, expected), without evaluating them; empty when they can be evaluated. Use it to check a
     * batch before evaluating any of it.
     */
    public List<Problem> validate(PatientFacts facts) {
        Objects.requireNonNull(facts, "facts");
        return List.copyOf(Validator.validate(facts, defaultProfile));
    }

    /** The ruleset this engine evaluates with. */
    public Ruleset ruleset() {
        return ruleset;
    }

    /** Id, version and hash of the ruleset, as assessments report them. */
    public RulesetInfo rulesetInfo() {
        return ruleset.info();
    }

    /** How many rule firings and how much time one evaluation may take. */
    public EvaluationLimits limits() {
        return limits;
    }

    /** The profile used by {@link #evaluate(PatientFacts)}. */
    public String profile() {
        return defaultProfile.id();
    }

    private static Profile profile(Ruleset ruleset, String id) {
        Objects.requireNonNull(id, "profileId");
        Profile p = ruleset.loaded().profile(id);
        if (p == null) {
            throw new IllegalArgumentException("ruleset " + ruleset.info().id() + " has no profile \"" + id
                    + "\"; it has: " + String.join(", ", ruleset.profiles()));
        }
        return p;
    }

    /** Configures an engine. Each method checks its argument; {@link #build()} loads what is still missing. */
    public static final class Builder {
        private Ruleset ruleset;
        private String profile;
        private EvaluationLimits limits = EvaluationLimits.defaults();

        private Builder() {
        }

        /** The ruleset to evaluate with; the built-in one when not set. */
        public Builder ruleset(Ruleset ruleset) {
            this.ruleset = Objects.requireNonNull(ruleset, "ruleset");
            return this;
        }

        /**
         * The profile to evaluate with; the ruleset's default profile when not set. Checked against the ruleset
         * at {@link #build()}.
         *
         * @throws IllegalArgumentException when {@code profileId} is blank
         */
        public Builder profile(String profileId) {
            Objects.requireNonNull(profileId, "profileId");
            if (profileId.isBlank()) {
                throw new IllegalArgumentException("profileId is blank");
            }
            this.profile = profileId;
            return this;
        }

        /**
         * The most rule firings one evaluation may make ({@value EvaluationLimits#DEFAULT_MAX_RULE_FIRINGS} when not
         * set); more fails that evaluation with an {@link EvaluationException} naming the rule.
         *
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxRuleFirings(int maxRuleFirings) {
            this.limits = new EvaluationLimits(maxRuleFirings, limits.timeBudget());
            return this;
        }

        /**
         * How long one evaluation's rules may run (2 seconds when not set); longer fails that evaluation with an
         * {@link EvaluationException} naming the rule.
         *
         * @throws IllegalArgumentException when not positive
         */
        public Builder timeBudget(java.time.Duration timeBudget) {
            this.limits = new EvaluationLimits(limits.maxRuleFirings(), Objects.requireNonNull(timeBudget,
                    "timeBudget"));
            return this;
        }

        /** Both limits at once. */
        public Builder limits(EvaluationLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * @throws RulesetException         when the built-in ruleset is needed and cannot be loaded
         * @throws IllegalArgumentException when the profile is not in the ruleset
         */
        public TaperwiseEngine build() {
            Ruleset r = ruleset != null ? ruleset : Ruleset.builtin();
            return new TaperwiseEngine(r, TaperwiseEngine.profile(r, profile != null ? profile : r.defaultProfile()),
                    limits);
        }
    }
}

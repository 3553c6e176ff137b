package org.taperwise.evaluation;

import org.taperwise.engine.RuleRunner;
import org.taperwise.loader.LoadedRuleset;
import org.taperwise.tables.Profile;
import org.taperwise.taper.TaperAssembler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taperwise.EvaluationLimits;
import org.taperwise.InvalidInputException;
import org.taperwise.Problem;
import org.taperwise.model.Assessment;
import org.taperwise.model.Eligibility;
import org.taperwise.model.EligibilityReason;
import org.taperwise.model.EligibilityStatus;
import org.taperwise.model.FiredRule;
import org.taperwise.model.Flag;
import org.taperwise.model.MmeItem;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.ReasonCode;
import org.taperwise.rules.EligibilityFinding;
import org.taperwise.rules.FlagFinding;
import org.taperwise.model.FlagParameter;
import org.taperwise.rules.TaperDecision;
import org.taperwise.rules.TaperPolicyChoice;
import org.taperwise.model.Taper;

/**
 * One evaluation: validate, normalise, run the rules, assemble the assessment. Stateless; every call builds its
 * own facts and borrows a session of its own from the ruleset's pool, so one evaluator serves any number of threads.
 */
public final class Evaluator {
    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

    private Evaluator() {
    }

    /**
     * @throws InvalidInputException when the facts break the contract; nothing is evaluated
     */
    public static Assessment evaluate(LoadedRuleset ruleset, Profile profile, PatientFacts facts) {
        return evaluate(ruleset, profile, facts, EvaluationLimits.defaults());
    }

    /**
     * @param limits how many rule firings and how much time the rules may take
     * @throws InvalidInputException when the facts break the contract; nothing is evaluated
     */
    public static Assessment evaluate(LoadedRuleset ruleset, Profile profile, PatientFacts facts,
            EvaluationLimits limits) {
        List<Problem> problems = Validator.validate(facts, profile);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return evaluateValid(ruleset, profile, facts, limits);
    }

    /**
     * As {@link #evaluate(LoadedRuleset, Profile, PatientFacts, EvaluationLimits)} of facts already checked against
     * the contract ({@code org.taperwise.ValidFacts}, which only makes one after the check): only the check against
     * the profile is left to run.
     *
     * @throws InvalidInputException when the facts break the profile (the taper request's policy)
     */
    public static Assessment evaluateContractChecked(LoadedRuleset ruleset, Profile profile, PatientFacts facts,
            EvaluationLimits limits) {
        List<Problem> problems = Validator.validateAgainstProfile(facts, profile);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return evaluateValid(ruleset, profile, facts, limits);
    }

    /** Evaluates facts already known to be valid. */
    private static Assessment evaluateValid(LoadedRuleset ruleset, Profile profile, PatientFacts facts,
            EvaluationLimits limits) {
        long start = LOG.isDebugEnabled() ? System.nanoTime() : 0;
        Normaliser.Prepared prepared = Normaliser.prepare(facts, profile, MedicineResolver.of(ruleset), ruleset.codes(),
                profile.products());
        RuleRunner.Outcome outcome = ruleset.compiledRules().run(prepared.facts(), limits);
        Comparator<String> byInput = Comparator.comparing((String ref) -> prepared.refOrder().getOrDefault(ref,
                Integer.MAX_VALUE)).thenComparing(Comparator.naturalOrder());
        List<Flag> flags = flags(outcome, byInput, profile);
        Assessment a = new Assessment(facts.patientId(), facts.asOf(), ruleset.info(), profile.id(),
                eligibility(outcome, byInput), prepared.mme(), flags,
                taper(ruleset, profile, facts, prepared, outcome), fired(outcome),
                prepared.warnings(), prepared.unmappedCodings());
        if (LOG.isDebugEnabled()) {
            LOG.debug("evaluated patient {} with profile {}: {} in {} us", facts.patientId(), profile.id(),
                    a.eligibility().status(), (System.nanoTime() - start) / 1000);
        }
        return a;
    }

    /** The taper plan for the rules' outcome (the step of {@link #evaluate} after the rules; public for benchmarks). */
    public static Taper taper(LoadedRuleset ruleset, Profile profile, PatientFacts facts, Normaliser.Prepared prepared,
            RuleRunner.Outcome outcome) {
        RuleRunner.Stamped<TaperDecision> decision = outcome.first(TaperDecision.class);
        RuleRunner.Stamped<TaperPolicyChoice> choice = decision != null ? null : outcome.first(TaperPolicyChoice.class);
        TaperAssembler.Decided decided = decision != null
                ? new TaperAssembler.Decided(decision.finding(), null, decision.ruleId())
                : new TaperAssembler.Decided(null, choice == null ? null : choice.finding(),
                        choice == null ? null : choice.ruleId());
        List<TaperAssembler.CurrentOpioid> current = new ArrayList<>();
        for (Normaliser.Issue issue : prepared.current()) {
            if (issue.opioid() && issue.inSupply()) {
                current.add(new TaperAssembler.CurrentOpioid(issue.ref(), issue.medicine(), issue.rx(), issue.route(),
                        issue.dose().amount()));
            }
        }
        // the profile's products table (productsTable: UK products for the UK profile, US products for the CDC ones)
        Map<String, BigDecimal> asNeededUse = new HashMap<>();
        for (MmeItem item : prepared.mme().items()) {
            if (item.estimatedDailyDose() != null && "mg".equals(item.estimatedDailyDose().unit())) {
                asNeededUse.put(item.prescriptionId(), BigDecimal.valueOf(item.estimatedDailyDose().value()));
            }
        }
        return TaperAssembler.assemble(profile.products(), profile, facts, decided, current, asNeededUse);
    }

    private static List<String> sorted(List<String> refs, Comparator<String> order) {
        if (refs.size() < 2) {
            return refs;
        }
        List<String> out = new ArrayList<>(new LinkedHashSet<>(refs));
        out.sort(order);
        return out;
    }

    private static Eligibility eligibility(RuleRunner.Outcome outcome, Comparator<String> order) {
        Map<ReasonCode, EligibilityReason> byCode = new LinkedHashMap<>();
        for (RuleRunner.Stamped<EligibilityFinding> s : outcome.reasons()) {
            EligibilityFinding f = s.finding();
            EligibilityReason earlier = byCode.get(f.code());
            if (earlier == null) {
                byCode.put(f.code(), new EligibilityReason(f.code(), f.message(), s.ruleId(), s.source(),
                        sorted(f.evidence(), order)));
            } else {
                Set<String> evidence = new LinkedHashSet<>(earlier.evidence());
                evidence.addAll(f.evidence());
                byCode.put(f.code(), new EligibilityReason(earlier.code(), earlier.message(), earlier.ruleId(),
                        earlier.source(), sorted(List.copyOf(evidence), order)));
            }
        }
        List<EligibilityReason> reasons = new ArrayList<>(byCode.values());
        reasons.sort(Comparator.comparingInt(r -> r.code().ordinal()));
        EligibilityStatus status;
        if (reasons.stream().anyMatch(r -> r.code().kind() == ReasonCode.Kind.UNMET)) {
            status = EligibilityStatus.NOT_ELIGIBLE;
        } else if (!reasons.isEmpty()) {
            status = EligibilityStatus.UNDETERMINED;
        } else {
            status = EligibilityStatus.ELIGIBLE;
        }
        return new Eligibility(status, reasons);
    }

    private static List<Flag> flags(RuleRunner.Outcome outcome, Comparator<String> order, Profile profile) {
        List<Flag> flags = new ArrayList<>();
        for (RuleRunner.Stamped<FlagFinding> s : outcome.flags()) {
            FlagFinding f = s.finding();
            List<FlagParameter> used = FlagParameters.of(profile, f.parameters());
            flags.add(new Flag(f.code(), f.severity(), f.message(), s.ruleId(), FlagParameters.source(s.source(), used),
                    sorted(f.evidence(), order), f.reasons(), used));
        }
        flags.sort(Comparator.comparingInt((Flag f) -> f.code().ordinal())
                .thenComparing(f -> String.join(",", f.evidence()))
                .thenComparing(Flag::ruleId, Comparator.nullsFirst(Comparator.naturalOrder())));
        return flags;
    }

    private static List<FiredRule> fired(RuleRunner.Outcome outcome) {
        List<FiredRule> fired = new ArrayList<>();
        outcome.fired().values().forEach(c -> fired.add(new FiredRule(c.id(), c.version(), c.name(), c.times())));
        fired.sort(Comparator.comparing(FiredRule::id));
        return fired;
    }
}

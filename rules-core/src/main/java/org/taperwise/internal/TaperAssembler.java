package org.taperwise.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.taperwise.model.Flag;
import org.taperwise.model.FlagCode;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.SpecialistReason;
import org.taperwise.model.Taper;
import org.taperwise.model.TaperRequest;
import org.taperwise.model.TaperStatus;
import org.taperwise.model.TaperStep;
import org.taperwise.rules.TaperDecision;
import org.taperwise.rules.TaperPolicyChoice;

/**
 * Turns the rules' taper decision and policy choice into the plan: which opioids, in which order, from which
 * date, with which policy, then hands the arithmetic to {@link TaperPlanner}.
 */
final class TaperAssembler {
    private static final String PAUSE_NOTE = "Review the patient before every reduction. If withdrawal symptoms or pain"
            + " become significant, pause at the current step rather than go back; restart when ready (CDC 2022;"
            + " Oregon Pain Guidance: take breaks, but never go backwards).";

    private TaperAssembler() {
    }

    static Taper assemble(LoadedRuleset ruleset, Profile profile, PatientFacts facts, Normaliser.Prepared prepared,
            RuleRunner.Outcome outcome, List<Flag> flags) {
        RuleRunner.Stamped<TaperDecision> decision = outcome.first(TaperDecision.class);
        if (decision != null) {
            TaperDecision d = decision.finding();
            return new Taper(d.status(), d.reasonCode(), d.message(), decision.ruleId(), null, List.of(), List.of(),
                    List.of());
        }
        TaperRequest request = facts.taperRequest();
        TaperPolicy policy;
        String ruleId;
        String message;
        if (request != null && request.policy() != null) {
            policy = profile.taperPolicies().get(request.policy());
            ruleId = null;
            message = "Policy " + request.policy() + " was requested by the host.";
        } else {
            RuleRunner.Stamped<TaperPolicyChoice> choice = outcome.first(TaperPolicyChoice.class);
            policy = choice == null ? null : profile.taperPolicies().get(choice.finding().policyId());
            ruleId = choice == null ? null : choice.ruleId();
            message = choice == null ? null : choice.finding().message();
        }
        if (policy == null) {
            return new Taper(TaperStatus.NOT_PROPOSED, "NO_POLICY", "Profile " + profile.id()
                    + " defines no taper policy.", null, null, List.of(), List.of(), List.of());
        }
        List<TaperPlanner.Drug> drugs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            for (Normaliser.Issue issue : prepared.current()) {
                if (!issue.opioid() || !issue.inSupply()) {
                    continue;
                }
                drugs.add(new TaperPlanner.Drug(issue.ref(), issue.medicine(), issue.rx(), issue.route(),
                        TaperPlanner.milli(issue.dose().amount()), products(ruleset, issue), profile.conversions(),
                        profile.parameters().liquidStepMl(), profile.parameters().solutionMaxDoseMl()));
            }
        } catch (TaperPlanner.NotPlannable e) {
            return new Taper(TaperStatus.NOT_PROPOSED, e.code, "No plan: " + e.getMessage() + ".", null, policy.info(),
                    List.of(), List.of(), List.of());
        }
        order(drugs, prepared, request, notes);
        LocalDate start = request != null && request.start() != null ? request.start() : facts.asOf();
        notes.add(0, PAUSE_NOTE);
        List<TaperStep> steps = TaperPlanner.schedule(drugs, policy, start, notes);
        if (flags.stream().anyMatch(f -> f.code() == FlagCode.SPECIALIST_INPUT_REQUIRED
                && f.reasons().contains(SpecialistReason.VERY_HIGH_DOSE))) {
            notes.add("The dose is very high: specialist pain services may need to support this taper.");
        }
        return new Taper(TaperStatus.PROPOSED, null, message, ruleId, policy.info(),
                drugs.stream().map(d -> d.medicine.name()).toList(), steps, notes);
    }

    /** The products of the prescription's medicine (its medicines-table name) and form. */
    private static List<Product> products(LoadedRuleset ruleset, Normaliser.Issue issue) {
        return ruleset.products().find(issue.medicine().name(), issue.rx().form());
    }

    /** The request's order first (by medicine or ingredient name), then the largest daily MME first. */
    private static void order(List<TaperPlanner.Drug> drugs, Normaliser.Prepared prepared, TaperRequest request,
            List<String> notes) {
        Comparator<TaperPlanner.Drug> byMme = Comparator.comparingDouble((TaperPlanner.Drug d) -> {
            BigDecimal m = d.mme(d.original);
            return m == null ? -1 : -m.doubleValue();
        });
        List<String> wanted = request == null ? List.of()
                : request.order().stream().map(n -> MedicinesTable.normalise(n)).toList();
        drugs.sort(Comparator.comparingInt((TaperPlanner.Drug d) -> {
            int i = wanted.indexOf(d.medicine.name());
            if (i < 0) {
                i = wanted.indexOf(d.medicine.ingredient());
            }
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(byMme).thenComparingInt(d -> prepared.refOrder().getOrDefault(d.ref, 0)));
        if (drugs.size() > 1) {
            notes.add("Opioids are reduced one at a time, in this order: " + String.join(", ",
                    drugs.stream().map(TaperPlanner.Drug::label).toList()) + (wanted.isEmpty()
                            ? " (the largest daily morphine equivalent first; the host can set the order)."
                            : " (as requested)."));
        }
        for (String w : wanted) {
            if (drugs.stream().noneMatch(d -> d.medicine.name().equals(w) || d.medicine.ingredient().equals(w))) {
                notes.add("The requested order names " + w + ", which is not in the current regimen.");
            }
        }
    }
}

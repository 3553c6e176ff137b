package org.taperwise.taper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.Route;
import org.taperwise.model.Taper;
import org.taperwise.model.TaperPolicyInfo;
import org.taperwise.model.TaperReason;
import org.taperwise.model.TaperRequest;
import org.taperwise.model.TaperStatus;
import org.taperwise.model.TaperStep;
import org.taperwise.rules.TaperDecision;
import org.taperwise.rules.TaperPolicyChoice;
import org.taperwise.tables.MedicineEntry;
import org.taperwise.tables.MedicinesTable;
import org.taperwise.tables.Profile;
import org.taperwise.tables.ProductsTable;
import org.taperwise.tables.TaperPolicy;

/**
 * Turns the rules' taper decision and policy choice into the plan: which opioids, in which order, from which
 * date, with which policy, then hands the arithmetic to {@link TaperSchedule}.
 */
public final class TaperAssembler {
    private static final String PAUSE_NOTE = "Review the patient before every reduction. If withdrawal symptoms or pain"
            + " become significant, pause at the current step rather than go back; restart when ready (CDC 2022;"
            + " Oregon Pain Guidance: take breaks, but never go backwards).";

    /**
     * What the taper rules decided, with the id of the rule that decided it: either no plan ({@code decision}) or
     * the policy to plan with ({@code choice}); both null when no rule decided (the profile has no policy).
     */
    public record Decided(TaperDecision decision, TaperPolicyChoice choice, String ruleId) {
    }

    /**
     * An opioid item in supply on the review date, with its daily amount (mg, or microgram/hour for patches).
     */
    public record CurrentOpioid(String ref, MedicineEntry medicine, Prescription rx, Route route,
            BigDecimal dailyAmount) {
    }

    private TaperAssembler() {
    }

    /**
     * The plan for the rules' decision.
     *
     * @param decided  what the taper rules decided: no plan (a {@link TaperDecision}) or a policy to plan with
     * @param current  the opioids in supply on the review date, in input order
     */
    public static Taper assemble(ProductsTable products, Profile profile, PatientFacts facts, Decided decided,
            List<CurrentOpioid> current) {
        if (decided.decision() != null) {
            TaperDecision d = decided.decision();
            return new Taper(d.status(), d.reasonCode(), d.message(), decided.ruleId(), null, List.of(), List.of(),
                    List.of());
        }
        TaperPolicyChoice choice = decided.choice();
        TaperPolicy policy = choice == null ? null : profile.taperPolicies().get(choice.policyId());
        if (policy == null) {
            return new Taper(TaperStatus.NOT_PROPOSED, TaperReason.NO_POLICY, "Profile " + profile.id()
                    + " defines no taper policy.", null, null, List.of(), List.of(), List.of());
        }
        Pacing pacing = Pacing.of(profile.parameters());
        TaperPolicyInfo info = policy.info(pacing.maxCutPercentOfCurrent(), pacing.reviewMaxDays());
        TaperRequest request = facts.taperRequest();
        List<Drug> drugs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Integer> inputOrder = new HashMap<>();
        try {
            for (CurrentOpioid o : current) {
                inputOrder.put(o.ref(), inputOrder.size());
                drugs.add(new Drug(o.ref(), o.medicine(), o.rx(), o.route(),
                        Thousandths.of(o.dailyAmount()), products(products, o),
                        profile.conversions(), profile.parameters().liquidStepMl(),
                        profile.parameters().solutionMaxDoseMl()));
            }
        } catch (Drug.NotPlannable e) {
            return new Taper(TaperStatus.NOT_PROPOSED, e.code, "No plan: " + e.getMessage() + ".", null, info,
                    List.of(), List.of(), List.of());
        }
        order(drugs, inputOrder, request, notes);
        LocalDate start = request != null && request.start() != null ? request.start() : facts.asOf();
        notes.add(0, PAUSE_NOTE);
        List<TaperStep> steps = TaperSchedule.steps(drugs, policy, pacing, start, notes);
        return new Taper(TaperStatus.PROPOSED, null, choice.message(), decided.ruleId(), info,
                drugs.stream().map(d -> d.medicine.name()).toList(), steps, notes);
    }

    /** The listed products of the item's medicine and form, of the product family its prescription fits. */
    private static List<org.taperwise.tables.Product> products(ProductsTable products, CurrentOpioid o) {
        Prescription rx = o.rx();
        BigDecimal times = rx.timed() ? BigDecimal.valueOf(rx.doses().size()) : rx.timesPerDay();
        Integer perDay = times == null || times.stripTrailingZeros().scale() > 0 ? null : times.intValue();
        return products.forRegimen(o.medicine().name(), rx.form(), rx.medicine(), perDay,
                rx.strength() == null ? null : rx.strength().value());
    }

    /** The request's order first (by medicine or ingredient name), then the largest daily MME first. */
    private static void order(List<Drug> drugs, Map<String, Integer> inputOrder, TaperRequest request,
            List<String> notes) {
        Comparator<Drug> byMme = Comparator.comparingDouble((Drug d) -> {
            BigDecimal m = d.mme(d.original);
            return m == null ? -1 : -m.doubleValue();
        });
        List<String> wanted = request == null ? List.of()
                : request.order().stream().map(n -> MedicinesTable.normalise(n)).toList();
        drugs.sort(Comparator.comparingInt((Drug d) -> {
            int i = wanted.indexOf(d.medicine.name());
            if (i < 0) {
                i = wanted.indexOf(d.medicine.ingredient());
            }
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(byMme).thenComparingInt(d -> inputOrder.getOrDefault(d.ref, 0)));
        if (drugs.size() > 1) {
            notes.add("Opioids are reduced one at a time, in this order: " + String.join(", ",
                    drugs.stream().map(Drug::label).toList()) + (wanted.isEmpty()
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

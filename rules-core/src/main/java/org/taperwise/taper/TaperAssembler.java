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
        return assemble(products, profile, facts, decided, current, Map.of());
    }

    /**
     * @param asNeededUse the daily amount (mg) the issue history shows an as-needed item is used, by prescription ref
     *                    ({@code mme.items[].estimatedDailyDose}): its plan starts there ({@link AsNeededStart})
     */
    public static Taper assemble(ProductsTable products, Profile profile, PatientFacts facts, Decided decided,
            List<CurrentOpioid> current, Map<String, BigDecimal> asNeededUse) {
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
            for (Regimens.Regimen r : Regimens.of(AsNeededStart.adjust(current, asNeededUse, notes))) {
                CurrentOpioid o = r.combined();
                inputOrder.put(o.ref(), inputOrder.size());
                List<org.taperwise.tables.Product> listed = products(products, o);
                Drug drug = new Drug(o.ref(), r.refs(), o.medicine(), o.rx(), o.route(),
                        Thousandths.of(o.dailyAmount()), r.patchesWorn(), listed, profile.conversions(),
                        profile.parameters().liquidStepMl(), profile.parameters().solutionMaxDoseMl(),
                        profile.parameters().taperMaxStrengthsPerProduct());
                drug.switchTo = ProductSwitch.of(drug, listed, products, profile.conversions(), profile.parameters());
                drugs.add(drug);
            }
        } catch (Drug.NotPlannable e) {
            return new Taper(TaperStatus.NOT_PROPOSED, e.code, "No plan: " + e.getMessage() + ".", null, info,
                    List.of(), List.of(), List.of());
        }
        order(drugs, inputOrder, request, profile.parameters().taperAsNeededFirst(), notes);
        LocalDate start = request != null && request.start() != null ? request.start() : facts.asOf();
        notes.add(0, PAUSE_NOTE);
        Double startingMme = request == null || request.startingDailyMme() == null ? null
                : request.startingDailyMme().doubleValue();
        List<TaperStep> steps = TaperSchedule.steps(drugs, policy, pacing, start, startingMme,
                request == null ? null : request.holdUntil(), notes);
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

    /**
     * The request's order first (by prescription id, medicine or ingredient name), then regular opioids before
     * as-needed ones, or as-needed first when the profile's {@code taperAsNeededFirst} says so, then the largest daily
     * MME first.
     */
    private static void order(List<Drug> drugs, Map<String, Integer> inputOrder, TaperRequest request,
            boolean asNeededFirst, List<String> notes) {
        Comparator<Drug> byMme = Comparator.comparingDouble((Drug d) -> {
            BigDecimal m = d.mme(d.original);
            return m == null ? -1 : -m.doubleValue();
        });
        List<String> asked = request == null ? List.of() : request.order();
        drugs.sort(Comparator.comparingInt((Drug d) -> rank(d, asked))
                .thenComparing(d -> d.asNeeded != asNeededFirst)
                .thenComparing(byMme).thenComparingInt(d -> inputOrder.getOrDefault(d.ref, 0)));
        boolean mixed = drugs.stream().anyMatch(d -> d.asNeeded) && drugs.stream().anyMatch(d -> !d.asNeeded);
        if (drugs.size() > 1) {
            String why;
            if (!asked.isEmpty()) {
                why = " (as requested).";
            } else if (mixed) {
                why = (asNeededFirst ? " (as-needed opioids first" : " (regular opioids before as-needed ones")
                        + ", as the profile's taperAsNeededFirst says; then the largest daily morphine equivalent"
                        + " first; the host can set the order).";
            } else {
                why = " (the largest daily morphine equivalent first; the host can set the order).";
            }
            notes.add("Opioids are reduced one at a time, in this order: " + String.join(", ",
                    drugs.stream().map(d -> d.label() + (d.asNeeded ? " (as needed)" : "")).toList()) + why);
        }
        for (String w : asked) {
            if (drugs.stream().noneMatch(d -> rank(d, List.of(w)) == 0)) {
                notes.add("The requested order names " + w + ", which is not in the current regimen.");
            }
        }
    }

    /** Where the request's order puts a regimen: by one of its prescription ids, its medicine or its ingredient. */
    private static int rank(Drug d, List<String> asked) {
        for (int i = 0; i < asked.size(); i++) {
            String a = asked.get(i);
            String n = MedicinesTable.normalise(a);
            if (d.refs.contains(a) || d.medicine.name().equals(n) || d.medicine.ingredient().equals(n)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}

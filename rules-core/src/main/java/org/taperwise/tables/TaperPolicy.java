package org.taperwise.tables;

import org.taperwise.model.TaperBasis;
import org.taperwise.model.TaperPolicyInfo;
import org.taperwise.rules.TaperPolicyRole;

/**
 * A taper policy from a profile's {@code taperPolicies}.
 *
 * @param role                 which situation the rules choose it for
 * @param reductionPercent     largest reduction per step, percent of the basis
 * @param slowBelowPercent     switch to {@code slowReductionPercent} of the current dose once the target falls below
 *                             this percent of the original; null for no switch
 * @param roundDown            round targets down to a makeable dose; false: to the nearest (ties upward)
 */
public record TaperPolicy(String id, TaperPolicyRole role, double reductionPercent, TaperBasis basis, int intervalDays,
        Double slowBelowPercent, Double slowReductionPercent, boolean roundDown, String source, String note,
        int line) {

    /** The pace in words: "10% of the original dose every 14 days; below 30% of the original, 10% of ...". */
    public String pace() {
        return trim(reductionPercent) + "% of the " + (basis == TaperBasis.ORIGINAL ? "original" : "current")
                + " dose every " + intervalDays + " days" + (slowBelowPercent == null ? ""
                        : "; below " + trim(slowBelowPercent) + "% of the original, " + trim(slowReductionPercent)
                                + "% of the remaining dose every " + intervalDays + " days");
    }

    /** The rounding rule in a few sentences, for the catalogue: the profile's pacing limits by parameter name. */
    public String roundingRule() {
        return roundingRule(null, null);
    }

    /**
     * The rounding rule in a few sentences, for the plan: with the profile's pacing limits (null: named by their
     * parameter).
     */
    public String roundingRule(Double maxCutPercentOfCurrent, Integer reviewMaxDays) {
        String cut = maxCutPercentOfCurrent == null ? "the profile's taperMaxCutPercentOfCurrent"
                : trim(maxCutPercentOfCurrent) + "%";
        String review = reviewMaxDays == null ? "taperReviewMaxDays" : reviewMaxDays + " days";
        return "Items of one medicine and form, both regular or both as-needed, are one regimen. Percentages apply to"
                + " the whole regimen's daily MME; regimens are reduced one at a time while the others are held: the"
                + " host's order first, then as-needed before regular ones or the reverse (the profile's"
                + " taperAsNeededFirst), then the largest daily MME first. Each step's target is computed from the " + (basis == TaperBasis.ORIGINAL ? "original"
                        : "previous") + " total without rounding" + (slowBelowPercent == null ? ""
                                : " (below " + trim(slowBelowPercent) + "% of the original, " + trim(slowReductionPercent)
                                        + "% of the previous target)")
                + ", then rounded " + (roundDown ? "down" : "to the nearest (ties upward)")
                + " to a daily dose the listed products can make, split across the day as now taken: later doses are"
                + " never smaller than earlier ones, no dose of the day ever grows (the morning dose drops first), a"
                + " modified-release product keeps its doses a day until its last step (a once-daily one whose"
                + " strengths allow no step within the limit below moves to the same medicine's 12-hourly product at"
                + " the same daily dose when the profile's taperSwitchOnceDailyMr says so), each step uses at most the"
                + " profile's taperMaxStrengthsPerProduct strengths of a product, chosen over the whole plan so that"
                + " a strength added costs taperNewStrengthCostTablets tablets, a combination product uses one"
                + " strength a step of the same paracetamol per tablet, no stronger than now and never more paracetamol"
                + " in a dose, and patches are the fewest that make the dose, at most two. Steps changing an oral dose"
                + " start on a weekday when the profile's taperStepsStartOnWeekdays says so. A step never cuts more than"
                + " the policy's percentage plus one smallest unit; steps that would not change the dose are merged."
                + " When one product step is larger than the policy allows, each step removes one product unit and"
                + " the interval is lengthened so the average rate stays within the policy. No step removes more than "
                + cut + " of the current total per " + intervalDays + " days: near the end, where a share of the"
                + " original dose is a large share of what is left, a step is made smaller, or, when the products"
                + " allow no smaller step, the dose before it is held proportionally longer. Below the smallest"
                + " strength the dose is taken once a day, then stopped; that final stop is the only step exempt"
                + " from the limit, so a patch's last strength is held longer before it is stopped. Review points are"
                + " at most " + review + " apart: a longer step has review dates within it.";
    }

    /** The policy as a plan states it, with the profile's pacing limits. */
    public TaperPolicyInfo info(double maxCutPercentOfCurrent, int reviewMaxDays) {
        return new TaperPolicyInfo(id, reductionPercent, basis, intervalDays, slowBelowPercent, slowReductionPercent,
                roundDown ? "down" : "nearest", roundingRule(maxCutPercentOfCurrent, reviewMaxDays), source,
                maxCutPercentOfCurrent, reviewMaxDays);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}

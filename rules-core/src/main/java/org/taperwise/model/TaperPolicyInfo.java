package org.taperwise.model;

/**
 * The policy a taper plan follows, as the profile defines it.
 *
 * @param reductionPercent       largest reduction per step, percent of the {@code basis}
 * @param intervalDays           days between reductions (longer when the smallest product step is larger than the
 *                               policy allows: the rate is kept)
 * @param slowBelowPercent       below this percent of the original dose the policy switches to
 *                               {@code slowReductionPercent} of the current dose; null when it does not
 * @param slowReductionPercent   percent of the current dose per step below {@code slowBelowPercent}; null when unused
 * @param rounding               how targets are rounded to doses the products can make: "nearest" or "down"
 * @param roundingRule           the whole rounding rule in a sentence, as the plan applies it
 * @param source                 the guidance the policy encodes
 * @param maxCutPercentOfCurrent the profile's largest share of the current daily dose one step removes per
 *                               {@code intervalDays} (parameter {@code taperMaxCutPercentOfCurrent}); a larger
 *                               product step comes after a proportionally longer hold; null when not stated
 * @param reviewMaxDays          the profile's longest interval between review points while tapering (parameter
 *                               {@code taperReviewMaxDays}); null when not stated
 */
public record TaperPolicyInfo(String id, double reductionPercent, TaperBasis basis, int intervalDays,
        Double slowBelowPercent, Double slowReductionPercent, String rounding, String roundingRule, String source,
        Double maxCutPercentOfCurrent, Integer reviewMaxDays) {

    /** A policy without the profile's pacing limits. */
    public TaperPolicyInfo(String id, double reductionPercent, TaperBasis basis, int intervalDays,
            Double slowBelowPercent, Double slowReductionPercent, String rounding, String roundingRule, String source) {
        this(id, reductionPercent, basis, intervalDays, slowBelowPercent, slowReductionPercent, rounding, roundingRule,
                source, null, null);
    }
}

package org.taperwise.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taperwise.evaluation.Normaliser.Issue;
import org.taperwise.model.Form;
import org.taperwise.model.Prescription;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;

/**
 * As-needed (PRN) use as the issue history shows it, for each as-needed product (medicine, form, strength).
 *
 * <ul>
 *   <li><b>How long an issue lasts.</b> An as-needed issue with no {@code daysSupply} lasts until the next issue of
 *       the same product; the latest one lasts its quantity at the estimated rate below, else the days derived from
 *       the most allowed use, else the profile's default. (Deriving every issue from the most allowed use made
 *       eight monthly 100 ml issues of 2 mg/ml morphine solution last five days each, so use read as "continuous
 *       only since" the last issue.)</li>
 *   <li><b>Estimated use.</b> With two or more issues of the product that give a quantity: the quantity issued
 *       before the latest issue, divided by the days from the first issue to the latest, times the strength (mg per
 *       unit, or mg/ml for solutions). Eight monthly 100 ml issues of 2 mg/ml: 7 x 100 ml x 2 mg/ml over 196 days,
 *       about 7 mg a day. Reported beside the prescribed maximum; which one the MME headline uses is the profile's
 *       {@code prnMmeFromEstimatedUse} (default false: the prescribed maximum, the CDC's convention).</li>
 * </ul>
 */
final class AsNeededUse {
    /** The issues with as-needed supply re-read, and the estimated daily dose of each estimable latest issue. */
    record Result(List<Issue> issues, Map<Integer, DailyDose> estimates) {
    }

    private AsNeededUse() {
    }

    static Result apply(List<Issue> issues, LocalDate asOf, List<Warning> warnings) {
        Map<String, List<Issue>> byProduct = new LinkedHashMap<>();
        for (Issue i : issues) {
            if (i.rx().asNeeded() && i.rx().issued() != null) {
                byProduct.computeIfAbsent(i.productKey(), k -> new ArrayList<>()).add(i);
            }
        }
        if (byProduct.isEmpty()) {
            return new Result(issues, Map.of());
        }
        Map<Integer, Issue> replaced = new HashMap<>();
        Map<Integer, DailyDose> estimates = new HashMap<>();
        for (List<Issue> group : byProduct.values()) {
            List<Issue> sorted = group.stream().sorted(Comparator.comparing((Issue i) -> i.rx().issued())
                    .thenComparingInt(Issue::index)).toList();
            Issue latest = sorted.get(sorted.size() - 1);
            DailyDose estimate = estimate(sorted);
            if (estimate != null) {
                estimates.put(latest.index(), estimate);
            }
            for (int k = 0; k < sorted.size(); k++) {
                Issue i = sorted.get(k);
                if (i.rx().daysSupply() != null) {
                    continue;
                }
                Integer days = null;
                if (k + 1 < sorted.size()) {
                    long gap = sorted.get(k + 1).rx().issued().toEpochDay() - i.rx().issued().toEpochDay();
                    days = gap > 0 ? (int) Math.min(gap, Integer.MAX_VALUE) : null;
                } else if (estimate != null) {
                    days = lastsAtEstimate(i.rx(), estimate);
                }
                if (days != null && days != i.daysSupply()) {
                    replaced.put(i.index(), withDaysSupply(i, days, asOf));
                    if (i.daysSupplyAssumed()) {
                        warnings.removeIf(w -> w.code() == WarningCode.DAYS_SUPPLY_ASSUMED
                                && w.path().equals(i.path() + ".daysSupply"));
                    }
                }
            }
        }
        List<Issue> out = new ArrayList<>(issues.size());
        for (Issue i : issues) {
            out.add(replaced.getOrDefault(i.index(), i));
        }
        return new Result(List.copyOf(out), Map.copyOf(estimates));
    }

    /** mg a day: quantity issued before the latest issue over the days from the first to the latest. */
    private static DailyDose estimate(List<Issue> sorted) {
        if (sorted.size() < 2) {
            return null;
        }
        Prescription first = sorted.get(0).rx();
        BigDecimal perUnit = mgPerUnit(first);
        if (perUnit == null) {
            return null;
        }
        BigDecimal units = BigDecimal.ZERO;
        for (int k = 0; k < sorted.size() - 1; k++) {
            BigDecimal q = sorted.get(k).rx().quantity();
            if (q == null) {
                return null;
            }
            units = units.add(q);
        }
        long days = sorted.get(sorted.size() - 1).rx().issued().toEpochDay() - first.issued().toEpochDay();
        if (days <= 0) {
            return null;
        }
        BigDecimal mg = units.multiply(perUnit).divide(BigDecimal.valueOf(days), MathContext.DECIMAL64);
        return new DailyDose(mg, DoseArithmetic.MG, null, null, "estimated use: " + IssueResolver.plain(units)
                + (first.form() == Form.ORAL_SOLUTION ? " ml" : " units") + " issued from " + first.issued() + " to "
                + sorted.get(sorted.size() - 1).rx().issued() + " (" + days + " days), before the latest issue");
    }

    /** Days the latest issue's quantity lasts at the estimated rate; null when it gives no quantity. */
    private static Integer lastsAtEstimate(Prescription rx, DailyDose estimate) {
        BigDecimal perUnit = mgPerUnit(rx);
        if (rx.quantity() == null || perUnit == null || estimate.amount().signum() <= 0) {
            return null;
        }
        BigDecimal days = rx.quantity().multiply(perUnit).divide(estimate.amount(), MathContext.DECIMAL64)
                .setScale(0, RoundingMode.CEILING);
        return days.compareTo(BigDecimal.valueOf(3650)) > 0 ? 3650 : Math.max(1, days.intValue());
    }

    /** mg of ingredient per unit of quantity: per tablet or capsule, or per ml of solution; null when unknown. */
    private static BigDecimal mgPerUnit(Prescription rx) {
        if (rx.strength() == null || rx.form() == Form.PATCH) {
            return null;
        }
        return switch (rx.strength().unit()) {
            case MG, MG_PER_ML -> rx.strength().value();
            case MICROGRAM -> rx.strength().value().divide(BigDecimal.valueOf(1000));
            case MICROGRAM_PER_HOUR -> null;
        };
    }

    private static Issue withDaysSupply(Issue i, int days, LocalDate asOf) {
        LocalDate last = i.rx().issued().plusDays(days - 1L);
        boolean inSupply = !asOf.isBefore(i.rx().issued()) && !asOf.isAfter(last);
        return new Issue(i.index(), i.rx(), i.ref(), i.path(), i.medicine(), i.route(), last, days, false, inSupply,
                i.regimenKey(), i.productKey(), i.dose());
    }
}

package org.taperwise.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.taperwise.evaluation.Normaliser.Issue;
import org.taperwise.model.Prescription;
import org.taperwise.rules.ContinuousOpioidSupply;
import org.taperwise.rules.PossibleOpioidUse;
import org.taperwise.rules.Parameters;
import org.taperwise.rules.SupplyPattern;

/**
 * What the whole opioid issue history says, beyond the current regimen: how long opioids have been supplied
 * without a break, and how each product has been issued (early repeats, days supplied per day elapsed). Only issues
 * of medicines the medicines table knows as opioids count, except in {@link #possibleOpioidUse}, which also counts
 * the unrecognised ones.
 */
final class SupplyHistory {
    private static final Comparator<Issue> BY_ISSUE_DATE = Comparator.comparing((Issue i) -> i.rx().issued());
    /** By issue date, then input order. */
    private static final Comparator<Issue> IN_ISSUE_ORDER = BY_ISSUE_DATE.thenComparingInt(Issue::index);

    private SupplyHistory() {
    }

    /**
     * The latest run of opioid supply: issue periods merged when the next starts no more than {@code gap} days
     * after the supply so far runs out. Ongoing when {@code asOf} is no more than {@code gap} days after the run's
     * last day of supply. Null when there is no opioid issue.
     */
    static ContinuousOpioidSupply continuousSupply(List<Issue> issues, LocalDate asOf, int gap) {
        return run(issues, Issue::opioid, asOf, gap);
    }

    /**
     * Opioid use as it would be if every unrecognised medicine were an opioid: the issues in the review window and
     * the latest run of supply, counting unrecognised issues with the opioids. Null when every medicine is
     * recognised, so a rule never reads "no opioid" from a name it could not read.
     */
    static PossibleOpioidUse possibleOpioidUse(List<Issue> issues, LocalDate asOf, LocalDate reviewWindowStart,
            int gap) {
        if (issues.stream().allMatch(i -> i.medicine() != null)) {
            return null;
        }
        int inWindow = (int) issues.stream().filter(Issue::opioidOrUnknown)
                .filter(i -> !i.rx().issued().isBefore(reviewWindowStart)).count();
        ContinuousOpioidSupply run = run(issues, Issue::opioidOrUnknown, asOf, gap);
        return run == null ? new PossibleOpioidUse(inWindow, null, null, false)
                : new PossibleOpioidUse(inWindow, run.since(), run.until(), run.ongoing());
    }

    /** The latest run of supply of the issues {@code counted} picks. */
    private static ContinuousOpioidSupply run(List<Issue> issues, Predicate<Issue> counted, LocalDate asOf, int gap) {
        List<Issue> opioids = picked(issues, counted);
        if (opioids.isEmpty()) {
            return null;
        }
        opioids.sort(BY_ISSUE_DATE);
        LocalDate since = null;
        LocalDate until = null;
        for (Issue i : opioids) {
            LocalDate start = i.rx().issued();
            LocalDate end = i.lastSupplyDate();
            if (since == null || start.isAfter(until.plusDays(gap + 1L))) {
                since = start;
                until = end;
            } else if (end.isAfter(until)) {
                until = end;
            }
        }
        boolean ongoing = !asOf.isAfter(until.plusDays(gap));
        return new ContinuousOpioidSupply(since, until, ongoing);
    }

    /**
     * How each opioid product was issued over the profile's supply review window: issues that came early (before
     * {@code earlyIssueFraction} of the previous issue's days supply had passed) and the days supplied per day
     * elapsed. One pattern per product with an issue in the window, in the order of each product's first issue.
     */
    static List<SupplyPattern> supplyPatterns(List<Issue> issues, LocalDate asOf, Parameters p) {
        LocalDate windowStart = asOf.minusDays(p.supplyReviewDays());
        Map<String, List<Issue>> byProduct = new LinkedHashMap<>();
        List<Issue> opioids = picked(issues, Issue::opioid);
        opioids.sort(IN_ISSUE_ORDER);
        for (Issue i : opioids) {
            byProduct.computeIfAbsent(i.productKey(), k -> new ArrayList<>()).add(i);
        }
        List<SupplyPattern> out = new ArrayList<>();
        for (List<Issue> list : byProduct.values()) {
            List<String> earlyRefs = new ArrayList<>();
            for (int k = 1; k < list.size(); k++) {
                Issue prev = list.get(k - 1);
                Issue next = list.get(k);
                if (next.rx().issued().isBefore(windowStart)) {
                    continue;
                }
                double due = prev.rx().issued().toEpochDay() + p.earlyIssueFraction() * prev.daysSupply();
                if (next.rx().issued().toEpochDay() < due) {
                    earlyRefs.add(next.ref());
                }
            }
            List<Issue> inWindow = picked(list, i -> !i.rx().issued().isBefore(windowStart));
            if (inWindow.isEmpty()) {
                continue;
            }
            double ratio = 0;
            if (inWindow.size() >= 2) {
                long supplied = 0;
                for (int k = 0; k < inWindow.size() - 1; k++) {
                    supplied += inWindow.get(k).daysSupply();
                }
                long elapsed = inWindow.get(inWindow.size() - 1).rx().issued().toEpochDay()
                        - inWindow.get(0).rx().issued().toEpochDay();
                ratio = (double) supplied / Math.max(1, elapsed);
            }
            Issue first = list.get(0);
            out.add(new SupplyPattern(productLabel(first), earlyRefs.size(), earlyRefs, ratio,
                    inWindow.stream().map(Issue::ref).toList()));
        }
        return out;
    }

    /** The issues {@code pick} picks, in their order, in a list of one's own. */
    private static List<Issue> picked(List<Issue> issues, Predicate<Issue> pick) {
        List<Issue> out = new ArrayList<>(issues.size());
        for (Issue i : issues) {
            if (pick.test(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The product as a reader names it: {@code oxycodone mr-tablet 10 mg}. */
    private static String productLabel(Issue i) {
        Prescription rx = i.rx();
        return i.medicine().name() + (rx.form() == null ? "" : " " + rx.form().code())
                + (rx.strength() == null ? "" : " " + IssueResolver.plain(rx.strength().value()) + " "
                        + rx.strength().unit().code());
    }
}

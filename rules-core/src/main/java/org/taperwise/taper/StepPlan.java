package org.taperwise.taper;

import java.util.ArrayList;
import java.util.List;
import org.taperwise.model.TaperBasis;
import org.taperwise.rules.Text;
import org.taperwise.tables.TaperPolicy;

/**
 * One opioid's taper: the doses it steps down through and how long each is held, while the other opioids are held.
 *
 * <ul>
 *   <li><b>Percent steps.</b> The target after k intervals is computed from the original dose without rounding
 *       (ORIGINAL basis: original x (1 - k x p); CURRENT basis: original x (1 - p)^k; below the policy's slow
 *       threshold, the previous target x (1 - slow p)), then rounded (nearest, ties up; or down) to a daily dose
 *       the products can make, split as the regimen is taken now. A step that would not change the dose extends
 *       the previous one. Below the smallest once-a-day dose the target is 0.</li>
 *   <li><b>Unit steps.</b> When the smallest reduction the products allow is larger than the policy's reduction
 *       per interval (a patch step, one co-codamol tablet), each step removes one unit and lasts as many days as
 *       keep the average rate within the policy, rounded up to whole weeks or to patch-change days.</li>
 *   <li>No step cuts more than the policy allows plus one smallest unit; where the products make no such dose, the
 *       hold before the step is lengthened to keep the average rate.</li>
 *   <li>Before stopping, a dose above the smallest once-a-day dose is first reduced to it (CDC 2022: extend the
 *       interval at the smallest dose, then stop).</li>
 *   <li>{@link Pacing}: no step removes more than the profile's share of the regimen's current daily dose per policy
 *       interval. A larger step is made smaller when the products allow; when they do not, the smallest step they
 *       allow comes after a hold lengthened in proportion. Only the final stop from the smallest once-a-day oral
 *       dose is exempt, so a patch's last strength is held before it is stopped.</li>
 * </ul>
 */
final class StepPlan {
    /**
     * How long a dose is held; {@code drug}: the product it is taken as when the plan has switched product
     * ({@link ProductSwitch}), else null (the plan's own drug).
     */
    record Segment(Dose dose, int days, Drug drug) {
        Segment(Dose dose, int days) {
            this(dose, days, null);
        }
    }

    /**
     * What a drug's steps are measured against. The policy's percentages apply to the whole regimen's daily MME
     * (shared/research/taper.md s5: sum MME across opioids, reduce one at a time): {@code total0} is the regimen's
     * MME before the taper, {@code held} the MME of the opioids still to come, which stay at their dose meanwhile.
     * A drug without an MME factor is measured against its own dose (in mg).
     */
    record Basis(double total0, double held) {
        static Basis own(Drug d) {
            return new Basis(d.weight(d.original), 0);
        }
    }

    private StepPlan() {
    }

    /** The segments of one drug's taper: the original dose first, the stopped dose (0) last. */
    static List<Segment> plan(Drug d, TaperPolicy policy, Basis basis, Pacing pacing, List<String> notes) {
        long smallest = d.products.smallestOnceDaily(d.original.daily());
        int align = d.patch ? (int) Math.max(1, d.changeDays) : 1;
        int base = alignUp(policy.intervalDays(), align);
        if (base != policy.intervalDays()) {
            notes.add(d.label() + ": every step is a whole number of patch changes (every " + d.changeDays
                    + " days), so no step is shorter than " + base + " days, the policy's " + policy.intervalDays()
                    + " rounded up.");
        }
        if (d.productNote != null) {
            notes.add(d.productNote);
        }
        Dose afterFirst = d.products.nextLower(d.original);
        double firstDrop = afterFirst == null ? 0 : d.weight(d.original) - d.weight(afterFirst);
        boolean unitSteps = firstDrop > maxCut(policy, basis, d.weight(d.original)) + 1e-9;
        List<Segment> segments = unitSteps ? unitSteps(d, policy, basis, pacing, smallest, base, notes)
                : percentSteps(d, policy, basis, pacing, smallest, base, notes);
        segments.stream().map(Segment::dose).filter(x -> x.daily() > 0 && x.concentration() != d.concentration)
                .findFirst().ifPresent(x -> notes.add(d.label() + ": the smaller doses are measured from the "
                        + Text.num(Thousandths.value(x.concentration())) + " mg/ml solution, not the "
                        + Text.num(Thousandths.value(d.concentration)) + " mg/ml now prescribed: prescribe it by"
                        + " name and strength, and check the patient has the right bottle and knows the new volume."));
        PacingNotes.add(d, segments, policy, basis.held(), pacing, smallest, notes);
        return segments;
    }

    /** The policy's largest cut in one interval (MME) while the drug being reduced is at {@code weight}. */
    private static double maxCut(TaperPolicy policy, Basis basis, double weight) {
        double p = policy.reductionPercent() / 100.0;
        return p * (policy.basis() == TaperBasis.ORIGINAL ? basis.total0() : weight + basis.held());
    }

    private static List<Segment> percentSteps(Drug d, TaperPolicy policy, Basis basis, Pacing pacing, long smallest,
            int base, List<String> notes) {
        List<Segment> out = new ArrayList<>();
        out.add(new Segment(d.original, base));
        Dose current = d.original;
        double p = policy.reductionPercent() / 100.0;
        double perMilli = d.weight(d.original) / d.original.daily();
        double held = basis.held();
        double start = d.weight(d.original) + held;
        // targets are for the regimen's total (MME), unrounded; this drug's target is the total less what is held
        double total = start;
        Double slowBelow = policy.slowBelowPercent() == null ? null : basis.total0() * policy.slowBelowPercent() / 100.0;
        boolean slow = slowBelow != null && start < slowBelow - 1e-9;
        boolean onceDaily = false;
        for (int k = 1; current.daily() > 0 && k < 2000; k++) {
            if (slow) {
                total = total * (1 - policy.slowReductionPercent() / 100.0);
            } else if (policy.basis() == TaperBasis.ORIGINAL) {
                total = start - k * p * basis.total0();
            } else {
                total = total * (1 - p);
            }
            if (!slow && slowBelow != null && total < slowBelow - 1e-9) {
                // the switch happens at the threshold: this step's target is slow-phase from the last fast target
                double last = policy.basis() == TaperBasis.ORIGINAL ? start - (k - 1) * p * basis.total0()
                        : total / (1 - p);
                slow = true;
                total = last * (1 - policy.slowReductionPercent() / 100.0);
            }
            double target = Math.max(0, (total - held) / perMilli);
            Dose next;
            if (target < smallest - 1e-9) {
                next = Dose.NONE;
                if (!d.asNeeded && (current.daily() > smallest || current.count() > 1)) {
                    // CDC 2022: extend the interval at the smallest available dose, then stop (an as-needed item
                    // stops from its last dose a day: its doses are already taken only when needed)
                    next = d.products.make(smallest, current);
                    onceDaily = next != null;
                    next = next == null ? Dose.NONE : next;
                }
            } else {
                next = d.products.nearest(target, current, policy.roundDown());
                if (next == null || next.daily() >= current.daily()) {
                    next = current;
                }
            }
            double most = maxCut(policy, basis, d.weight(current)) + d.unitWeight();
            if (next.daily() < current.daily() && d.weight(current) - d.weight(next) > most + 1e-9) {
                // rounding would cut more than the policy allows (plus one smallest unit): take the nearest dose
                // that does not, or, when the products make none, hold the current dose long enough to keep the
                // average rate (the step after a longer hold)
                Dose within = largestCutWithin(d, current, most);
                if (within != null) {
                    next = within;
                } else {
                    double drop = d.weight(current) - d.weight(next);
                    double perInterval = Math.max(1e-9, maxCut(policy, basis, d.weight(current)));
                    int align = d.patch ? (int) Math.max(1, d.changeDays) : 7;
                    hold(out, alignUp((int) Math.ceil(policy.intervalDays() * drop / perInterval - 1e-9), align));
                }
            }
            if (next.daily() < current.daily() && !finalOralStop(d, current, next, smallest)) {
                // the profile's pacing: at most its share of the current total per interval; a smaller step when the
                // products make one, else the smallest step they allow, after a proportionally longer hold
                double room = pacing.share() * (d.weight(current) + held);
                if (d.weight(current) - d.weight(next) > room + 1e-9) {
                    Dose within = largestCutWithin(d, current, room);
                    if (within != null) {
                        next = within;
                    } else {
                        Dose lower = d.products.nextLower(current);
                        if (lower != null && lower.daily() > next.daily()) {
                            next = lower;
                        }
                        hold(out, pacedHold(d, policy, pacing, current, next, held));
                    }
                }
            }
            if (next.daily() >= current.daily()) {
                Segment last = out.remove(out.size() - 1);
                out.add(new Segment(last.dose(), last.days() + base));
                continue;
            }
            out.add(new Segment(next, base));
            current = next;
        }
        if (onceDaily) {
            notes.add(d.label() + ": at the smallest dose it is taken once a day before stopping (CDC 2022: extend the"
                    + " interval at the smallest available dose, then stop).");
        }
        return out;
    }

    private static List<Segment> unitSteps(Drug d, TaperPolicy policy, Basis basis, Pacing pacing, long smallest,
            int base, List<String> notes) {
        List<Segment> out = new ArrayList<>();
        int align = d.patch ? (int) Math.max(1, d.changeDays) : 7;
        Dose current = d.original;
        int longest = 0;
        while (current.daily() > 0) {
            Dose next = d.products.nextLower(current);
            if (next == null && !d.asNeeded && (current.daily() > smallest || current.count() > 1)) {
                next = d.products.make(smallest, current);
            }
            next = next == null ? Dose.NONE : next;
            double maxRed = Math.max(1e-9, maxCut(policy, basis, d.weight(current)));
            double drop = d.weight(current) - d.weight(next);
            int days = Math.max(base, alignUp((int) Math.ceil(policy.intervalDays() * drop / maxRed - 1e-9), align));
            longest = Math.max(longest, days);
            if (!finalOralStop(d, current, next, smallest)) {
                days = Math.max(days, pacedHold(d, policy, pacing, current, next, basis.held()));
            }
            out.add(new Segment(current, days));
            current = next;
        }
        out.add(new Segment(Dose.NONE, base));
        notes.add(d.label() + ": the smallest step the products allow is more than the policy's "
                + Text.num(policy.reductionPercent()) + "% a step, so each step removes the least the listed "
                + (d.patch ? "patches" : "products") + " allow and steps are spaced up to " + longest
                + " days apart to keep the average rate within the policy" + (longest > pacing.reviewMaxDays()
                ? " (with review dates within the longer steps)." : "."));
        return out;
    }

    /**
     * Whether going from {@code current} to {@code next} is the final stop from the smallest once-a-day oral dose,
     * the one step the profile's pacing does not limit (CDC 2022: extend the interval at the smallest available dose,
     * then stop when taken less than once a day). A patch's last stop is limited.
     */
    static boolean finalOralStop(Drug d, Dose current, Dose next, long smallest) {
        return next.daily() == 0 && !d.patch && current.count() == 1 && current.daily() <= smallest;
    }

    /**
     * Days to hold {@code current} before stepping to {@code next} so that the cut, as a share of the regimen's current
     * total, averages at most the pacing's share per policy interval; rounded up to whole weeks or patch changes.
     */
    static int pacedHold(Drug d, TaperPolicy policy, Pacing pacing, Dose current, Dose next, double held) {
        double share = (d.weight(current) - d.weight(next)) / (d.weight(current) + held);
        int align = d.patch ? (int) Math.max(1, d.changeDays) : 7;
        return alignUp((int) Math.ceil(policy.intervalDays() * share / pacing.share() - 1e-9), align);
    }

    /** Lengthens the last segment's hold to at least {@code days}. */
    private static void hold(List<Segment> out, int days) {
        Segment last = out.remove(out.size() - 1);
        out.add(new Segment(last.dose(), Math.max(last.days(), days)));
    }

    /** The smallest makeable dose below {@code current} that is at most {@code most} mg MME less; null if none. */
    private static Dose largestCutWithin(Drug d, Dose current, double most) {
        if (d.patch) {
            Dose best = null;
            for (long v : d.products.descending(current.daily() - 1)) {
                Dose x = d.products.make(v, current);
                if (x == null) {
                    continue;
                }
                if (d.weight(current) - d.weight(x) > most + 1e-9) {
                    break;
                }
                best = x;
            }
            return best;
        }
        // walking down from the dose, the answer is the last makeable amount within the cut before the first
        // makeable one that is not; an amount's weight needs no dose, so only the amounts that decide are made
        double now = d.weight(current);
        List<Long> within = new ArrayList<>();
        for (long v : d.products.descending(current.daily() - 1)) {
            if (now - d.weight(v) <= most + 1e-9) {
                within.add(v);
            } else if (d.products.make(v, current) != null) {
                break;
            }
        }
        for (int i = within.size() - 1; i >= 0; i--) {
            Dose x = d.products.make(within.get(i), current);
            if (x != null) {
                return x;
            }
        }
        return null;
    }

    /** {@code days} rounded up to a whole number of {@code align}-day periods (align 0 or 1: unchanged). */
    static int alignUp(int days, int align) {
        return align <= 1 ? days : (days + align - 1) / align * align;
    }
}

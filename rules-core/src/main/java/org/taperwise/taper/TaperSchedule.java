package org.taperwise.taper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taperwise.model.TaperDose;
import org.taperwise.model.TaperStep;
import org.taperwise.rules.Text;
import org.taperwise.tables.TaperPolicy;

/**
 * The whole regimen's taper: each opioid's {@link StepPlan} in turn, the others held meanwhile, laid out as dated
 * steps. Step 0 is the regimen now; each step starts the day after the previous one ends; when an opioid stops, the
 * next one's first hold follows. Review points (the plan's start, the review before every reduction, and review
 * dates within a long step) are never more than the {@link Pacing}'s {@code reviewMaxDays} apart until the last step.
 */
final class TaperSchedule {
    private TaperSchedule() {
    }

    /** Steps for every drug in order (the order of {@code drugs}): each is reduced in turn while the others are held. */
    static List<TaperStep> steps(List<Drug> drugs, TaperPolicy policy, Pacing pacing, LocalDate start,
            List<String> notes) {
        return steps(drugs, policy, pacing, start, null, null, notes);
    }

    /**
     * @param startingMme mid-taper: the regimen's daily MME when the taper began (the policy's percentages of the
     *                    original dose are of it); null, or not above the dose now: the taper starts now
     * @param holdUntil   a pause: the dose now is held at least until this date; null: none
     */
    static List<TaperStep> steps(List<Drug> drugs, TaperPolicy policy, Pacing pacing, LocalDate start,
            Double startingMme, LocalDate holdUntil, List<String> notes) {
        Map<Drug, List<StepPlan.Segment>> plans = new LinkedHashMap<>();
        double total0 = 0;
        for (Drug d : drugs) {
            total0 += d.mme(d.original) == null ? 0 : d.weight(d.original);
        }
        if (startingMme != null && startingMme > total0 + 1e-9) {
            notes.add("Mid-taper: the plan continues from the dose now prescribed (" + Text.num(round1(total0))
                    + " mg oral morphine a day); the policy's steps are a share of the dose the taper began at ("
                    + Text.num(startingMme) + " mg a day, taperRequest.startingDailyMme).");
            total0 = startingMme;
        }
        for (int i = 0; i < drugs.size(); i++) {
            Drug d = drugs.get(i);
            StepPlan.Basis basis = StepPlan.Basis.own(d);
            if (d.mme(d.original) != null) {
                double held = 0;
                for (Drug later : drugs.subList(i + 1, drugs.size())) {
                    held += later.mme(later.original) == null ? 0 : later.weight(later.original);
                }
                basis = new StepPlan.Basis(total0, held);
            }
            List<String> planned = new ArrayList<>();
            List<StepPlan.Segment> segs = StepPlan.plan(d, policy, basis, pacing, planned);
            plans.put(d, ProductSwitch.apply(d, segs, planned, policy, basis, pacing, notes));
        }
        Map<Drug, Dose> now = new LinkedHashMap<>();
        for (Drug d : drugs) {
            now.put(d, d.original);
        }
        List<TaperStep> steps = new ArrayList<>();
        LocalDate from = start;
        int firstHold = plans.get(drugs.get(0)).get(0).days();
        if (holdUntil != null && !holdUntil.isBefore(from)) {
            int paused = (int) ChronoUnit.DAYS.between(from, holdUntil) + 1;
            if (paused > firstHold) {
                firstHold = paused;
                notes.add("Paused: the dose now is held at least until " + holdUntil + " (taperRequest.holdUntil); the"
                        + " plan goes on from it at the first step date after that (step 0 gives the date); a pause"
                        + " never goes back to a higher dose (CDC 2022; Oregon Pain Guidance: pause, but do not"
                        + " reverse).");
            }
        }
        // the plan's doses in order: each step's regimen (the drug a switched product is taken as) and its days
        List<Map<Drug, Dose>> regimens = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        List<Boolean> patchChange = new ArrayList<>();
        regimens.add(new LinkedHashMap<>(now));
        lengths.add(firstHold);
        patchChange.add(false);
        for (int i = 0; i < drugs.size(); i++) {
            Drug d = drugs.get(i);
            Drug taken = d;
            List<StepPlan.Segment> segs = plans.get(d);
            for (int j = 1; j < segs.size(); j++) {
                StepPlan.Segment seg = segs.get(j);
                if (seg.drug() != null && seg.drug() != taken) {
                    now = replaced(now, taken, seg.drug());
                    taken = seg.drug();
                }
                now.put(taken, seg.dose());
                int days = seg.days();
                if (seg.dose().daily() == 0 && i + 1 < drugs.size()) {
                    days = plans.get(drugs.get(i + 1)).get(0).days();
                }
                regimens.add(new LinkedHashMap<>(now));
                lengths.add(days);
                patchChange.add(d.patch);
            }
        }
        if (pacing.weekdayStarts()) {
            WeekdayStarts.shift(from, lengths, patchChange, notes);
        }
        Map<Drug, Map<Integer, long[][]>> chosen = strengths(regimens, pacing.newStrengthCost());
        double previous = 0;
        for (int k = 0; k < regimens.size(); k++) {
            double total = total(regimens.get(k));
            steps.add(step(k, from, lengths.get(k), regimens.get(k), k == 0 ? 0 : previous - total, k > 0, pacing,
                    chosen));
            previous = total;
            from = from.plusDays(lengths.get(k));
        }
        return withReviews(steps, pacing.reviewMaxDays(), notes);
    }

    /**
     * The steps with review dates within those that would leave more than {@code max} days between review points. The
     * plan starts at a review; the review before each reduction is due by the last day of the step before it; the last
     * step (the stop) needs none. A gap longer than {@code max} is split evenly into the fewest parts of at most
     * {@code max} days.
     */
    private static List<TaperStep> withReviews(List<TaperStep> steps, int max, List<String> notes) {
        List<TaperStep> out = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < steps.size(); i++) {
            TaperStep s = steps.get(i);
            List<LocalDate> dates = List.of();
            if (i + 1 < steps.size()) {
                dates = reviewDates(i == 0 ? s.start() : s.start().minusDays(1), s.end(), max);
            }
            any |= !dates.isEmpty();
            out.add(new TaperStep(s.step(), s.start(), s.end(), s.totalDailyMme(), s.reductionMme(), s.reviewBefore(),
                    s.doses(), dates));
        }
        if (any) {
            notes.add("Steps longer than " + max + " days have review dates within them, so the patient is seen at"
                    + " least every " + max + " days while tapering (CDC 2022: follow up at least monthly during a"
                    + " taper).");
        }
        return out;
    }

    /** Dates strictly between the review at {@code from} and the one due by {@code due}, at most {@code max} apart. */
    static List<LocalDate> reviewDates(LocalDate from, LocalDate due, int max) {
        long gap = ChronoUnit.DAYS.between(from, due);
        if (gap <= max) {
            return List.of();
        }
        long parts = (gap + max - 1) / max;
        List<LocalDate> out = new ArrayList<>();
        for (long i = 1; i < parts; i++) {
            out.add(from.plusDays((i * gap * 2 + parts) / (parts * 2)));
        }
        return out;
    }

    /** The regimen with {@code to} in the place of {@code from} (a product switch), in the same order. */
    private static Map<Drug, Dose> replaced(Map<Drug, Dose> now, Drug from, Drug to) {
        Map<Drug, Dose> out = new LinkedHashMap<>();
        now.forEach((k, v) -> out.put(k == from ? to : k, v));
        return out;
    }

    private static double round1(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The regimen's daily MME, to one decimal; drugs without a factor count as 0. */
    private static double total(Map<Drug, Dose> now) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Drug, Dose> e : now.entrySet()) {
            BigDecimal m = e.getKey().mme(e.getValue());
            if (m != null) {
                sum = sum.add(m);
            }
        }
        return sum.setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * Each tablet or capsule drug's units for every step it is taken in, chosen over the whole plan ({@link
     * StrengthPlan}), by step number.
     */
    private static Map<Drug, Map<Integer, long[][]>> strengths(List<Map<Drug, Dose>> regimens, int newStrengthCost) {
        Map<Drug, Map<Integer, long[][]>> out = new HashMap<>();
        Set<Drug> all = new java.util.LinkedHashSet<>();
        regimens.forEach(r -> all.addAll(r.keySet()));
        for (Drug d : all) {
            if (d.patch || d.solution) {
                continue;
            }
            List<Integer> at = new ArrayList<>();
            List<Dose> doses = new ArrayList<>();
            for (int k = 0; k < regimens.size(); k++) {
                Dose x = regimens.get(k).get(d);
                if (x != null && x.daily() > 0) {
                    at.add(k);
                    doses.add(x);
                }
            }
            List<long[][]> units = StrengthPlan.choose(d, doses, newStrengthCost);
            Map<Integer, long[][]> byStep = new HashMap<>();
            for (int i = 0; i < at.size(); i++) {
                byStep.put(at.get(i), units.get(i));
            }
            out.put(d, byStep);
        }
        return out;
    }

    /** @param chosen each tablet drug's units by step ({@link #strengths}); others are worded as they come */
    private static TaperStep step(int number, LocalDate start, int days, Map<Drug, Dose> now, double reduction,
            boolean review, Pacing pacing, Map<Drug, Map<Integer, long[][]>> chosen) {
        List<TaperDose> doses = new ArrayList<>();
        for (Map.Entry<Drug, Dose> e : now.entrySet()) {
            if (e.getValue().daily() > 0) {
                Drug d = e.getKey();
                long[][] units = chosen.getOrDefault(d, Map.of()).get(number);
                if (units == null) {
                    units = DoseWording.units(d, e.getValue());
                }
                // step 0 is the regimen already prescribed: its prescriptions continue, nothing new to supply
                doses.add(DoseWording.describe(d, e.getValue(), units)
                        .withSupply(number == 0 ? List.of() : Quantities.of(d, e.getValue(), days,
                                pacing.supplyMaxDaysPerIssue(), units)));
            }
        }
        double total = total(now);
        return new TaperStep(number, start, start.plusDays(days - 1L), total,
                BigDecimal.valueOf(Math.max(0, reduction)).setScale(1, RoundingMode.HALF_UP).doubleValue(), review, doses);
    }
}

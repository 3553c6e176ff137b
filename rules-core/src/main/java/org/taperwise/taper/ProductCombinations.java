package org.taperwise.taper;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;

/**
 * Which daily doses the listed products can make, and how each is split across the day: tablets and capsules as
 * sums of the strengths (per administration, from {@link UnitTables}), patches as one patch or two of the same change
 * interval, oral solutions as measurable volumes of a listed concentration. Amounts are in thousandths.
 *
 * <p>After a previous dose, no administration of the day is ever larger than the same administration was, and when
 * one is dropped it is the morning's ({@link DaySplit}). The searches ({@link #nearest}, {@link #nextLower}) walk the
 * daily amounts that might be makeable, in steps of the granularity or from patch to patch.
 */
final class ProductCombinations {
    final boolean patch;
    final boolean solution;
    /** The most administrations a day: the regimen's now (patches: 1). */
    final int admins;
    /** As-needed doses are all the same size. */
    final boolean asNeeded;
    /** Tablets: the most strengths one day's doses may use (a step's prescription); 0: any. */
    private int maxStrengths;
    /** As-needed: the size of every dose (the prescribed one): the plan takes doses away, never shrinks them; 0: any. */
    private long asNeededDose;
    /** Tablets: the most units in one administration. */
    private final int maxUnits;
    /** Combination products: the most paracetamol one administration may hold (-1: no limit), per unit of each. */
    private long paracetamolCap = -1;
    private Map<Long, Long> paracetamol = Map.of();
    /**
     * Tablets made to be taken a set number of times a day (a 12-hourly product): that many at every dose but the
     * last, one smallest unit once a day; else 1.
     */
    final int leastAdmins;
    /** Tablets and patches: the listed strengths, ascending. */
    final List<Long> strengths;
    /** Tablets and solutions: every makeable daily amount is a multiple of it; patches: the smallest patch. */
    final long granularity;
    /** Oral solutions: the listed concentrations, the prescribed one first, then the others strongest first. */
    final List<Long> concentrations;
    /** Oral solutions: the prescribed concentration; 0 otherwise. */
    final long concentration;
    /** Oral solutions: the smallest measurable volume (thousandths of ml), and the most ml of a weaker one a dose. */
    private final long stepMl;
    private final double maxDoseMl;
    /** Tablets: each amount one administration can hold, with the fewest units that make it. */
    final Map<Long, long[]> makeUp;
    /** Tablets: every amount one administration can hold, ascending (the keys of makeUp). */
    private final ListedAmounts perAdmin;
    /** The doses {@link #make} has answered, for the searches that ask again. */
    private final MadeDoses made = new MadeDoses();
    /** Tablets: {@link #setUnits()}, once asked; null before. */
    private SetUnits setUnits;
    /** Patches: each total that can be worn, with the patches (largest first) that make it. */
    private final TreeMap<Long, long[]> patchCombos = new TreeMap<>();
    /** Patch strength to the change intervals (days) of the products that come in it. */
    final Map<Long, Set<Long>> patchFamily;

    private ProductCombinations(boolean patch, boolean solution, int admins, boolean asNeeded, List<Long> strengths,
            List<Long> concentrations, long stepMl, double maxDoseMl, UnitTables.UnitTable table,
            Map<Long, Set<Long>> patchFamily, int leastAdmins, int maxUnits) {
        this.patch = patch;
        this.maxUnits = maxUnits;
        this.leastAdmins = leastAdmins;
        this.solution = solution;
        this.admins = admins;
        this.asNeeded = asNeeded;
        this.strengths = strengths;
        this.concentrations = concentrations;
        this.concentration = solution ? concentrations.get(0) : 0;
        this.stepMl = stepMl;
        this.maxDoseMl = maxDoseMl;
        this.makeUp = table == null ? Map.of() : table.makeUp();
        this.perAdmin = table == null ? ListedAmounts.of(new long[0]) : table.amounts();
        this.patchFamily = patchFamily;
        if (patch) {
            buildPatchCombos();
            this.granularity = strengths.get(0);
        } else if (solution) {
            this.granularity = concentrations.stream().map(this::solutionStep).reduce(Thousandths::gcd).orElseThrow();
        } else {
            this.granularity = strengths.stream().reduce(Thousandths::gcd).orElseThrow();
        }
    }

    /**
     * Tablets or capsules of the strengths (ascending), combined freely up to {@code maxUnits} a dose.
     *
     * @param paracetamolCap the most paracetamol one administration may hold; -1: no limit
     * @param paracetamol    combination products: paracetamol per unit of each strength
     */
    static ProductCombinations tablets(List<Long> strengths, int maxUnits, long paracetamolCap,
            Map<Long, Long> paracetamol, int admins, boolean asNeeded) {
        return tablets(strengths, maxUnits, paracetamolCap, paracetamol, admins, asNeeded, false);
    }

    /** @param fixedInterval the products are made to be taken {@code admins} times a day: every dose keeps that many */
    static ProductCombinations tablets(List<Long> strengths, int maxUnits, long paracetamolCap,
            Map<Long, Long> paracetamol, int admins, boolean asNeeded, boolean fixedInterval) {
        ProductCombinations c = new ProductCombinations(false, false, admins, asNeeded, strengths, List.of(), 0, 0,
                UnitTables.of(strengths, maxUnits, paracetamolCap, paracetamol), Map.of(), fixedInterval ? admins : 1,
                maxUnits);
        c.paracetamolCap = paracetamolCap;
        c.paracetamol = Map.copyOf(paracetamol);
        return c;
    }

    /** Patches: each strength with the change intervals (days) of the products that come in it. */
    static ProductCombinations patches(Map<Long, Set<Long>> family) {
        return new ProductCombinations(true, false, 1, false, family.keySet().stream().sorted().toList(), List.of(), 0,
                0, null, family, 1, 2);
    }

    /**
     * Oral solutions of the concentrations (the prescribed one first), measured in steps of {@code stepMl}; a weaker
     * concentration is used for at most {@code maxDoseMl} ml a dose.
     */
    static ProductCombinations solutions(List<Long> concentrations, long stepMl, double maxDoseMl, int admins,
            boolean asNeeded) {
        return new ProductCombinations(false, true, admins, asNeeded, List.of(), concentrations, stepMl, maxDoseMl,
                null, Map.of(), 1, 0);
    }

    /**
     * One patch, or two of the same change interval: the fewest patches that make a total (15 is one 15 patch, not
     * 10 + 5; 50 is one 50, not 25 + 25), so never more than two at once (issue 12). Of two pairs with one total,
     * the one found first walking the strengths upward is kept.
     */
    private void buildPatchCombos() {
        for (long a : strengths) {
            patchCombos.put(a, new long[] {a});
        }
        for (long a : strengths) {
            for (long b : strengths) {
                Set<Long> shared = new TreeSet<>(patchFamily.get(a));
                shared.retainAll(patchFamily.get(b));
                if (b <= a && !shared.isEmpty()) {
                    patchCombos.putIfAbsent(a + b, new long[] {a, b});
                }
            }
        }
    }

    /** The smallest measurable change of a dose of the solution of this concentration. */
    private long solutionStep(long conc) {
        return Math.max(1, conc * stepMl / Thousandths.SCALE);
    }

    /**
     * The dose for a daily amount, split across at most the regimen's administrations ({@link DaySplit}); null if
     * not makeable. After {@code previous} (null: no bound), no administration is larger than the same administration
     * was (the last administrations of the day line up: when one is dropped, it is the morning's).
     */
    Dose make(long daily, Dose previous) {
        if (daily == 0) {
            return Dose.NONE;
        }
        if (patch) {
            long[] combo = patchCombos.get(daily);
            return combo == null ? null : new Dose(daily, combo.clone(), true);
        }
        long[] bound = previous == null || previous.daily() == 0 ? null : previous.parts();
        Dose held = made.held(bound, daily);
        if (held != null) {
            return held == MadeDoses.NOT_MADE ? null : held;
        }
        return made.hold(bound, daily, split(daily, bound));
    }

    /** Tablets and solutions: {@link #make} for a daily amount above 0, searched. */
    private Dose split(long daily, long[] bound) {
        int most = bound == null ? admins : Math.min(admins, bound.length);
        if (asNeededDose > 0) {
            // as needed: fewer doses a day of the same size (issue 12 review: not 4 mg doses of liquid morphine)
            long n = daily / asNeededDose;
            if (daily % asNeededDose != 0 || n > most) {
                return null;
            }
            long[] same = new long[(int) n];
            java.util.Arrays.fill(same, asNeededDose);
            return new Dose(daily, same, false, concentration);
        }
        if (solution) {
            // the prescribed concentration when it can measure the dose; else a weaker one, in small volumes
            for (long c : concentrations) {
                long step = solutionStep(c);
                long cap = c == concentration ? Long.MAX_VALUE : Math.round(c * maxDoseMl);
                long[] parts = DaySplit.ofMultiples(daily, most, bound, step, cap, asNeeded);
                if (parts != null) {
                    return new Dose(daily, parts, false, c);
                }
            }
            return null;
        }
        if (maxStrengths == 1 && !anyStrengthDivides(daily)) {
            // one strength a day: every dose is whole units of it, so the day's amount is a multiple of it
            return null;
        }
        long[] parts = DaySplit.ofListed(daily, most, Math.min(most, leastAdmins), bound, perAdmin, asNeeded,
                maxStrengths > 0 ? this::withinStrengthLimit : null);
        if (parts == null && leastAdmins > 1 && daily == strengths.get(0)) {
            // a product made to be taken a set number of times a day keeps them until its last step: the smallest
            // unit once a day before stopping (CDC 2022: extend the interval at the smallest available dose)
            parts = DaySplit.ofListed(daily, 1, 1, bound, perAdmin, asNeeded, null);
        }
        return parts == null ? null : new Dose(daily, parts, false);
    }

    /** Whether the daily amount is a whole number of units of some listed strength. */
    private boolean anyStrengthDivides(long daily) {
        for (long s : strengths) {
            if (daily % s == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Limits the strengths one day's doses may use (issue 12: at most the profile's number of strengths of a product
     * at a time, default two); 0 or less: any. Tablets and capsules only.
     */
    ProductCombinations limitStrengths(int most) {
        this.maxStrengths = Math.max(0, most);
        made.clear();
        setUnits = null;
        return this;
    }

    /**
     * Whether one administration of these units is allowed: a combination product's never holds more paracetamol
     * than one dose holds now (the same limit the unit tables keep).
     */
    boolean allowed(long[] units) {
        if (paracetamolCap < 0) {
            return true;
        }
        long total = 0;
        for (long u : units) {
            total += paracetamol.getOrDefault(u, 0L);
        }
        return total <= paracetamolCap;
    }

    /** Tablets: the most strengths one day's doses may use; 0: any. */
    int maxStrengthsOrAny() {
        return maxStrengths;
    }

    /** Tablets: the most units in one administration. */
    int maxUnits() {
        return maxUnits;
    }

    /** As-needed: every dose keeps this size, so the plan comes down by doses a day, then stops. */
    ProductCombinations keepDoseSize(long perDose) {
        this.asNeededDose = Math.max(0, perDose);
        made.clear();
        return this;
    }

    /** Whether the day's doses can be made of at most {@link #maxStrengths} strengths. */
    private boolean withinStrengthLimit(long[] parts) {
        return compose(parts) != null;
    }

    /**
     * Tablets: the units that make each administration of a day's doses, within the strength limit ({@link
     * StrengthSets}); null when they cannot be made so.
     */
    long[][] compose(long[] parts) {
        return StrengthSets.compose(parts, makeUp, maxStrengths > 0 ? setUnits() : null, maxStrengths);
    }

    /**
     * Tablets: the sets of strengths one day's doses may use (at most {@link #maxStrengths}; 0: any number), each
     * with its fewest allowed units per amount, found as asked.
     */
    SetUnits setUnits() {
        if (setUnits == null) {
            setUnits = new SetUnits(strengths, maxStrengths > 0 ? maxStrengths : strengths.size(), maxUnits,
                    this::allowed);
        }
        return setUnits;
    }

    /** The smallest dose that can be taken once a day, looking no higher than {@code upTo} (then it is upTo). */
    long smallestOnceDaily(long upTo) {
        if (patch) {
            return patchCombos.firstKey();
        }
        for (long d = granularity; d <= upTo; d += granularity) {
            Dose x = make(d, null);
            if (x != null && x.count() == 1) {
                return d;
            }
        }
        return upTo;
    }

    /**
     * The makeable dose after {@code current} nearest to {@code target} (ties upward; or the nearest at or below
     * when {@code down}), at most the current dose (which it is when the target rounds to it); null when none.
     */
    Dose nearest(double target, Dose current, boolean down) {
        Dose below = null;
        long start = Math.min(current.daily(), (long) Math.floor(target + 1e-6));
        for (long v : descending(start)) {
            Dose x = make(v, current);
            if (x != null) {
                below = x;
                break;
            }
        }
        if (down) {
            return below;
        }
        Dose above = null;
        for (long v : ascending((long) Math.floor(target + 1e-6) + 1, current.daily())) {
            Dose x = make(v, current);
            if (x != null) {
                above = x;
                break;
            }
        }
        if (below == null || above == null) {
            return below == null ? above : below;
        }
        return above.daily() - target <= target - below.daily() + 1e-6 ? above : below;
    }

    /** The largest makeable dose at least one unit (a patch: one smallest patch) below {@code current}. */
    Dose nextLower(Dose current) {
        long limit = patch ? current.daily() - strengths.get(0) : current.daily() - 1;
        for (long v : descending(limit)) {
            Dose x = make(v, current);
            if (x != null) {
                return x;
            }
        }
        return null;
    }

    /** One smallest listed unit: a tablet, a patch, or the smallest measurable volume of solution. */
    Dose smallestUnit() {
        long unit;
        if (solution) {
            unit = concentrations.stream().map(this::solutionStep).min(Long::compare).orElseThrow();
        } else {
            unit = strengths.get(0);
        }
        return new Dose(unit, new long[] {unit}, patch, solution ? concentration : 0);
    }

    /** Daily amounts the products might make, from {@code from} down to the smallest. */
    Iterable<Long> descending(long from) {
        if (patch) {
            return patchCombos.headMap(from, true).descendingKeySet();
        }
        long top = from / granularity * granularity;
        return () -> LongStream.iterate(top, v -> v >= granularity, v -> v - granularity).iterator();
    }

    /** Daily amounts the products might make, from {@code from} up to {@code to}. */
    private Iterable<Long> ascending(long from, long to) {
        if (patch) {
            return from > to ? List.of() : patchCombos.subMap(from, true, to, true).navigableKeySet();
        }
        long first = (from + granularity - 1) / granularity * granularity;
        return () -> LongStream.iterate(first, v -> v <= to, v -> v + granularity).iterator();
    }
}

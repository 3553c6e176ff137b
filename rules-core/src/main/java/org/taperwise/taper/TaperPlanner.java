package org.taperwise.taper;

import org.taperwise.tables.ConversionRow;
import org.taperwise.tables.ConversionTable;
import org.taperwise.tables.MedicineEntry;
import org.taperwise.tables.Product;
import org.taperwise.tables.TaperPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.taperwise.model.Administration;
import org.taperwise.model.Amount;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.Prescription;
import org.taperwise.model.Route;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.TaperBasis;
import org.taperwise.model.TaperDose;
import org.taperwise.model.TaperReason;
import org.taperwise.model.TaperStep;
import org.taperwise.rules.Text;

/**
 * Taper arithmetic: turns the current opioid regimen and a policy into dated steps made of listed products.
 *
 * <p>Each opioid is tapered on its own dose, one after another in the plan's order, while the others are held.
 * Amounts are kept in thousandths (of mg, or of microgram/hour for patches) so that every product strength
 * (1.3 mg, 37.5 microgram/hour) is exact.
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
 *   <li>Before stopping, a dose above the smallest once-a-day dose is first reduced to it (CDC 2022: extend the
 *       interval at the smallest dose, then stop).</li>
 * </ul>
 */
final class TaperPlanner {
    static final long SCALE = 1000; // amounts are held in thousandths; amount(long) relies on it
    private static final Map<Integer, List<String>> TIMES = Map.of(
            1, List.of("once a day"),
            2, List.of("in the morning", "in the evening"),
            3, List.of("in the morning", "at midday", "in the evening"),
            4, List.of("in the morning", "at midday", "in the late afternoon", "at bedtime"));

    /** Why a regimen cannot be planned. */
    static final class NotPlannable extends Exception {
        private static final long serialVersionUID = 1L;
        final TaperReason code;

        NotPlannable(TaperReason code, String message) {
            super(message);
            this.code = code;
        }
    }

    /**
     * A dose of one opioid: per-administration amounts (morning first), or the patches worn; for an oral solution,
     * the concentration it is measured from (thousandths of mg/ml; 0 otherwise).
     */
    record Dose(long daily, long[] parts, boolean patch, long concentration) {
        static final Dose NONE = new Dose(0, new long[0], false, 0);

        Dose(long daily, long[] parts, boolean patch) {
            this(daily, parts, patch, 0);
        }

        int count() {
            return parts.length;
        }
    }

    /** How long a dose is held. */
    record Segment(Dose dose, int days) {
    }

    /** One opioid of the current regimen, with everything the arithmetic needs. */
    static final class Drug {
        final String ref;
        final MedicineEntry medicine;
        final Prescription rx;
        final Route route;
        final boolean patch;
        final boolean solution;
        final boolean asNeeded;
        final int admins0;
        final long changeDays;
        final long concentration;
        /** Oral solutions: the listed concentrations, the prescribed one first, then the others strongest first. */
        final List<Long> concentrations;
        final long stepMlMilli;
        final double solutionMaxDoseMl;
        /** Combination products: paracetamol (thousandths of mg) per unit of each strength, and the most per dose. */
        final Map<Long, Long> paracetamol = new HashMap<>();
        final long paracetamolCap;
        /** Something about the products the prescriber should know, or null. */
        final String productNote;
        final Dose original;
        final List<Long> strengths;
        final boolean combine;
        final long granularity;
        final ConversionTable conversions;
        /** Tablets: each amount one administration can hold, with the fewest units that make it. */
        Map<Long, long[]> makeUp = Map.of();
        /** Tablets: every amount one administration can hold, ascending (the keys of makeUp). */
        long[] perAdmin = new long[0];
        final TreeMap<Long, long[]> patchCombos = new TreeMap<>();
        /** Patch strength to the change intervals (days) of the products that come in it. */
        final Map<Long, java.util.Set<Long>> patchFamily = new HashMap<>();

        Drug(String ref, MedicineEntry medicine, Prescription rx, Route route, long daily, List<Product> products,
                ConversionTable conversions, double liquidStepMl, double solutionMaxDoseMl) throws NotPlannable {
            this.ref = ref;
            this.medicine = medicine;
            this.rx = rx;
            this.route = route;
            this.conversions = conversions;
            this.patch = rx.form() == Form.PATCH;
            this.solution = rx.form() == Form.ORAL_SOLUTION;
            this.asNeeded = rx.asNeeded();
            if (patch) {
                this.admins0 = 1;
                BigDecimal every = rx.changeEveryDays();
                this.changeDays = every == null ? 0 : every.setScale(0, RoundingMode.CEILING).longValue();
            } else {
                BigDecimal times = rx.timesPerDay();
                if (times == null || times.stripTrailingZeros().scale() > 0 || times.intValue() < 1
                        || times.intValue() > 6) {
                    throw new NotPlannable(TaperReason.REGIMEN_NOT_PLANNABLE, medicine.name() + " is taken "
                            + (times == null ? "an unknown number of" : Text.num(times.doubleValue()))
                            + " times a day: a plan needs 1 to 6 whole doses a day");
                }
                this.admins0 = times.intValue();
                this.changeDays = 0;
            }
            if (products.isEmpty()) {
                throw new NotPlannable(TaperReason.PRODUCTS_UNKNOWN, "the products table lists no " + medicine.name() + " "
                        + rx.form().code() + " to make the taper doses from");
            }
            List<Product> usable = products.stream()
                    .filter(p -> p.dosesPerDay() == null || p.dosesPerDay() >= admins0).toList();
            if (usable.isEmpty()) {
                // prescribed more often than any listed product is made for: keep the prescription's frequency
                int most = products.stream().mapToInt(Product::dosesPerDay).max().orElse(0);
                usable = products;
                this.productNote = medicine.name() + " " + rx.form().code() + " is prescribed " + admins0
                        + " times a day; the products table lists it for at most " + most + (most == 1 ? " dose" : " doses")
                        + " a day. The plan keeps the prescribed frequency: check the regimen before it starts.";
            } else {
                this.productNote = null;
            }
            this.stepMlMilli = milli(BigDecimal.valueOf(liquidStepMl));
            this.solutionMaxDoseMl = solutionMaxDoseMl;
            if (solution) {
                BigDecimal conc = rx.strength() == null || rx.strength().unit() != StrengthUnit.MG_PER_ML ? null
                        : rx.strength().value();
                if (conc == null || usable.stream().noneMatch(p -> p.strength().compareTo(conc) == 0)) {
                    throw new NotPlannable(TaperReason.PRODUCTS_UNKNOWN, "the products table lists no " + medicine.name()
                            + " oral solution of " + (conc == null ? "the given" : Text.num(conc.doubleValue()) + " mg/ml")
                            + " concentration");
                }
                this.concentration = milli(conc);
                List<Long> concs = new ArrayList<>();
                concs.add(concentration);
                usable.stream().map(p -> milli(p.strength())).filter(c -> c != concentration).distinct()
                        .sorted(Comparator.reverseOrder()).forEach(concs::add);
                this.concentrations = List.copyOf(concs);
                this.granularity = concentrations.stream().map(this::solutionStep).reduce(TaperPlanner::gcd)
                        .orElseThrow();
                this.combine = true;
                this.strengths = List.of();
                this.paracetamolCap = -1;
            } else if (patch) {
                this.concentration = 0;
                this.concentrations = List.of();
                this.paracetamolCap = -1;
                this.combine = true;
                this.strengths = usable.stream().map(p -> milli(p.strength())).distinct().sorted().toList();
                for (Product p : usable) {
                    patchFamily.computeIfAbsent(milli(p.strength()), k -> new java.util.TreeSet<>())
                            .add(p.changeEveryDays().setScale(0, RoundingMode.CEILING).longValue());
                }
                buildPatchCombos(usable);
                this.granularity = strengths.get(0);
            } else {
                this.concentration = 0;
                this.concentrations = List.of();
                boolean canCombine = usable.stream().allMatch(Product::combine);
                this.combine = canCombine;
                if (canCombine) {
                    this.strengths = usable.stream().map(p -> milli(p.strength())).distinct().sorted().toList();
                } else {
                    long own = rx.strength() == null ? -1 : milli(perUnitMg(rx));
                    if (usable.stream().noneMatch(p -> milli(p.strength()) == own)) {
                        throw new NotPlannable(TaperReason.PRODUCTS_UNKNOWN, "the products table lists no " + medicine.name()
                                + " " + rx.form().code() + " of the prescribed strength");
                    }
                    this.strengths = List.of(own);
                }
                this.granularity = strengths.stream().reduce(TaperPlanner::gcd).orElseThrow();
                this.paracetamolCap = paracetamolCap(usable, daily);
            }
            this.original = originalDose(daily);
            if (!patch && !solution) {
                long largest = strengths.get(strengths.size() - 1);
                long maxPart = Arrays.stream(original.parts).max().orElse(0);
                int maxUnits = (int) Math.max(4, maxPart / largest + 2);
                buildPerAdmin(maxUnits);
            }
        }

        /** The smallest measurable change of a dose of the solution of this concentration. */
        private long solutionStep(long conc) {
            return Math.max(1, conc * stepMlMilli / SCALE);
        }

        /**
         * Combination products: the paracetamol in one dose now (units per dose x paracetamol per unit), which no
         * taper dose may exceed; -1 when no listed product carries paracetamol.
         */
        private long paracetamolCap(List<Product> usable, long daily) throws NotPlannable {
            for (Product p : usable) {
                if (p.paracetamolMg() != null) {
                    paracetamol.put(milli(p.strength()), milli(p.paracetamolMg()));
                }
            }
            if (paracetamol.isEmpty()) {
                return -1;
            }
            long own = rx.strength() == null ? -1 : milli(perUnitMg(rx));
            Long perUnit = paracetamol.get(own);
            if (perUnit == null) {
                throw new NotPlannable(TaperReason.PRODUCTS_UNKNOWN, "the products table lists no " + medicine.name() + " "
                        + rx.form().code() + " of the prescribed strength, so the paracetamol in each dose is unknown");
            }
            long perDose = (daily + admins0 - 1) / admins0;
            long units = (perDose + own - 1) / own;
            return units * perUnit;
        }

        private static BigDecimal perUnitMg(Prescription rx) {
            return rx.strength().unit() == StrengthUnit.MICROGRAM ? rx.strength().value().divide(BigDecimal.valueOf(1000))
                    : rx.strength().value();
        }

        private Dose originalDose(long daily) {
            if (patch) {
                long strength = milli(rx.strength().value());
                int n = rx.dose().value().intValue();
                long[] parts = new long[Math.max(1, n)];
                Arrays.fill(parts, strength);
                return new Dose(daily, parts, true);
            }
            long[] parts = new long[admins0];
            long each = daily / admins0;
            Arrays.fill(parts, each);
            parts[admins0 - 1] += daily - each * admins0;
            return new Dose(daily, parts, false, concentration);
        }

        private void buildPerAdmin(int maxUnits) {
            UnitTable table = UNIT_TABLES.get(new UnitKey(strengths, maxUnits, paracetamolCap, paracetamol));
            if (table == null) {
                table = unitTable(maxUnits);
                if (UNIT_TABLES.size() < 10_000) {
                    UNIT_TABLES.put(new UnitKey(strengths, maxUnits, paracetamolCap, Map.copyOf(paracetamol)), table);
                }
            }
            makeUp = table.makeUp();
            perAdmin = table.perAdmin();
        }

        /** Every sum of 1..maxUnits units, with the fewest units for each amount. */
        private UnitTable unitTable(int maxUnits) {
            Map<Long, long[]> best = new HashMap<>();
            best.put(0L, new long[0]);
            List<Long> frontier = List.of(0L);
            for (int u = 1; u <= maxUnits; u++) {
                List<Long> next = new ArrayList<>();
                for (long base : frontier) {
                    for (long s : strengths) {
                        long sum = base + s;
                        if (!best.containsKey(sum)) {
                            long[] prev = best.get(base);
                            long[] combo = Arrays.copyOf(prev, prev.length + 1);
                            combo[prev.length] = s;
                            if (paracetamolCap >= 0 && paracetamolOf(combo) > paracetamolCap) {
                                continue;
                            }
                            best.put(sum, combo);
                            next.add(sum);
                        }
                    }
                }
                frontier = next;
            }
            best.remove(0L);
            long[] amounts = best.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            return new UnitTable(Map.copyOf(best), amounts);
        }

        private long paracetamolOf(long[] units) {
            long total = 0;
            for (long u : units) {
                total += paracetamol.getOrDefault(u, 0L);
            }
            return total;
        }

        private void buildPatchCombos(List<Product> usable) {
            for (long a : strengths) {
                patchCombos.putIfAbsent(a, new long[] {a});
                for (long b : strengths) {
                    java.util.Set<Long> shared = new java.util.TreeSet<>(patchFamily.get(a));
                    shared.retainAll(patchFamily.get(b));
                    if (b <= a && !shared.isEmpty()) {
                        patchCombos.putIfAbsent(a + b, new long[] {a, b});
                    }
                }
            }
        }

        /**
         * The dose for a daily amount, split across at most the regimen's administrations; null if not makeable.
         * After {@code previous} (null: no bound), no administration is larger than the same administration was
         * (the last administrations of the day line up: when one is dropped, it is the morning's).
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
            int most = bound == null ? admins0 : Math.min(admins0, bound.length);
            if (solution) {
                // the prescribed concentration when it can measure the dose; else a weaker one, in small volumes
                for (long c : concentrations) {
                    long step = solutionStep(c);
                    long cap = c == concentration ? Long.MAX_VALUE : Math.round(c * solutionMaxDoseMl);
                    long[] parts = split(daily, most, bound, v -> v % step == 0 && v <= cap, step);
                    if (parts != null) {
                        return new Dose(daily, parts, false, c);
                    }
                }
                return null;
            }
            long[] parts = split(daily, most, bound, v -> java.util.Arrays.binarySearch(perAdmin, v) >= 0, 0);
            return parts == null ? null : new Dose(daily, parts, false);
        }

        /** How many of the ascending values are at most {@code most}. */
        private static int atMost(long[] ascending, long most) {
            int i = java.util.Arrays.binarySearch(ascending, most);
            return i >= 0 ? i + 1 : -i - 1;
        }

        /**
         * The daily amount as {@code k} administrations of a and the rest of b (a &lt; b, the larger ones last), with
         * as many administrations as possible (at most {@code admins}) and the smallest difference between them; each
         * amount passes {@code ok} and stays within {@code bound}; as-needed doses are all the same size. Null when no
         * split exists.
         *
         * @param step solutions: amounts are multiples of it; 0: tablets, amounts are those listed in perAdmin
         */
        private long[] split(long daily, int admins, long[] bound, java.util.function.LongPredicate ok, long step) {
            for (int n = admins; n >= 1; n--) {
                long[] best = null;
                long bestSpread = Long.MAX_VALUE;
                long most = daily / n;
                // the candidate smaller amounts, ascending: listed amounts up to most, or multiples of step
                int count = step == 0 ? atMost(perAdmin, most) : (int) (most / step);
                for (int j = 0; j < count; j++) {
                    long lo = step == 0 ? perAdmin[j] : (j + 1) * step;
                    if (!ok.test(lo)) {
                        continue;
                    }
                    for (int k = n; k >= (asNeeded ? n : 1); k--) {
                        long rest = daily - k * lo;
                        long hi;
                        if (k == n) {
                            if (rest != 0) {
                                continue;
                            }
                            hi = lo;
                        } else {
                            if (rest % (n - k) != 0) {
                                continue;
                            }
                            hi = rest / (n - k);
                            if (hi <= lo || !ok.test(hi)) {
                                continue;
                            }
                        }
                        if (hi - lo >= bestSpread) {
                            continue;
                        }
                        long[] parts = new long[n];
                        for (int i = 0; i < n; i++) {
                            parts[i] = i < k ? lo : hi;
                        }
                        if (within(parts, bound)) {
                            best = parts;
                            bestSpread = hi - lo;
                        }
                    }
                }
                if (best != null) {
                    return best;
                }
            }
            return null;
        }

        private static boolean within(long[] parts, long[] bound) {
            if (bound == null) {
                return true;
            }
            int offset = bound.length - parts.length;
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] > bound[offset + i]) {
                    return false;
                }
            }
            return true;
        }

        /** The smallest dose that can be taken once a day. */
        long smallestOnceDaily() {
            if (patch) {
                return patchCombos.firstKey();
            }
            for (long d = granularity; d <= original.daily(); d += granularity) {
                Dose x = make(d, null);
                if (x != null && x.count() == 1) {
                    return d;
                }
            }
            return original.daily();
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

        /** The smallest makeable dose below {@code current} that is at most {@code most} mg MME less; null if none. */
        Dose largestCutWithin(Dose current, double most) {
            Dose best = null;
            for (long v : descending(current.daily() - 1)) {
                Dose x = make(v, current);
                if (x == null) {
                    continue;
                }
                if (weight(current) - weight(x) > most + 1e-9) {
                    break;
                }
                best = x;
            }
            return best;
        }

        /** mg MME of one smallest listed unit: a tablet, a patch, or the smallest measurable volume of solution. */
        double unitWeight() {
            long unit;
            if (solution) {
                unit = concentrations.stream().map(this::solutionStep).min(Long::compare).orElseThrow();
            } else {
                unit = strengths.get(0);
            }
            Dose one = new Dose(unit, new long[] {unit}, patch, solution ? concentration : 0);
            return weight(one);
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

        /** Daily amounts the products might make, from {@code from} down to the smallest. */
        private Iterable<Long> descending(long from) {
            if (patch) {
                return patchCombos.headMap(from, true).descendingKeySet();
            }
            long top = from / granularity * granularity;
            return () -> java.util.stream.LongStream.iterate(top, v -> v >= granularity, v -> v - granularity)
                    .iterator();
        }

        /** Daily amounts the products might make, from {@code from} up to {@code to}. */
        private Iterable<Long> ascending(long from, long to) {
            if (patch) {
                return from > to ? List.of() : patchCombos.subMap(from, true, to, true).navigableKeySet();
            }
            long first = (from + granularity - 1) / granularity * granularity;
            return () -> java.util.stream.LongStream.iterate(first, v -> v <= to, v -> v + granularity).iterator();
        }

        /** mg oral morphine a day for a dose; null when the profile gives no factor. */
        BigDecimal mme(Dose dose) {
            if (dose.daily() == 0) {
                return BigDecimal.ZERO;
            }
            if (patch) {
                BigDecimal total = BigDecimal.ZERO;
                for (long p : dose.parts()) {
                    BigDecimal strength = amount(p);
                    ConversionRow row = conversions.find(medicine.ingredient(), route, ConversionTable.MICROGRAM_PER_HOUR,
                            strength, strength);
                    if (row == null || row.excluded()) {
                        return null;
                    }
                    total = total.add(strength.multiply(row.factor()));
                }
                return total;
            }
            BigDecimal daily = amount(dose.daily());
            ConversionRow row = conversions.find(medicine.ingredient(), route, ConversionTable.MG, null, daily);
            return row == null || row.excluded() ? null : daily.multiply(row.factor());
        }

        /** The amount a rate comparison uses: the morphine equivalent, or the dose when there is no factor. */
        double weight(Dose dose) {
            BigDecimal m = mme(dose);
            return m != null ? m.doubleValue() : dose.daily() / (double) SCALE;
        }

        String unit() {
            return patch ? "microgram/hour" : "mg";
        }

        String label() {
            return medicine.name() + " " + rx.form().code();
        }
    }

    /** What a set of tablet strengths can make per administration; the same for every patient on them. */
    private record UnitKey(List<Long> strengths, int maxUnits, long paracetamolCap, Map<Long, Long> paracetamol) {
    }

    /** @param perAdmin the keys of makeUp, ascending; shared, never changed */
    private record UnitTable(Map<Long, long[]> makeUp, long[] perAdmin) {
    }

    /** Unit tables by strengths and limits (a few dozen in practice; bounded against odd input). */
    private static final Map<UnitKey, UnitTable> UNIT_TABLES = new java.util.concurrent.ConcurrentHashMap<>();

    private TaperPlanner() {
    }

    static long milli(BigDecimal v) {
        return v.multiply(BigDecimal.valueOf(SCALE)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static BigDecimal amount(long milli) {
        return BigDecimal.valueOf(milli, 3).stripTrailingZeros(); // milli / SCALE, exactly
    }

    /** As {@code amount(milli).doubleValue()} (both are the double nearest milli / 1000), without the decimal. */
    static double value(long milli) {
        return milli / (double) SCALE;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    // ---- one drug -----------------------------------------------------------------------------------------

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

    /** The segments of one drug's taper: the original dose first, the stopped dose (0) last. */
    static List<Segment> plan(Drug d, TaperPolicy policy, Basis basis, List<String> notes) {
        long smallest = d.smallestOnceDaily();
        int align = d.patch ? (int) Math.max(1, d.changeDays) : 1;
        int base = alignUp(policy.intervalDays(), align);
        if (base != policy.intervalDays()) {
            notes.add(d.label() + ": steps fall every " + base + " days, the policy's " + policy.intervalDays()
                    + " rounded up to whole patch changes (every " + d.changeDays + " days).");
        }
        if (d.productNote != null) {
            notes.add(d.productNote);
        }
        Dose afterFirst = d.nextLower(d.original);
        double firstDrop = afterFirst == null ? 0 : d.weight(d.original) - d.weight(afterFirst);
        boolean unitSteps = firstDrop > maxCut(policy, basis, d.weight(d.original)) + 1e-9;
        List<Segment> segments = unitSteps ? unitSteps(d, policy, basis, smallest, base, notes)
                : percentSteps(d, policy, basis, smallest, base, notes);
        segments.stream().map(Segment::dose).filter(x -> x.daily() > 0 && x.concentration() != d.concentration)
                .findFirst().ifPresent(x -> notes.add(d.label() + ": the smaller doses are measured from the "
                        + Text.num(value(x.concentration())) + " mg/ml solution, not the "
                        + Text.num(value(d.concentration)) + " mg/ml now prescribed: prescribe it by"
                        + " name and strength, and check the patient has the right bottle and knows the new volume."));
        return segments;
    }

    /** The policy's largest cut in one interval (MME) while the drug being reduced is at {@code weight}. */
    private static double maxCut(TaperPolicy policy, Basis basis, double weight) {
        double p = policy.reductionPercent() / 100.0;
        return p * (policy.basis() == TaperBasis.ORIGINAL ? basis.total0() : weight + basis.held());
    }

    private static List<Segment> percentSteps(Drug d, TaperPolicy policy, Basis basis, long smallest, int base,
            List<String> notes) {
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
                if (current.daily() > smallest || current.count() > 1) {
                    // CDC 2022: extend the interval at the smallest available dose, then stop
                    next = d.make(smallest, current);
                    onceDaily = next != null;
                    next = next == null ? Dose.NONE : next;
                }
            } else {
                next = d.nearest(target, current, policy.roundDown());
                if (next == null || next.daily() >= current.daily()) {
                    next = current;
                }
            }
            double most = maxCut(policy, basis, d.weight(current)) + d.unitWeight();
            if (next.daily() < current.daily() && d.weight(current) - d.weight(next) > most + 1e-9) {
                // rounding would cut more than the policy allows (plus one smallest unit): take the nearest dose
                // that does not, or, when the products make none, hold the current dose long enough to keep the
                // average rate (the step after a longer hold)
                Dose within = d.largestCutWithin(current, most);
                if (within != null) {
                    next = within;
                } else {
                    double drop = d.weight(current) - d.weight(next);
                    double perInterval = Math.max(1e-9, maxCut(policy, basis, d.weight(current)));
                    int align = d.patch ? (int) Math.max(1, d.changeDays) : 7;
                    int days = alignUp((int) Math.ceil(policy.intervalDays() * drop / perInterval - 1e-9), align);
                    Segment last = out.remove(out.size() - 1);
                    out.add(new Segment(last.dose(), Math.max(last.days(), days)));
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

    private static List<Segment> unitSteps(Drug d, TaperPolicy policy, Basis basis, long smallest, int base,
            List<String> notes) {
        List<Segment> out = new ArrayList<>();
        int align = d.patch ? (int) Math.max(1, d.changeDays) : 7;
        Dose current = d.original;
        int longest = 0;
        while (current.daily() > 0) {
            Dose next = d.nextLower(current);
            if (next == null && (current.daily() > smallest || current.count() > 1)) {
                next = d.make(smallest, current);
            }
            next = next == null ? Dose.NONE : next;
            double maxRed = Math.max(1e-9, maxCut(policy, basis, d.weight(current)));
            double drop = d.weight(current) - d.weight(next);
            int days = Math.max(base, alignUp((int) Math.ceil(policy.intervalDays() * drop / maxRed - 1e-9), align));
            longest = Math.max(longest, days);
            out.add(new Segment(current, days));
            current = next;
        }
        out.add(new Segment(Dose.NONE, base));
        notes.add(d.label() + ": the smallest step the products allow is more than the policy's "
                + Text.num(policy.reductionPercent()) + "% a step, so each step removes one "
                + (d.patch ? "patch strength" : "dose unit") + " and steps are spaced up to "
                + longest + " days apart to keep the average rate within the policy.");
        return out;
    }

    static int alignUp(int days, int align) {
        return align <= 1 ? days : (days + align - 1) / align * align;
    }

    // ---- the whole regimen --------------------------------------------------------------------------------

    /** Steps for every drug in order: each is reduced in turn while the others are held. */
    static List<TaperStep> schedule(List<Drug> drugs, TaperPolicy policy, LocalDate start, List<String> notes) {
        Map<Drug, List<Segment>> plans = new LinkedHashMap<>();
        double total0 = 0;
        for (Drug d : drugs) {
            total0 += d.mme(d.original) == null ? 0 : d.weight(d.original);
        }
        for (int i = 0; i < drugs.size(); i++) {
            Drug d = drugs.get(i);
            Basis basis = Basis.own(d);
            if (d.mme(d.original) != null) {
                double held = 0;
                for (Drug later : drugs.subList(i + 1, drugs.size())) {
                    held += later.mme(later.original) == null ? 0 : later.weight(later.original);
                }
                basis = new Basis(total0, held);
            }
            plans.put(d, plan(d, policy, basis, notes));
        }
        Map<Drug, Dose> now = new LinkedHashMap<>();
        drugs.forEach(d -> now.put(d, d.original));
        List<TaperStep> steps = new ArrayList<>();
        LocalDate from = start;
        int firstHold = plans.get(drugs.get(0)).get(0).days();
        double previous = total(now);
        steps.add(step(0, from, firstHold, now, 0, false));
        from = from.plusDays(firstHold);
        for (int i = 0; i < drugs.size(); i++) {
            Drug d = drugs.get(i);
            List<Segment> segs = plans.get(d);
            for (int j = 1; j < segs.size(); j++) {
                now.put(d, segs.get(j).dose());
                int days = segs.get(j).days();
                if (segs.get(j).dose().daily() == 0 && i + 1 < drugs.size()) {
                    days = plans.get(drugs.get(i + 1)).get(0).days();
                }
                double total = total(now);
                TaperStep s = step(steps.size(), from, days, now, previous - total, true);
                steps.add(s);
                previous = total;
                from = from.plusDays(days);
            }
        }
        return steps;
    }

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

    private static TaperStep step(int number, LocalDate start, int days, Map<Drug, Dose> now, double reduction,
            boolean review) {
        List<TaperDose> doses = new ArrayList<>();
        for (Map.Entry<Drug, Dose> e : now.entrySet()) {
            if (e.getValue().daily() > 0) {
                doses.add(dose(e.getKey(), e.getValue()));
            }
        }
        double total = total(now);
        return new TaperStep(number, start, start.plusDays(days - 1L), total,
                BigDecimal.valueOf(Math.max(0, reduction)).setScale(1, RoundingMode.HALF_UP).doubleValue(), review, doses);
    }

    // ---- words ------------------------------------------------------------------------------------------

    static TaperDose dose(Drug d, Dose dose) {
        BigDecimal mme = d.mme(dose);
        Amount daily = new Amount(value(dose.daily()), d.unit());
        List<Administration> admins = new ArrayList<>();
        String regimen;
        if (d.patch) {
            String change = "changed every " + changeDays(d, dose) + " days";
            List<String> words = new ArrayList<>();
            for (long p : dose.parts()) {
                String s = Text.num(value(p)) + " microgram/hour";
                words.add("one " + s + " patch");
                admins.add(new Administration("patch", new Amount(value(p), "microgram/hour"),
                        "1 x " + s + " patch, " + change));
            }
            regimen = String.join(" and ", words) + ", " + change;
            if (changeDays(d, dose) != d.changeDays && d.changeDays > 0) {
                regimen = regimen + " (a different patch product: check the change day with the patient)";
            }
        } else {
            List<String> labels = d.asNeeded ? prn(dose.count()) : labels(d.admins0, dose.count());
            List<String> words = new ArrayList<>();
            for (int i = 0; i < dose.count(); i++) {
                long part = dose.parts()[i];
                String amountText = Text.num(value(part)) + " mg";
                String make = make(d, part, dose.concentration());
                if (d.solution) {
                    amountText = amountText + " (" + Text.num(value(part) / value(dose.concentration()))
                            + " ml" + (dose.concentration() == d.concentration ? "" : " of "
                            + Text.num(value(dose.concentration())) + " mg/ml") + ")";
                }
                boolean oneUnit = d.solution || make.equals("1 x " + Text.num(value(part)) + " mg");
                String what = amountText + (oneUnit ? "" : " (" + make + ")");
                words.add(d.asNeeded ? what : what + " " + labels.get(i));
                admins.add(new Administration(labels.get(i), new Amount(value(part), "mg"), make));
            }
            // as-needed doses are all the same size (the planner keeps them equal)
            regimen = d.asNeeded ? "only when needed: " + words.get(0) + " a dose, at most " + dose.count()
                    + (dose.count() == 1 ? " dose" : " doses") + " a day" : String.join(", ", words);
        }
        return new TaperDose(d.medicine.name(), d.rx.form(), daily,
                mme == null ? null : mme.setScale(2, RoundingMode.HALF_UP).doubleValue(), regimen, admins);
    }

    /** The change interval of the patches worn: the prescription's when every patch comes in it. */
    private static long changeDays(Drug d, Dose dose) {
        java.util.Set<Long> common = null;
        for (long p : dose.parts()) {
            java.util.Set<Long> family = d.patchFamily.getOrDefault(p, java.util.Set.of());
            if (common == null) {
                common = new java.util.TreeSet<>(family);
            } else {
                common.retainAll(family);
            }
        }
        if (common == null || common.isEmpty() || common.contains(d.changeDays)) {
            return d.changeDays > 0 ? d.changeDays : common == null || common.isEmpty() ? 0 : common.iterator().next();
        }
        return common.iterator().next();
    }

    private static String make(Drug d, long part, long concentration) {
        if (d.solution) {
            return Text.num(value(part) / value(concentration)) + " ml of "
                    + Text.num(value(concentration)) + " mg/ml";
        }
        long[] units = d.makeUp.get(part);
        if (units == null) {
            // the current regimen as prescribed, when its strength is not among the listed products
            BigDecimal per = d.rx.strength() == null ? null : Drug.perUnitMg(d.rx);
            return per == null ? Text.num(value(part)) + " mg"
                    : Text.num(value(part) / per.doubleValue()) + " x " + Text.num(per.doubleValue()) + " mg";
        }
        Map<Long, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
        for (long u : units) {
            counts.merge(u, 1, Integer::sum);
        }
        List<String> bits = new ArrayList<>();
        counts.forEach((u, n) -> bits.add(n + " x " + Text.num(value(u)) + " mg"));
        return String.join(" + ", bits);
    }

    private static List<String> prn(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add("(dose " + i + ")");
        }
        return out;
    }

    private static List<String> labels(int admins0, int n) {
        List<String> all = TIMES.get(admins0);
        if (all == null) {
            List<String> generic = new ArrayList<>();
            for (int i = 1; i <= admins0; i++) {
                generic.add("(dose " + i + " of " + admins0 + ")");
            }
            all = generic;
        }
        List<String> last = all.subList(all.size() - n, all.size());
        if (n == 1 && admins0 > 1) {
            return List.of(last.get(0).equals("at bedtime") ? "at bedtime" : "at night");
        }
        return last;
    }

    static String describeUnit(Drug d) {
        return d.patch ? "patch" : d.solution ? "ml" : d.rx.dose() != null && d.rx.dose().unit() == DoseUnit.UNIT
                ? "tablet" : "dose";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

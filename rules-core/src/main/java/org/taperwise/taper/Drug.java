package org.taperwise.taper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.taperwise.model.Form;
import org.taperwise.model.Prescription;
import org.taperwise.model.Route;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.TaperReason;
import org.taperwise.rules.Text;
import org.taperwise.tables.ConversionRow;
import org.taperwise.tables.ConversionTable;
import org.taperwise.tables.MedicineEntry;
import org.taperwise.tables.Product;

/**
 * One opioid of the current regimen, read for the taper: how it is taken (administrations a day, as needed, patch
 * changes), which of the listed products can make its doses ({@link ProductCombinations}), its dose now, and what a
 * dose weighs in oral morphine equivalents. Amounts are in thousandths ({@link Thousandths}).
 */
final class Drug {
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
     * The most units of the largest listed strength one dose now may hold for the planner to make a plan: ten (the
     * planner's tables grow with it; issue 13: a dose of a million tablets hung the planner).
     */
    static final int MAX_UNITS_A_DOSE = 10;

    final String ref;
    /** The prescription items planned together as this regimen. */
    final List<String> refs;
    /** Patches: every patch worn now, largest first, when the regimen is several items; else null. */
    private final long[] patchesWorn;
    final MedicineEntry medicine;
    final Prescription rx;
    final Route route;
    final boolean patch;
    final boolean solution;
    final boolean asNeeded;
    /** Administrations a day now (patches: 1). */
    final int admins0;
    /** Patches: days between changes as prescribed, rounded up; 0 otherwise or when not given. */
    final long changeDays;
    /** Patches: days between changes exactly as prescribed (3.5: twice a week); null otherwise or when not given. */
    final BigDecimal prescribedChangeDays;
    /** Oral solutions: the prescribed concentration (thousandths of mg/ml); 0 otherwise. */
    final long concentration;
    /** Something about the products the prescriber should know, or null. */
    final String productNote;
    /** The doses the listed products can make for this regimen. */
    final ProductCombinations products;
    /** The dose now (a switched product's: the dose it starts at, {@link ProductSwitch}). */
    Dose original;
    /** The 12-hourly product this once-daily one may switch to, by the dose it starts at; null when none. */
    java.util.function.Function<Dose, Drug> switchTo;
    /** Whether the product is a combination with paracetamol (co-codamol): worded in tablets of the product. */
    boolean combination;
    /** The brand of the product family the regimen is planned with, when the table names one; else null. */
    final String brand;
    /** Each listed strength (thousandths) with its product name in the products table; empty when none named. */
    final Map<Long, String> names = new HashMap<>();
    /** Each listed strength (thousandths) with its row's {@code family} brands; empty when none listed. */
    final Map<Long, String> families = new HashMap<>();
    private final ConversionTable conversions;
    /** {@link #productName}'s names, by strength and unit. */
    private final Map<Named, String> productNames = new HashMap<>();

    private record Named(long strength, String unit) {
    }

    /** {@link #convert} of each amount asked: a plan weighs the same doses again and again. */
    private final Equivalents equivalents = new Equivalents(this::convert);
    /** For doses by time of day: when each is taken, in the order of the day ("in the morning", "at night"). */
    final List<String> timeLabels;

    /**
     * @param daily             the daily amount now (thousandths of mg, or of microgram/hour for patches)
     * @param products          the listed products of the medicine and form
     * @param liquidStepMl      the smallest volume of solution a dose changes by
     * @param solutionMaxDoseMl the most ml a dose of a solution weaker than the prescribed one may be
     * @throws NotPlannable when the regimen or the products do not allow a plan
     */
    Drug(String ref, MedicineEntry medicine, Prescription rx, Route route, long daily, List<Product> products,
            ConversionTable conversions, double liquidStepMl, double solutionMaxDoseMl) throws NotPlannable {
        this(ref, List.of(ref), medicine, rx, route, daily, null, products, conversions, liquidStepMl,
                solutionMaxDoseMl, 0);
    }

    /**
     * @param refs        the items the regimen is made of ({@link Regimens}); {@code ref} names them together
     * @param patchesWorn patches: every patch worn now, largest first; null to read them from {@code rx}
     * @param maxStrengths tablets and capsules: the most strengths one step's doses may use; 0: any
     */
    Drug(String ref, List<String> refs, MedicineEntry medicine, Prescription rx, Route route, long daily,
            long[] patchesWorn, List<Product> products, ConversionTable conversions, double liquidStepMl,
            double solutionMaxDoseMl, int maxStrengths) throws NotPlannable {
        this.ref = ref;
        this.refs = List.copyOf(refs);
        this.patchesWorn = patchesWorn;
        this.medicine = medicine;
        this.rx = rx;
        this.route = route;
        this.conversions = conversions;
        this.patch = rx.form() == Form.PATCH;
        this.solution = rx.form() == Form.ORAL_SOLUTION;
        this.asNeeded = rx.asNeeded();
        this.timeLabels = rx.timed() ? rx.doses().stream().sorted(Comparator.comparingInt(d -> d.when().ordinal()))
                .map(t -> DoseWording.timeOfDay(t.when())).toList() : null;
        if (patch) {
            this.admins0 = 1;
            BigDecimal every = rx.changeEveryDays();
            this.changeDays = every == null ? 0 : every.setScale(0, RoundingMode.CEILING).longValue();
            this.prescribedChangeDays = every;
        } else {
            if (rx.timed() && !laterDosesNoSmaller(rx)) {
                throw new NotPlannable(TaperReason.REGIMEN_NOT_PLANNABLE, medicine.name() + " is taken in a larger"
                        + " dose earlier in the day than later: the planner keeps each later dose at least as large as"
                        + " an earlier one, so it cannot keep this timing");
            }
            BigDecimal times = rx.timed() ? BigDecimal.valueOf(rx.doses().size()) : rx.timesPerDay();
            if (times == null || times.stripTrailingZeros().scale() > 0 || times.intValue() < 1
                    || times.intValue() > 6) {
                throw new NotPlannable(TaperReason.REGIMEN_NOT_PLANNABLE, medicine.name() + " is taken "
                        + (times == null ? "an unknown number of" : Text.num(times.doubleValue()))
                        + " times a day: a plan needs 1 to 6 whole doses a day");
            }
            this.admins0 = times.intValue();
            this.changeDays = 0;
            this.prescribedChangeDays = null;
        }
        if (products.isEmpty()) {
            throw new NotPlannable(TaperReason.PRODUCTS_UNKNOWN, "the products table lists no " + medicine.name() + " "
                    + rx.form().code() + " to make the taper doses from");
        }
        // products made for at least the regimen's number of doses a day (the products table has already picked one
        // product family for the regimen: MXL once a day, Zomorph twice a day)
        List<Product> usable = products.stream()
                .filter(p -> p.dosesPerDay() == null || p.dosesPerDay() >= admins0 || patch).toList();
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
        this.brand = ProductNames.brand(usable, rx.medicine());
        for (Product p : usable) {
            if (p.name() != null) {
                names.putIfAbsent(Thousandths.of(p.strength()), p.name());
            }
            if (p.family() != null) {
                families.merge(Thousandths.of(p.strength()), p.family(), (a, b) -> a + ";" + b);
            }
        }
        long stepMl = Thousandths.of(BigDecimal.valueOf(liquidStepMl));
        if (solution) {
            BigDecimal conc = rx.strength() == null || rx.strength().unit() != StrengthUnit.MG_PER_ML ? null
                    : rx.strength().value();
            if (conc == null || usable.stream().noneMatch(p -> p.strength().compareTo(conc) == 0)) {
                throw new NotPlannable(TaperReason.PRODUCTS_UNKNOWN, "the products table lists no " + medicine.name()
                        + " oral solution of " + (conc == null ? "the given" : Text.num(conc.doubleValue()) + " mg/ml")
                        + " concentration");
            }
            this.concentration = Thousandths.of(conc);
            List<Long> concs = new ArrayList<>();
            concs.add(concentration);
            usable.stream().map(p -> Thousandths.of(p.strength())).filter(c -> c != concentration).distinct()
                    .sorted(Comparator.reverseOrder()).forEach(concs::add);
            this.products = ProductCombinations.solutions(List.copyOf(concs), stepMl, solutionMaxDoseMl, admins0,
                    asNeeded);
            this.original = originalDose(daily);
        } else if (patch) {
            this.concentration = 0;
            Map<Long, Set<Long>> family = new HashMap<>();
            for (Product p : usable) {
                family.computeIfAbsent(Thousandths.of(p.strength()), k -> new TreeSet<>())
                        .add(p.changeEveryDays().setScale(0, RoundingMode.CEILING).longValue());
            }
            this.products = ProductCombinations.patches(family);
            this.original = originalDose(daily);
        } else {
            this.concentration = 0;
            List<Long> strengths;
            combination = usable.stream().anyMatch(p -> p.paracetamolMg() != null);
            BigDecimal ownParacetamol = !combination || rx.strength() == null ? null : usable.stream()
                    .filter(p -> Thousandths.of(p.strength()) == Thousandths.of(perUnitMg(rx)))
                    .map(Product::paracetamolMg).filter(x -> x != null).findFirst().orElse(null);
            if (ownParacetamol != null) {
                // a combination product is planned with the strengths of the same paracetamol per tablet (co-codamol
                // 8/500, 15/500, 30/500: dm+d names), one strength a step, no strength above the patient's own and
                // no dose with more paracetamol than now (issue 12 review: late cuts of 2 tablets to 1 were 50%)
                long own = Thousandths.of(perUnitMg(rx));
                strengths = usable.stream().filter(p -> ownParacetamol.compareTo(p.paracetamolMg()) == 0
                        && Thousandths.of(p.strength()) <= own).map(p -> Thousandths.of(p.strength())).distinct()
                        .sorted().toList();
                maxStrengths = 1;
            } else if (usable.stream().allMatch(Product::combine)) {
                strengths = usable.stream().map(p -> Thousandths.of(p.strength())).distinct().sorted().toList();
            } else {
                long own = rx.strength() == null ? -1 : Thousandths.of(perUnitMg(rx));
                if (usable.stream().noneMatch(p -> Thousandths.of(p.strength()) == own)) {
                    throw new NotPlannable(TaperReason.PRODUCTS_UNKNOWN, "the products table lists no "
                            + medicine.name() + " " + rx.form().code() + " of the prescribed strength");
                }
                strengths = List.of(own);
            }
            Map<Long, Long> paracetamol = new HashMap<>();
            long paracetamolCap = paracetamolCap(usable, daily, paracetamol);
            this.original = originalDose(daily);
            long largest = strengths.get(strengths.size() - 1);
            long maxPart = Arrays.stream(original.parts()).max().orElse(0);
            if (maxPart / largest > MAX_UNITS_A_DOSE) {
                // bounds the planner (its tables grow with the units a dose may hold); a planner limit, not a
                // clinical threshold
                throw new NotPlannable(TaperReason.REGIMEN_NOT_PLANNABLE, medicine.name() + " is taken "
                        + Text.num(Thousandths.value(maxPart)) + " mg a dose, more than " + MAX_UNITS_A_DOSE
                        + " of its largest listed unit (" + Text.num(Thousandths.value(largest)) + " mg): check the"
                        + " regimen, and plan this taper with a specialist");
            }
            int maxUnits = (int) Math.max(4, maxPart / largest + 2);
            // a modified-release regimen (every product with a labelled dosing interval) keeps its doses a day to the
            // end: a 12-hourly product taken twice a day is never left once a day for months (issue 12)
            boolean fixed = !asNeeded && usable.stream().allMatch(p -> p.dosesPerDay() != null);
            this.products = ProductCombinations.tablets(strengths, maxUnits, paracetamolCap, paracetamol, admins0,
                    asNeeded, fixed).limitStrengths(maxStrengths);
        }
        if (asNeeded && !patch && original.parts().length > 0 && (solution
                || this.products.makeUp.containsKey(original.parts()[0]))) {
            this.products.keepDoseSize(original.parts()[0]);
        }
    }

    /**
     * Combination products: fills {@code paracetamol} (thousandths of mg per unit of each strength) and returns the
     * paracetamol in one dose now (units per dose x paracetamol per unit), which no taper dose may exceed; -1 when no
     * listed product carries paracetamol.
     */
    private long paracetamolCap(List<Product> usable, long daily, Map<Long, Long> paracetamol) throws NotPlannable {
        for (Product p : usable) {
            if (p.paracetamolMg() != null) {
                paracetamol.put(Thousandths.of(p.strength()), Thousandths.of(p.paracetamolMg()));
            }
        }
        if (paracetamol.isEmpty()) {
            return -1;
        }
        long own = rx.strength() == null ? -1 : Thousandths.of(perUnitMg(rx));
        Long perUnit = paracetamol.get(own);
        if (perUnit == null) {
            throw new NotPlannable(TaperReason.PRODUCTS_UNKNOWN, "the products table lists no " + medicine.name() + " "
                    + rx.form().code() + " of the prescribed strength, so the paracetamol in each dose is unknown");
        }
        long perDose = (daily + admins0 - 1) / admins0;
        long units = (perDose + own - 1) / own;
        return units * perUnit;
    }

    /** The prescribed strength of one unit, in mg. */
    static BigDecimal perUnitMg(Prescription rx) {
        return rx.strength().unit() == StrengthUnit.MICROGRAM ? rx.strength().value().divide(BigDecimal.valueOf(1000))
                : rx.strength().value();
    }

    /** The dose now: the patches worn, or the daily amount in equal administrations (any remainder last). */
    private Dose originalDose(long daily) {
        if (patch && patchesWorn != null && patchesWorn.length > 0) {
            return new Dose(daily, patchesWorn.clone(), true);
        }
        if (patch) {
            long strength = Thousandths.of(rx.strength().value());
            // patches worn at once: as prescribed, or, for a dispensing record, as its daily amount implies
            int n = rx.dose() != null ? rx.dose().value().intValue() : (int) Math.max(1, Math.round((double) daily
                    / strength));
            long[] parts = new long[Math.max(1, n)];
            Arrays.fill(parts, strength);
            return new Dose(daily, parts, true);
        }
        if (rx.timed()) {
            // doses by time of day keep their amounts, in the order of the day (checked to be no smaller later)
            long[] parts = rx.doses().stream().sorted(Comparator.comparingInt(d -> d.when().ordinal()))
                    .mapToLong(t -> Thousandths.of(amountMg(rx, t.dose()))).toArray();
            parts[parts.length - 1] += daily - Arrays.stream(parts).sum();
            return new Dose(daily, parts, false, concentration);
        }
        long[] parts = new long[admins0];
        long each = daily / admins0;
        Arrays.fill(parts, each);
        parts[admins0 - 1] += daily - each * admins0;
        return new Dose(daily, parts, false, concentration);
    }

    /** mg oral morphine a day for a dose; null when the profile gives no factor. */
    BigDecimal mme(Dose dose) {
        if (dose.daily() == 0) {
            return BigDecimal.ZERO;
        }
        if (patch) {
            BigDecimal total = BigDecimal.ZERO;
            for (long p : dose.parts()) {
                BigDecimal worn = equivalents.of(p).mme();
                if (worn == null) {
                    return null;
                }
                total = total.add(worn);
            }
            return total;
        }
        return equivalents.of(dose.daily()).mme();
    }

    /** The amount a rate comparison uses: the morphine equivalent, or the dose when there is no factor. */
    double weight(Dose dose) {
        if (!patch && dose.daily() != 0) {
            return equivalents.of(dose.daily()).weight();
        }
        BigDecimal m = mme(dose);
        return m != null ? m.doubleValue() : dose.daily() / (double) Thousandths.SCALE;
    }

    /** {@link #weight(Dose)} of any dose of this daily amount (thousandths); tablets and solutions, not patches. */
    double weight(long daily) {
        if (patch) {
            throw new IllegalStateException("a patch dose's weight depends on the patches worn");
        }
        return daily == 0 ? 0 : equivalents.of(daily).weight();
    }

    /**
     * mg oral morphine a day for an amount (thousandths of mg a day; of a patch: of microgram/hour, one patch), by the
     * profile's conversion row for it; null when the profile gives no factor.
     */
    private BigDecimal convert(long milli) {
        BigDecimal amount = Thousandths.amount(milli);
        // a patch's rows are by strength; a daily amount's by dose band
        ConversionRow row = patch
                ? conversions.find(medicine.ingredient(), route, ConversionTable.MICROGRAM_PER_HOUR, amount, amount)
                : conversions.find(medicine.ingredient(), route, ConversionTable.MG, null, amount);
        return row == null || row.excluded() ? null : amount.multiply(row.factor());
    }

    /** mg MME of one smallest listed unit: a tablet, a patch, or the smallest measurable volume of solution. */
    double unitWeight() {
        return weight(products.smallestUnit());
    }

    /**
     * {@link ProductNames#of} this drug's product of a strength (thousandths) in a unit, named once: every step's
     * supplies and wording name the same products again.
     */
    String productName(long strength, String unit) {
        return productNames.computeIfAbsent(new Named(strength, unit), k -> ProductNames.of(this, strength, unit));
    }

    /** The medicine and form, as notes name it: "oxycodone mr-tablet". */
    String label() {
        return medicine.name() + " " + rx.form().code();
    }

    /**
     * Whether doses by time of day, in the order of the day, never get smaller (20 mg morning, 30 mg night): the
     * split the planner keeps, so such a regimen is planned with its timing; same units only.
     */
    private static boolean laterDosesNoSmaller(Prescription rx) {
        BigDecimal previous = null;
        var unit = rx.doses().get(0).dose().unit();
        for (var t : rx.doses().stream().sorted(Comparator.comparingInt(d -> d.when().ordinal())).toList()) {
            if (t.dose().unit() != unit || (previous != null && t.dose().value().compareTo(previous) < 0)) {
                return false;
            }
            previous = t.dose().value();
        }
        return true;
    }

    /** mg of ingredient in one administration of a dose by time of day. */
    static BigDecimal amountMg(Prescription rx, org.taperwise.model.Dose dose) {
        return switch (dose.unit()) {
            case MG -> dose.value();
            case MICROGRAM -> dose.value().divide(BigDecimal.valueOf(1000));
            case UNIT -> dose.value().multiply(perUnitMg(rx));
            case ML -> dose.value().multiply(rx.strength().value());
        };
    }
}

package org.taperwise.taper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.taperwise.model.Prescription;
import org.taperwise.rules.Parameters;
import org.taperwise.rules.Text;
import org.taperwise.tables.ConversionTable;
import org.taperwise.tables.Product;
import org.taperwise.tables.ProductsTable;
import org.taperwise.tables.TaperPolicy;

/**
 * A once-daily modified-release product whose strengths allow no step within the profile's pacing (MXL 60 mg: only
 * 30 mg and up, so 60 -> 30 mg, a 50% cut) moves, at that step, to the 12-hourly product of the same medicine and
 * form at the same total daily dose (Zomorph 30 mg twice a day), whose smaller strengths allow smaller steps. The
 * profile's {@code taperSwitchOnceDailyMr} turns it on (guidance names no such switch: see the parameter's source).
 */
final class ProductSwitch {
    private ProductSwitch() {
    }

    /**
     * The switch for a regimen planned with {@code products}: a function from the dose to switch at to the drug on the
     * 12-hourly product (null when it cannot make that dose twice a day); null when no switch applies (not a regular
     * once-daily modified-release product, or no 12-hourly product of the same medicine and form is listed).
     */
    static Function<Dose, Drug> of(Drug d, List<Product> products, ProductsTable table, ConversionTable conversions,
            Parameters p) {
        return p.taperSwitchOnceDailyMr() ? of(d, products, table, conversions, p.liquidStepMl(),
                p.solutionMaxDoseMl(), p.taperMaxStrengthsPerProduct()) : null;
    }

    /** As {@link #of(Drug, List, ProductsTable, ConversionTable, Parameters)}, with the switch on. */
    static Function<Dose, Drug> of(Drug d, List<Product> products, ProductsTable table, ConversionTable conversions,
            double liquidStepMl, double solutionMaxDoseMl, int maxStrengths) {
        if (d.asNeeded || d.patch || d.solution || d.admins0 != 1 || products.isEmpty()
                || products.stream().anyMatch(x -> x.dosesPerDay() == null || x.dosesPerDay() != 1)) {
            return null;
        }
        List<Product> all = table.find(d.medicine.name(), d.rx.form());
        Integer interval = all.stream().map(Product::dosesPerDay).filter(x -> x != null && x >= 2)
                .min(Comparator.naturalOrder()).orElse(null);
        if (interval == null) {
            return null;
        }
        List<Product> twelveHourly = all.stream().filter(x -> interval.equals(x.dosesPerDay())).toList();
        String brand = twelveHourly.stream().map(Product::family).filter(f -> f != null && !f.isBlank())
                .map(f -> f.split(";")[0].strip()).findFirst().orElse(d.rx.medicine());
        Prescription rx = d.rx;
        Prescription twice = new Prescription(rx.id(), brand, rx.coding(), rx.form(), rx.strength(), rx.dose(),
                BigDecimal.valueOf(2), false, null, rx.issued(), rx.daysSupply(), rx.quantity(), List.of());
        return dose -> {
            try {
                Drug b = new Drug(d.ref, d.refs, d.medicine, twice, d.route, dose.daily(), null, twelveHourly,
                        conversions, liquidStepMl, solutionMaxDoseMl, maxStrengths);
                Dose start = b.products.make(dose.daily(), null);
                if (start == null || start.count() != 2) {
                    return null;
                }
                b.original = start;
                return b;
            } catch (Drug.NotPlannable e) {
                return null;
            }
        };
    }

    /**
     * The segments with the switch made at the first step the once-daily product cannot make within the pacing: the
     * steps before it as planned, then the 12-hourly product's plan from the dose held before it. Notes: the plan's
     * own ({@code planned}) when no switch is made, else the switched plan's and one saying so.
     */
    static List<StepPlan.Segment> apply(Drug d, List<StepPlan.Segment> segments, List<String> planned,
            TaperPolicy policy, StepPlan.Basis basis, Pacing pacing, List<String> notes) {
        long smallest = d.products.smallestOnceDaily(d.original.daily());
        for (int j = 0; d.switchTo != null && j + 1 < segments.size(); j++) {
            Dose current = segments.get(j).dose();
            Dose next = segments.get(j + 1).dose();
            double share = (d.weight(current) - d.weight(next)) / (d.weight(current) + basis.held());
            if (next.daily() >= current.daily() || StepPlan.finalOralStop(d, current, next, smallest)
                    || share <= pacing.share() + 1e-9) {
                continue;
            }
            Drug b = d.switchTo.apply(current);
            if (b == null) {
                break;
            }
            List<String> bNotes = new ArrayList<>();
            List<StepPlan.Segment> rest = StepPlan.plan(b, policy, basis, pacing, bNotes);
            List<StepPlan.Segment> out = new ArrayList<>(segments.subList(0, j));
            out.add(new StepPlan.Segment(current, rest.get(0).days()));
            for (StepPlan.Segment s : rest.subList(1, rest.size())) {
                out.add(new StepPlan.Segment(s.dose(), s.days(), b));
            }
            String mg = Text.num(Thousandths.value(current.daily())) + " mg";
            notes.add(d.label() + ": the once-daily product" + (d.brand == null ? "" : " (" + d.brand + ")")
                    + " comes in no strength that makes a step of at most " + Text.num(pacing.maxCutPercentOfCurrent())
                    + "% of the current daily dose from " + mg + " a day, so the step after " + mg + " a day moves to "
                    + b.rx.medicine() + ", a 12-hourly modified-release product of the same medicine and form, taken"
                    + " twice a day, whose smaller strengths allow smaller steps (profile parameter"
                    + " taperSwitchOnceDailyMr). It needs a new prescription: tell the patient the capsules and the"
                    + " times of day change, and not to take both products.");
            notes.addAll(bNotes);
            return out;
        }
        notes.addAll(planned);
        return segments;
    }
}

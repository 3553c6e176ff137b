package org.taperwise.taper;

import static org.taperwise.taper.Thousandths.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.taperwise.model.Amount;
import org.taperwise.model.Form;
import org.taperwise.model.Supply;

/**
 * The quantity of each product a step needs (issue 12: "for each step the quantity of each product to prescribe"):
 * tablets and capsules of each strength a day times the step's days; patches of each strength worn at once times the
 * changes the step holds (rounded up); solutions, the ml a day times the days. As-needed items at their most doses a
 * day, the most the step allows.
 */
final class Quantities {
    private Quantities() {
    }

    /**
     * @param maxIssueDays the most days one prescription may supply (the profile's {@code supplyMaxDaysPerIssue}): a
     *                     longer step is prescribed in several issues of at most this many days
     */
    static List<Supply> of(Drug d, Dose dose, int days, int maxIssueDays) {
        return of(d, dose, days, maxIssueDays, DoseWording.units(d, dose));
    }

    /** As {@link #of(Drug, Dose, int, int)}, with the units that make each administration (tablets). */
    static List<Supply> of(Drug d, Dose dose, int days, int maxIssueDays, long[][] units) {
        List<Supply> total = of(d, dose, days, units);
        int issueDays = Math.max(1, Math.min(days, maxIssueDays));
        List<Supply> issue = of(d, dose, issueDays, units);
        List<Supply> out = new ArrayList<>();
        for (int i = 0; i < total.size(); i++) {
            Supply t = total.get(i);
            out.add(new Supply(t.product(), t.strength(), t.quantity(), t.unit(), issueDays,
                    issue.get(i).quantity()));
        }
        return out;
    }

    static List<Supply> of(Drug d, Dose dose, int days) {
        return of(d, dose, days, DoseWording.units(d, dose));
    }

    private static List<Supply> of(Drug d, Dose dose, int days, long[][] all) {
        if (dose.daily() == 0 || days <= 0) {
            return List.of();
        }
        List<Supply> out = new ArrayList<>();
        if (d.patch) {
            long every = Math.max(1, DoseWording.changeDays(d, dose));
            // changed as prescribed (every 3.5 days: twice a week), so enough patches for that
            long changes = every == d.changeDays && d.prescribedChangeDays != null && d.prescribedChangeDays.signum() > 0
                    ? BigDecimal.valueOf(days).divide(d.prescribedChangeDays, 0, RoundingMode.CEILING).longValue()
                    : (days + every - 1) / every;
            Map<Long, Integer> worn = new TreeMap<>();
            for (long p : dose.parts()) {
                worn.merge(p, 1, Integer::sum);
            }
            // the wear time in the name: one VMP name covers 7-day and 4-day buprenorphine patches of a strength
            java.math.BigDecimal wear = every == d.changeDays && d.prescribedChangeDays != null
                    ? d.prescribedChangeDays : java.math.BigDecimal.valueOf(every);
            String worn1 = wear.compareTo(new java.math.BigDecimal("3.5")) == 0 ? "changed twice a week"
                    : "each worn " + org.taperwise.rules.Text.num(wear.doubleValue()) + " days";
            worn.forEach((strength, n) -> {
                Supply s = supply(d, strength, "microgram/hour", (double) n * changes, "patch");
                out.add(new Supply(s.product() + " (" + worn1 + ")", s.strength(), s.quantity(), s.unit(),
                        s.issueDays(), s.quantityPerIssue()));
            });
        } else if (d.solution) {
            long perDay = 0;
            for (long p : dose.parts()) {
                perDay += p;
            }
            BigDecimal ml = Thousandths.amount(perDay).multiply(BigDecimal.valueOf(days))
                    .divide(Thousandths.amount(dose.concentration()), 1, RoundingMode.UP);
            out.add(supply(d, dose.concentration(), "mg/ml", ml.doubleValue(), "ml"));
        } else {
            Map<Long, Long> perDay = new TreeMap<>();
            for (int i = 0; i < dose.parts().length; i++) {
                long p = dose.parts()[i];
                long[] units = all[i];
                if (units == null) {
                    // the current regimen as prescribed, when its strength is not among the listed products: in
                    // units of the prescribed strength when they make it, else not stated (the regimen says the mg)
                    long per = d.rx.strength() == null ? 0 : Thousandths.of(Drug.perUnitMg(d.rx));
                    if (per > 0 && p % per == 0) {
                        perDay.merge(per, p / per, Long::sum);
                    }
                } else {
                    for (long u : units) {
                        perDay.merge(u, 1L, Long::sum);
                    }
                }
            }
            String unit = d.rx.form() == Form.CAPSULE || d.rx.form() == Form.MR_CAPSULE ? "capsule" : "tablet";
            perDay.forEach((strength, n) -> out.add(supply(d, strength, "mg", (double) n * days, unit)));
        }
        return out;
    }

    private static Supply supply(Drug d, long strength, String unit, double quantity, String what) {
        String product = d.productName(strength, unit);
        return new Supply(product, new Amount(value(strength), unit), quantity, what, 0, quantity);
    }
}

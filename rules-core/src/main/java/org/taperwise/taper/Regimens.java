package org.taperwise.taper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taperwise.model.Dose;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.Prescription;
import org.taperwise.model.TaperReason;
import org.taperwise.model.TimeOfDay;
import org.taperwise.model.TimedDose;
import org.taperwise.rules.Text;
import org.taperwise.taper.TaperAssembler.CurrentOpioid;

/**
 * The current opioids as regimens: items of one medicine, form and kind (regular or as-needed) are taken together
 * and planned as one (issue 12: oxycodone MR 30 mg + 5 mg twice a day written as two items is 35 mg twice a day, not
 * two opioids; fentanyl 100 + 50 microgram/hour is one patch regimen of 150). The same grouping as
 * {@code mme.regimens}.
 *
 * <p>Doses are added administration by administration: items with doses by time of day add up at each time of day;
 * items taken the same number of times a day add up dose by dose. Items that cannot be lined up (twice a day beside
 * three times a day, or one with times of day beside one without) are not planned: the host is asked to record the
 * doses by time of day.
 */
final class Regimens {
    /**
     * One regimen: the prescription that describes its items together, their refs, and for patches every patch worn
     * now (thousandths of microgram/hour, largest first; null for other forms).
     */
    record Regimen(CurrentOpioid combined, List<String> refs, long[] patchesWorn) {
    }

    private Regimens() {
    }

    static List<Regimen> of(List<CurrentOpioid> current) throws Drug.NotPlannable {
        Map<String, List<CurrentOpioid>> groups = new LinkedHashMap<>();
        for (CurrentOpioid o : current) {
            String key = o.medicine().name() + "|" + o.rx().form() + "|" + o.rx().asNeeded();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
        }
        List<Regimen> out = new ArrayList<>();
        for (List<CurrentOpioid> g : groups.values()) {
            List<String> refs = g.stream().map(CurrentOpioid::ref).toList();
            out.add(new Regimen(g.size() == 1 ? g.get(0) : combine(g), refs,
                    g.get(0).rx().form() == Form.PATCH ? patchesWorn(g) : null));
        }
        return out;
    }

    private static CurrentOpioid combine(List<CurrentOpioid> g) throws Drug.NotPlannable {
        CurrentOpioid first = g.get(0);
        Prescription rx = first.rx();
        String name = first.medicine().name() + " " + (rx.form() == null ? "" : rx.form().code());
        String refs = String.join(" + ", g.stream().map(CurrentOpioid::ref).toList());
        BigDecimal daily = BigDecimal.ZERO;
        for (CurrentOpioid o : g) {
            daily = daily.add(o.dailyAmount());
        }
        // the strongest unit stands for the regimen where one strength is needed (wording a dose as prescribed)
        Prescription strongest = g.stream().map(CurrentOpioid::rx).filter(p -> p.strength() != null)
                .max(Comparator.comparing(p -> p.strength().value())).orElse(rx);
        Prescription merged;
        if (rx.form() == Form.PATCH) {
            BigDecimal every = rx.changeEveryDays();
            for (CurrentOpioid o : g) {
                BigDecimal e = o.rx().changeEveryDays();
                if (e != null && every != null && e.compareTo(every) != 0) {
                    throw new Drug.NotPlannable(TaperReason.REGIMEN_NOT_PLANNABLE, name + " items " + refs
                            + " are changed at different intervals (every " + Text.num(every.doubleValue())
                            + " and every " + Text.num(e.doubleValue()) + " days)");
                }
                every = every == null ? e : every;
            }
            merged = copy(rx, strongest, null, null, every, List.of());
        } else if (rx.form() == Form.ORAL_SOLUTION && g.stream().anyMatch(o -> o.rx().strength() == null
                || rx.strength() == null || o.rx().strength().value().compareTo(rx.strength().value()) != 0)) {
            throw new Drug.NotPlannable(TaperReason.REGIMEN_NOT_PLANNABLE, name + " items " + refs
                    + " are solutions of different concentrations: plan them one at a time with the prescriber");
        } else if (g.stream().allMatch(o -> o.rx().timed())) {
            Map<TimeOfDay, BigDecimal> byTime = new EnumMap<>(TimeOfDay.class);
            for (CurrentOpioid o : g) {
                for (TimedDose t : o.rx().doses()) {
                    byTime.merge(t.when(), Drug.amountMg(o.rx(), t.dose()), BigDecimal::add);
                }
            }
            List<TimedDose> doses = new ArrayList<>();
            byTime.forEach((when, mg) -> doses.add(new TimedDose(when, new Dose(mg, DoseUnit.MG))));
            merged = copy(rx, strongest, null, null, null, doses);
        } else {
            BigDecimal times = rx.timed() ? null : rx.timesPerDay();
            for (CurrentOpioid o : g) {
                BigDecimal t = o.rx().timed() ? null : o.rx().timesPerDay();
                if (times == null || t == null || t.compareTo(times) != 0) {
                    throw new Drug.NotPlannable(TaperReason.REGIMEN_NOT_PLANNABLE, name + " items " + refs
                            + " are taken together but not at the same times of day: record their doses by time of"
                            + " day (prescriptions[].doses) so that they can be planned as one regimen");
                }
            }
            merged = copy(rx, strongest, null, times, null, List.of());
        }
        return new CurrentOpioid(refs, first.medicine(), merged, first.route(), daily);
    }

    /** Every patch the items put on at once: as prescribed, or, for a dispensing record, as its daily amount implies. */
    private static long[] patchesWorn(List<CurrentOpioid> g) {
        List<Long> worn = new ArrayList<>();
        for (CurrentOpioid o : g) {
            Prescription rx = o.rx();
            if (rx.strength() == null) {
                continue;
            }
            long strength = Thousandths.of(rx.strength().value());
            long daily = Thousandths.of(o.dailyAmount());
            int n = rx.dose() != null ? rx.dose().value().intValue()
                    : (int) Math.max(1, Math.round((double) daily / strength));
            for (int i = 0; i < Math.max(1, n); i++) {
                worn.add(strength);
            }
        }
        return worn.stream().sorted(Comparator.reverseOrder()).mapToLong(Long::longValue).toArray();
    }

    private static Prescription copy(Prescription rx, Prescription strongest, Dose dose, BigDecimal times,
            BigDecimal every, List<TimedDose> doses) {
        return new Prescription(rx.id(), rx.medicine(), rx.coding(), rx.form(), strongest.strength(), dose, times,
                rx.asNeeded(), every, rx.issued(), rx.daysSupply(), null, doses);
    }
}

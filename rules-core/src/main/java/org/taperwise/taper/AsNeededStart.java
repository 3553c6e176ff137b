package org.taperwise.taper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taperwise.model.Prescription;
import org.taperwise.rules.Text;
import org.taperwise.taper.TaperAssembler.CurrentOpioid;

/**
 * Where an as-needed opioid's plan starts: at the doses a day the issue history shows are used, not the prescribed
 * maximum (issue 12 clinical review: 100 ml a month of 2 mg/ml Oramorph is about 7 mg a day; planning and supplying
 * 40 mg a day would hand the patient more than they take now). The estimate is the one {@code mme.items[]} reports
 * ({@code estimatedDailyDose}); the doses a day are rounded up to whole doses of the prescribed size, never above the
 * prescribed maximum. Without an estimate the prescribed maximum stays.
 */
final class AsNeededStart {
    private AsNeededStart() {
    }

    /**
     * @param estimates estimated daily amount (mg) of as-needed items, by prescription ref
     */
    static List<CurrentOpioid> adjust(List<CurrentOpioid> current, Map<String, BigDecimal> estimates,
            List<String> notes) {
        List<CurrentOpioid> out = new ArrayList<>();
        for (CurrentOpioid o : current) {
            Prescription rx = o.rx();
            BigDecimal used = estimates.get(o.ref());
            BigDecimal times = rx.timesPerDay();
            if (!rx.asNeeded() || used == null || times == null || rx.timed() || times.signum() <= 0
                    || o.dailyAmount().signum() <= 0) {
                out.add(o);
                continue;
            }
            BigDecimal perDose = o.dailyAmount().divide(times, 6, RoundingMode.HALF_UP);
            int doses = used.divide(perDose, 0, RoundingMode.CEILING).max(BigDecimal.ONE).intValue();
            if (doses >= times.intValue()) {
                out.add(o);
                continue;
            }
            Prescription fewer = new Prescription(rx.id(), rx.medicine(), rx.coding(), rx.form(), rx.strength(),
                    rx.dose(), BigDecimal.valueOf(doses), true, rx.changeEveryDays(), rx.issued(), rx.daysSupply(),
                    rx.quantity(), rx.doses());
            BigDecimal daily = perDose.multiply(BigDecimal.valueOf(doses));
            notes.add(o.medicine().name() + " " + rx.form().code() + " (as needed): the plan starts at " + doses
                    + (doses == 1 ? " dose" : " doses") + " a day, the use the issue history shows (about "
                    + Text.num(used.setScale(1, RoundingMode.HALF_UP).doubleValue()) + " mg a day), not the prescribed"
                    + " maximum of " + Text.num(times.doubleValue()) + " a day; the morphine equivalent above counts"
                    + " the maximum unless the profile's prnMmeFromEstimatedUse says otherwise.");
            out.add(new CurrentOpioid(o.ref(), o.medicine(), fewer, o.route(), daily));
        }
        return out;
    }
}

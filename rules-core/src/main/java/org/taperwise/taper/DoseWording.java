package org.taperwise.taper;

import static org.taperwise.taper.Thousandths.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.taperwise.model.Administration;
import org.taperwise.model.Amount;
import org.taperwise.model.TaperDose;
import org.taperwise.rules.Text;

/**
 * A dose in the patient's and prescriber's words: the regimen ("40 mg in the morning, 40 mg in the evening", "one
 * 25 microgram/hour patch, changed every 3 days", "only when needed: 5 mg a dose, at most 4 doses a day"), each
 * administration with what makes it ("1 x 30 mg + 1 x 5 mg", "2.5 ml of 2 mg/ml"), and the daily MME.
 */
final class DoseWording {
    /** When in the day each administration is taken, by administrations a day. */
    private static final Map<Integer, List<String>> TIMES = Map.of(
            1, List.of("once a day"),
            2, List.of("in the morning", "in the evening"),
            3, List.of("in the morning", "at midday", "in the evening"),
            4, List.of("in the morning", "at midday", "in the late afternoon", "at bedtime"));

    private DoseWording() {
    }

    /** The dose of the drug as a plan step lists it. */
    static TaperDose describe(Drug d, Dose dose) {
        return describe(d, dose, units(d, dose));
    }

    /** The dose as a plan step lists it, made of these units (tablets: per administration; else nulls). */
    static TaperDose describe(Drug d, Dose dose, long[][] units) {
        BigDecimal mme = d.mme(dose);
        Amount daily = new Amount(value(dose.daily()), d.patch ? "microgram/hour" : "mg");
        List<Administration> admins = new ArrayList<>();
        String regimen;
        if (d.patch) {
            String change = "changed every " + changeDays(d, dose) + " days";
            if (changeDays(d, dose) == d.changeDays && d.prescribedChangeDays != null
                    && d.prescribedChangeDays.stripTrailingZeros().scale() > 0) {
                // as prescribed: a twice-weekly patch is changed every 3.5 days, not every 4
                change = "changed every " + Text.num(d.prescribedChangeDays.doubleValue()) + " days"
                        + (d.prescribedChangeDays.compareTo(new BigDecimal("3.5")) == 0 ? " (twice a week)" : "");
            }
            Map<Long, Integer> worn = new TreeMap<>(Comparator.reverseOrder());
            for (long p : dose.parts()) {
                String s = Text.num(value(p)) + " microgram/hour";
                worn.merge(p, 1, Integer::sum);
                admins.add(new Administration("patch", new Amount(value(p), "microgram/hour"),
                        "1 x " + s + " patch, " + change));
            }
            List<String> words = new ArrayList<>();
            worn.forEach((p, n) -> words.add((n == 1 ? "one " : n == 2 ? "two " : n + " ") + Text.num(value(p)) + " microgram/hour"
                    + (n == 1 ? " patch" : " patches")));
            regimen = String.join(" and ", words) + ", " + change;
            if (changeDays(d, dose) != d.changeDays && d.changeDays > 0) {
                regimen = regimen + " (a different patch product: check the change day with the patient)";
            }
        } else {
            List<String> labels = d.asNeeded ? prn(dose.count()) : d.timeLabels != null
                    ? d.timeLabels.subList(d.timeLabels.size() - dose.count(), d.timeLabels.size())
                    : labels(d.admins0, dose.count());
            List<String> words = new ArrayList<>();
            for (int i = 0; i < dose.count(); i++) {
                long part = dose.parts()[i];
                String amountText = Text.num(value(part)) + " mg";
                String make = make(d, part, dose.concentration(), units[i]);
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
            String tablets = d.combination ? inTablets(d, dose, units, labels) : null;
            if (tablets != null) {
                regimen = tablets;
            }
        }
        return new TaperDose(d.medicine.name(), d.rx.form(), daily,
                mme == null ? null : mme.setScale(2, RoundingMode.HALF_UP).doubleValue(), regimen, admins);
    }

    /**
     * A combination product's doses in tablets of the named product, as the patient and prescriber count them ("2
     * tablets in the morning, 1 tablet at bedtime (Co-codamol 30mg/500mg tablets)"); null when the day's doses are not
     * all of one strength.
     */
    private static String inTablets(Drug d, Dose dose, long[][] units, List<String> labels) {
        Set<Long> strengths = new TreeSet<>();
        for (long[] u : units) {
            if (u == null) {
                return null;
            }
            for (long x : u) {
                strengths.add(x);
            }
        }
        if (strengths.size() != 1) {
            return null;
        }
        long strength = strengths.iterator().next();
        String unit = d.rx.form() == org.taperwise.model.Form.CAPSULE ? "capsule" : "tablet";
        List<String> words = new ArrayList<>();
        for (int i = 0; i < dose.count(); i++) {
            int n = units[i].length;
            String what = n + " " + unit + (n == 1 ? "" : "s");
            words.add(d.asNeeded ? what : what + " " + labels.get(i));
        }
        String name = d.productName(strength, "mg");
        String day = d.asNeeded ? "only when needed: " + words.get(0) + " a dose, at most " + dose.count()
                + (dose.count() == 1 ? " dose" : " doses") + " a day" : String.join(", ", words);
        return day + " (" + name + ")";
    }

    /** The change interval of the patches worn: the prescription's when every patch comes in it. */
    static long changeDays(Drug d, Dose dose) {
        Set<Long> common = null;
        for (long p : dose.parts()) {
            Set<Long> family = d.products.patchFamily.getOrDefault(p, Set.of());
            if (common == null) {
                common = new TreeSet<>(family);
            } else {
                common.retainAll(family);
            }
        }
        if (common == null || common.isEmpty() || common.contains(d.changeDays)) {
            return d.changeDays > 0 ? d.changeDays : common == null || common.isEmpty() ? 0 : common.iterator().next();
        }
        return common.iterator().next();
    }

    /** What makes one administration: "2 x 30 mg + 1 x 5 mg", or the volume of a solution. */
    /**
     * Tablets: the units of each administration, within the profile's strengths a step (the fewest units for each
     * when the dose now needs more strengths than that); solutions: nulls.
     */
    static long[][] units(Drug d, Dose dose) {
        long[][] units = d.solution || d.patch ? null : d.products.compose(dose.parts());
        if (units == null) {
            units = new long[dose.parts().length][];
            for (int i = 0; i < units.length && !d.solution; i++) {
                units[i] = d.products.makeUp.get(dose.parts()[i]);
            }
        }
        return units;
    }

    private static String make(Drug d, long part, long concentration, long[] units) {
        if (d.solution) {
            return Text.num(value(part) / value(concentration)) + " ml of "
                    + Text.num(value(concentration)) + " mg/ml";
        }
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

    /** As-needed administrations: "(dose 1)", "(dose 2)"... */
    private static List<String> prn(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add("(dose " + i + ")");
        }
        return out;
    }

    /**
     * When the {@code n} administrations are taken, of the {@code admins0} a day now: the last ones of the day (the
     * morning's is dropped first); a single one left of several is taken at night (or at bedtime).
     */
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

    /** A prescribed time of day in words: "in the morning", "at night". */
    static String timeOfDay(org.taperwise.model.TimeOfDay t) {
        return switch (t) {
            case MORNING -> "in the morning";
            case MIDDAY -> "at midday";
            case AFTERNOON -> "in the afternoon";
            case EVENING -> "in the evening";
            case NIGHT -> "at night";
        };
    }
}

package org.taperwise.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;
import org.taperwise.rules.Text;

/**
 * Daily dose and days of supply from a prescription's regimen. Pure arithmetic: no table, no profile.
 *
 * <ul>
 *   <li>Tablets, capsules: dose (units) x strength x times a day. A dose in mg (or microgram) overrides the
 *       tablet strength: dose x times a day.</li>
 *   <li>Oral solutions: dose (ml) x strength (mg/ml) x times a day, or a dose in mg x times a day.</li>
 *   <li>Patches: strength (microgram/hour) x patches worn at once; the patch is assumed worn continuously,
 *       so the change interval does not change the daily amount.</li>
 *   <li>As-needed prescriptions count at the maximum allowed ({@code timesPerDay} is the maximum).</li>
 *   <li>Doses that differ by time of day ({@code doses}): the sum of each dose, worked out as above.</li>
 *   <li>Dispensing records with no dosage instruction (no dose, doses or timesPerDay) but a quantity and a days
 *       supply: quantity x strength / days supply, as the CDC's MME calculation for claims data does
 *       (CDC, "Calculating Total Daily Dose of Opioids for Safer Dosage"; cqframework/opioid-mme-r4 supports
 *       supply-based daily doses); for patches, patches worn at once = quantity x changeEveryDays / days supply.</li>
 * </ul>
 */
public final class DoseArithmetic {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    static final String MG = "mg";
    static final String MICROGRAM_PER_HOUR = "microgram/hour";

    private DoseArithmetic() {
    }

    public static DailyDose daily(Prescription p) {
        boolean patch = p.form() == Form.PATCH;
        if (p.strength() != null && p.strength().unit() == StrengthUnit.MICROGRAM_PER_HOUR && !patch) {
            return DailyDose.notComputable("a strength in microgram/hour is for patches, but the form is "
                    + (p.form() == null ? "not given" : p.form().code()));
        }
        if (dispenseOnly(p)) {
            return fromSupply(p);
        }
        if (patch) {
            return patchDaily(p);
        }
        if (p.timed()) {
            BigDecimal total = BigDecimal.ZERO;
            for (var t : p.doses()) {
                Amount a = perAdministration(p, t.dose());
                if (a.problem != null) {
                    return DailyDose.notComputable(t.when().code() + " dose: " + a.problem);
                }
                total = total.add(a.mg);
            }
            return new DailyDose(total, MG, null, null, null);
        }
        if (p.dose() == null) {
            return DailyDose.notComputable("no dose is given");
        }
        if (p.timesPerDay() == null) {
            return DailyDose.notComputable("no timesPerDay is given");
        }
        BigDecimal times = p.timesPerDay();
        Amount a = perAdministration(p, p.dose());
        if (a.problem != null) {
            return DailyDose.notComputable(a.problem);
        }
        String note = p.asNeeded() ? "as needed: counted at the maximum allowed, " + Text.num(times.doubleValue())
                + " times a day" : null;
        return new DailyDose(a.mg.multiply(times), MG, null, null, note);
    }

    /** mg of ingredient in one administration of {@code dose}, or why it cannot be told. */
    private record Amount(BigDecimal mg, String problem) {
    }

    private static Amount perAdministration(Prescription p, org.taperwise.model.Dose dose) {
        switch (dose.unit()) {
            case MG -> {
                return new Amount(dose.value(), null);
            }
            case MICROGRAM -> {
                return new Amount(dose.value().divide(THOUSAND), null);
            }
            case UNIT -> {
                BigDecimal strengthMg = strengthPerUnitMg(p);
                if (strengthMg == null) {
                    return new Amount(null, p.strength() == null
                            ? "a dose in units needs the strength of one unit, and none is given"
                            : "a dose in units needs a strength in mg or microgram per unit, not "
                                    + p.strength().unit().code());
                }
                return new Amount(dose.value().multiply(strengthMg), null);
            }
            case ML -> {
                if (p.strength() == null || p.strength().unit() != StrengthUnit.MG_PER_ML) {
                    return new Amount(null, "a dose in ml needs a strength in mg/ml");
                }
                return new Amount(dose.value().multiply(p.strength().value()), null);
            }
            default -> throw new IllegalStateException("unknown dose unit " + dose.unit());
        }
    }

    /** A dispensing record: what was supplied and for how long, but no dosage instruction. */
    static boolean dispenseOnly(Prescription p) {
        return p.dose() == null && !p.timed() && p.timesPerDay() == null && p.quantity() != null
                && p.daysSupply() != null;
    }

    /** The average daily amount a dispensing record supplies: quantity x strength / days supply. */
    private static DailyDose fromSupply(Prescription p) {
        BigDecimal days = BigDecimal.valueOf(p.daysSupply());
        String how = "no dosage instruction: the quantity dispensed (" + IssueResolver.plain(p.quantity()) + ") over its "
                + p.daysSupply() + " days supply";
        if (p.strength() == null) {
            return DailyDose.notComputable("no dosage instruction, and no strength to turn the quantity into a dose");
        }
        if (p.form() == Form.PATCH) {
            if (p.strength().unit() != StrengthUnit.MICROGRAM_PER_HOUR) {
                return DailyDose.notComputable("a patch needs its strength in microgram/hour, not "
                        + p.strength().unit().code());
            }
            if (p.changeEveryDays() == null) {
                return DailyDose.notComputable("no dosage instruction: a dispensed patch needs changeEveryDays to tell"
                        + " how many are worn at once");
            }
            BigDecimal worn = p.quantity().multiply(p.changeEveryDays()).divide(days, MathContext.DECIMAL64);
            return new DailyDose(p.strength().value().multiply(worn), MICROGRAM_PER_HOUR, p.strength().value(), null,
                    how + ", patches changed every " + IssueResolver.plain(p.changeEveryDays()) + " days");
        }
        BigDecimal perUnit = p.strength().unit() == StrengthUnit.MG_PER_ML ? p.strength().value()
                : strengthPerUnitMg(p);
        if (perUnit == null) {
            return DailyDose.notComputable("no dosage instruction, and the strength is not per unit or per ml");
        }
        return new DailyDose(p.quantity().multiply(perUnit).divide(days, MathContext.DECIMAL64), MG, null, null, how);
    }

    private static DailyDose patchDaily(Prescription p) {
        if (p.strength() == null) {
            return DailyDose.notComputable("a patch needs its strength in microgram/hour, and none is given");
        }
        if (p.strength().unit() != StrengthUnit.MICROGRAM_PER_HOUR) {
            return DailyDose.notComputable("a patch needs its strength in microgram/hour, not "
                    + p.strength().unit().code());
        }
        if (p.dose() == null) {
            return DailyDose.notComputable("no dose is given (how many patches are worn at once)");
        }
        if (p.dose().unit() != DoseUnit.UNIT) {
            return DailyDose.notComputable("a patch dose is a number of patches (unit), not " + p.dose().unit().code());
        }
        BigDecimal amount = p.strength().value().multiply(p.dose().value());
        return new DailyDose(amount, MICROGRAM_PER_HOUR, p.strength().value(), null, null);
    }

    /** mg of ingredient in one tablet, capsule or other unit; null when the strength is not per unit. */
    private static BigDecimal strengthPerUnitMg(Prescription p) {
        if (p.strength() == null) {
            return null;
        }
        return switch (p.strength().unit()) {
            case MG -> p.strength().value();
            case MICROGRAM -> p.strength().value().divide(THOUSAND);
            default -> null;
        };
    }

    /**
     * Days the issued quantity lasts at the prescribed rate, rounded up to whole days (a part-day still
     * counts as a day in supply); null when the quantity or regimen does not tell.
     */
    static Integer derivedDaysSupply(Prescription p) {
        BigDecimal days = derivedDays(p);
        if (days == null) {
            return null;
        }
        // the Validator refuses a quantity that lasts longer than the largest daysSupply; never wrap an int
        return days.compareTo(InputRanges.DAYS_SUPPLY.max()) > 0 ? InputRanges.DAYS_SUPPLY.max().intValue()
                : Math.max(1, days.intValue());
    }

    /** {@link #derivedDaysSupply} before it becomes an int: whole days, possibly huge; null when not told. */
    static BigDecimal derivedDays(Prescription p) {
        if (p.quantity() == null || (p.dose() == null && !p.timed())) {
            return null;
        }
        BigDecimal perDay;
        if (p.form() == Form.PATCH) {
            if (p.changeEveryDays() == null || p.dose().unit() != DoseUnit.UNIT) {
                return null;
            }
            // patches used per day = patches worn at once / days between changes
            perDay = p.dose().value().divide(p.changeEveryDays(), MathContext.DECIMAL64);
        } else if (p.timed()) {
            perDay = BigDecimal.ZERO;
            for (var t : p.doses()) {
                BigDecimal units = unitsPerAdministration(p, t.dose());
                if (units == null) {
                    return null;
                }
                perDay = perDay.add(units);
            }
        } else {
            if (p.timesPerDay() == null) {
                return null;
            }
            BigDecimal perAdministration = unitsPerAdministration(p, p.dose());
            if (perAdministration == null) {
                return null;
            }
            perDay = perAdministration.multiply(p.timesPerDay());
        }
        if (perDay.signum() <= 0) {
            return null;
        }
        return p.quantity().divide(perDay, MathContext.DECIMAL64).setScale(0, RoundingMode.CEILING);
    }

    /** Units of quantity (tablets, capsules, ml) one administration uses; null when it cannot be told. */
    private static BigDecimal unitsPerAdministration(Prescription p, org.taperwise.model.Dose dose) {
        StrengthUnit su = p.strength() == null ? null : p.strength().unit();
        return switch (dose.unit()) {
            case UNIT -> p.form() == Form.ORAL_SOLUTION ? null : dose.value();
            case ML -> dose.value();
            case MG, MICROGRAM -> {
                BigDecimal mg = dose.unit() == DoseUnit.MG ? dose.value() : dose.value().divide(THOUSAND);
                if (su == StrengthUnit.MG_PER_ML) {
                    yield mg.divide(p.strength().value(), MathContext.DECIMAL64);
                }
                BigDecimal strengthMg = strengthPerUnitMg(p);
                yield strengthMg == null ? null : mg.divide(strengthMg, MathContext.DECIMAL64);
            }
        };
    }
}

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
        if (patch) {
            return patchDaily(p);
        }
        if (p.dose() == null) {
            return DailyDose.notComputable("no dose is given");
        }
        if (p.timesPerDay() == null) {
            return DailyDose.notComputable("no timesPerDay is given");
        }
        BigDecimal times = p.timesPerDay();
        BigDecimal perAdministration;
        switch (p.dose().unit()) {
            case MG -> perAdministration = p.dose().value();
            case MICROGRAM -> perAdministration = p.dose().value().divide(THOUSAND);
            case UNIT -> {
                BigDecimal strengthMg = strengthPerUnitMg(p);
                if (strengthMg == null) {
                    return DailyDose.notComputable(p.strength() == null
                            ? "a dose in units needs the strength of one unit, and none is given"
                            : "a dose in units needs a strength in mg or microgram per unit, not "
                                    + p.strength().unit().code());
                }
                perAdministration = p.dose().value().multiply(strengthMg);
            }
            case ML -> {
                if (p.strength() == null || p.strength().unit() != StrengthUnit.MG_PER_ML) {
                    return DailyDose.notComputable("a dose in ml needs a strength in mg/ml");
                }
                perAdministration = p.dose().value().multiply(p.strength().value());
            }
            default -> throw new IllegalStateException("unknown dose unit " + p.dose().unit());
        }
        String note = p.asNeeded() ? "as needed: counted at the maximum allowed, " + Text.num(times.doubleValue())
                + " times a day" : null;
        return new DailyDose(perAdministration.multiply(times), MG, null, null, note);
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
        if (p.quantity() == null || p.dose() == null) {
            return null;
        }
        BigDecimal perDay;
        if (p.form() == Form.PATCH) {
            if (p.changeEveryDays() == null || p.dose().unit() != DoseUnit.UNIT) {
                return null;
            }
            // patches used per day = patches worn at once / days between changes
            perDay = p.dose().value().divide(p.changeEveryDays(), MathContext.DECIMAL64);
        } else {
            if (p.timesPerDay() == null) {
                return null;
            }
            BigDecimal perAdministration = unitsPerAdministration(p);
            if (perAdministration == null) {
                return null;
            }
            perDay = perAdministration.multiply(p.timesPerDay());
        }
        if (perDay.signum() <= 0) {
            return null;
        }
        BigDecimal days = p.quantity().divide(perDay, MathContext.DECIMAL64).setScale(0, RoundingMode.CEILING);
        return Math.max(1, days.intValue());
    }

    /** Units of quantity (tablets, capsules, ml) one administration uses; null when it cannot be told. */
    private static BigDecimal unitsPerAdministration(Prescription p) {
        StrengthUnit su = p.strength() == null ? null : p.strength().unit();
        return switch (p.dose().unit()) {
            case UNIT -> p.form() == Form.ORAL_SOLUTION ? null : p.dose().value();
            case ML -> p.dose().value();
            case MG, MICROGRAM -> {
                BigDecimal mg = p.dose().unit() == DoseUnit.MG ? p.dose().value() : p.dose().value().divide(THOUSAND);
                if (su == StrengthUnit.MG_PER_ML) {
                    yield mg.divide(p.strength().value(), MathContext.DECIMAL64);
                }
                BigDecimal strengthMg = strengthPerUnitMg(p);
                yield strengthMg == null ? null : mg.divide(strengthMg, MathContext.DECIMAL64);
            }
        };
    }
}

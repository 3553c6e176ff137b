package org.taperwise.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.hl7.fhir.r4.model.Quantity;
import org.taperwise.model.DoseUnit;

/**
 * Quantities and supply durations ({@code dispenseRequest.quantity}, {@code expectedSupplyDuration},
 * {@code MedicationDispense.quantity} and {@code daysSupply}) in the contract's terms: a quantity of units (tablets,
 * capsules, patches) or ml, and a whole number of days. Rules in docs/contract.md, "FHIR R4 input", under "Supply".
 */
final class SupplyMapping {
    /** The contract's limits (section 1, "Ranges"): checked here so the problem names the FHIRPath. */
    private static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(100000);
    private static final int MAX_DAYS = 3650;

    private final Findings findings;
    private final int daysPerMonth;

    SupplyMapping(Findings findings, int daysPerMonth) {
        this.findings = findings;
        this.daysPerMonth = daysPerMonth;
    }

    /** A quantity in units or ml, or null (warned when its unit is neither; a problem when out of range). */
    BigDecimal quantity(Quantity q, String resource, String path) {
        if (q == null || !q.hasValue()) {
            return null;
        }
        DoseUnit unit = Units.doseUnit(q);
        if (unit != DoseUnit.UNIT && unit != DoseUnit.ML) {
            findings.warn(Warnings.QUANTITY_UNIT_UNMAPPED, resource, path, "the quantity " + Units.show(q) + " is not"
                    + " a number of tablets, capsules or patches or ml; it was not read");
            return null;
        }
        BigDecimal v = q.getValue();
        if (v.signum() <= 0 || v.compareTo(MAX_QUANTITY) > 0) {
            findings.problem(resource, path + ".value", v.toPlainString(), "a quantity above 0 and at most 100000");
            return null;
        }
        return v;
    }

    /**
     * A supply duration as whole days, or null: units h, d, wk, mo (a month is {@code daysPerMonth} days); a part day
     * is rounded to the nearest whole day, at least 1 (warned); out of the contract's 1 to 3650 days: a problem.
     */
    Integer days(Quantity duration, String resource, String path) {
        if (duration == null || !duration.hasValue()) {
            return null;
        }
        BigDecimal days = Units.days(duration, daysPerMonth);
        if (days == null) {
            findings.warn(Warnings.SUPPLY_DURATION_UNMAPPED, resource, path, "the duration " + Units.show(duration)
                    + " is not in h, d, wk or mo; it was not read");
            return null;
        }
        return wholeDays(days, resource, path);
    }

    /** Days (e.g. from timing bounds) as a whole number, as {@link #days}. */
    Integer wholeDays(BigDecimal days, String resource, String path) {
        if (days.signum() <= 0 || days.compareTo(BigDecimal.valueOf(MAX_DAYS)) > 0) {
            findings.problem(resource, path, days.toPlainString() + " days", "a supply of more than 0 and at most "
                    + MAX_DAYS + " days");
            return null;
        }
        BigDecimal whole = days.setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
        if (whole.compareTo(days) != 0) {
            findings.warn(Warnings.DAYS_SUPPLY_ROUNDED, resource, path, days.toPlainString() + " days was rounded to "
                    + whole.toPlainString() + " (the contract's days supply is whole days)");
        }
        return whole.intValueExact();
    }
}

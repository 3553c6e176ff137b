package org.taperwise.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Quantity;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.TimeOfDay;

/**
 * Units, durations, dates and times of day as FHIR R4 records write them (docs/contract.md, "FHIR R4 input").
 * Units are read from a Quantity's {@code code} (UCUM, or a SNOMED CT unit concept) and else its {@code unit} text.
 */
final class Units {
    /** UCUM and SNOMED CT codes and unit texts of a whole unit: a tablet, capsule, patch, spray, lozenge. */
    private static final Set<String> WHOLE = Set.of("1", "{tbl}", "{tablet}", "{tablets}", "tablet", "tablets", "tab",
            "tabs", "{capsule}", "{capsules}", "{cap}", "capsule", "capsules", "cap", "caps", "{patch}", "{patches}",
            "patch", "patches", "{spray}", "spray", "sprays", "{actuat}", "actuation", "{puff}", "puff", "{lozenge}",
            "lozenge", "{film}", "film", "{suppository}", "suppository", "{unit}", "unit", "units", "{dose}", "dose",
            "each", "{each}",
            // SNOMED CT unit concepts: 428673006 tablet (unit of presentation), 428641000 capsule, 419702001 patch;
            // dm+d unit of measure 3319411000001109 "tablet" (NHSDigital/electronic-prescription-service-api
            // coordinator/tests/resources/fhir-bundle.ts: dispenseRequest.quantity of a UK prescription)
            "428673006", "428641000", "419702001", "3319411000001109");
    private static final Set<String> MG = Set.of("mg", "milligram", "milligrams", "258684004");
    private static final Set<String> MICROGRAM = Set.of("ug", "mcg", "\u00b5g", "microgram", "micrograms",
            "258685003");
    private static final Set<String> ML = Set.of("ml", "milliliter", "millilitre", "milliliters", "millilitres",
            "258773002");
    private static final Set<String> PATCH = Set.of("{patch}", "{patches}", "patch", "patches", "419702001");

    /** Hours in a UCUM duration unit ({@code h}, {@code d}, {@code wk}, {@code mo}), or null for others. */
    static BigDecimal hoursPer(String unit, int daysPerMonth) {
        if (unit == null) {
            return null;
        }
        return switch (unit.trim().toLowerCase(Locale.ROOT)) {
            case "h", "hour", "hours", "hr", "hrs" -> BigDecimal.ONE;
            case "d", "day", "days" -> BigDecimal.valueOf(24);
            case "wk", "week", "weeks" -> BigDecimal.valueOf(24 * 7);
            case "mo", "month", "months" -> BigDecimal.valueOf(24L * daysPerMonth);
            default -> null;
        };
    }

    /** The number of days a Duration (or a Quantity of time) states, or null when its unit is none of the above. */
    static BigDecimal days(Quantity q, int daysPerMonth) {
        if (q == null || !q.hasValue()) {
            return null;
        }
        BigDecimal hours = hoursPer(q.hasCode() ? q.getCode() : q.getUnit(), daysPerMonth);
        if (hours == null && q.hasCode() && q.hasUnit()) {
            hours = hoursPer(q.getUnit(), daysPerMonth);
        }
        return hours == null ? null : q.getValue().multiply(hours).divide(BigDecimal.valueOf(24), 6,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The unit of a dose quantity, or null when it is none the contract knows. */
    static DoseUnit doseUnit(Quantity q) {
        for (String u : keys(q)) {
            if (WHOLE.contains(u)) {
                return DoseUnit.UNIT;
            }
            if (MG.contains(u)) {
                return DoseUnit.MG;
            }
            if (MICROGRAM.contains(u)) {
                return DoseUnit.MICROGRAM;
            }
            if (ML.contains(u)) {
                return DoseUnit.ML;
            }
        }
        return keys(q).length == 0 ? DoseUnit.UNIT : null;
    }

    /** Whether the quantity is of patches. */
    static boolean patches(Quantity q) {
        for (String u : keys(q)) {
            if (PATCH.contains(u)) {
                return true;
            }
        }
        return false;
    }

    /** A unit text for messages. */
    static String show(Quantity q) {
        String u = q.hasCode() ? q.getCode() : q.hasUnit() ? q.getUnit() : "";
        return (q.hasValue() ? q.getValue().stripTrailingZeros().toPlainString() : "?") + (u.isEmpty() ? "" : " " + u);
    }

    private static String[] keys(Quantity q) {
        String code = q.hasCode() ? q.getCode().trim().toLowerCase(Locale.ROOT) : null;
        String unit = q.hasUnit() ? q.getUnit().trim().toLowerCase(Locale.ROOT) : null;
        if (code != null && unit != null) {
            return new String[] {code, unit};
        }
        return code != null ? new String[] {code} : unit != null ? new String[] {unit} : new String[0];
    }

    /**
     * The calendar date a FHIR date or dateTime states, as written (a dateTime's own offset is kept, not converted to
     * UTC), or null when it has no day (a year or a month only) or is absent.
     */
    static LocalDate date(BaseDateTimeType t) {
        if (t == null || t.getValue() == null || t.getPrecision() == null
                || t.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            return null;
        }
        String s = t.getValueAsString();
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** FHIR {@code Timing.repeat.when} event codes (v3 TimingEvent and FHIR EventTiming) by time of day. */
    private static final Map<String, TimeOfDay> WHEN = Map.ofEntries(
            Map.entry("MORN", TimeOfDay.MORNING), Map.entry("MORN.early", TimeOfDay.MORNING),
            Map.entry("MORN.late", TimeOfDay.MORNING), Map.entry("WAKE", TimeOfDay.MORNING),
            Map.entry("ACM", TimeOfDay.MORNING), Map.entry("CM", TimeOfDay.MORNING), Map.entry("PCM", TimeOfDay.MORNING),
            Map.entry("NOON", TimeOfDay.MIDDAY), Map.entry("ACD", TimeOfDay.MIDDAY), Map.entry("CD", TimeOfDay.MIDDAY),
            Map.entry("PCD", TimeOfDay.MIDDAY),
            Map.entry("AFT", TimeOfDay.AFTERNOON), Map.entry("AFT.early", TimeOfDay.AFTERNOON),
            Map.entry("AFT.late", TimeOfDay.AFTERNOON),
            Map.entry("EVE", TimeOfDay.EVENING), Map.entry("EVE.early", TimeOfDay.EVENING),
            Map.entry("EVE.late", TimeOfDay.EVENING), Map.entry("ACV", TimeOfDay.EVENING),
            Map.entry("CV", TimeOfDay.EVENING), Map.entry("PCV", TimeOfDay.EVENING),
            Map.entry("NIGHT", TimeOfDay.NIGHT), Map.entry("HS", TimeOfDay.NIGHT), Map.entry("PHS", TimeOfDay.NIGHT));

    /** The time of day of a {@code when} code, or null (C, AC, PC: any meal; IMD; unknown codes). */
    static TimeOfDay when(String code) {
        return code == null ? null : WHEN.get(code);
    }

    /**
     * The time of day of a {@code timeOfDay} clock time: 04:00-10:59 morning, 11:00-13:59 midday, 14:00-16:59
     * afternoon, 17:00-20:59 evening, 21:00-03:59 night. Null when it is not a time.
     */
    static TimeOfDay clock(String hhmmss) {
        if (hhmmss == null || hhmmss.length() < 2) {
            return null;
        }
        int hour;
        try {
            hour = Integer.parseInt(hhmmss.substring(0, 2));
        } catch (NumberFormatException e) {
            return null;
        }
        if (hour < 0 || hour > 23) {
            return null;
        }
        return hour >= 4 && hour < 11 ? TimeOfDay.MORNING : hour < 4 || hour >= 21 ? TimeOfDay.NIGHT
                : hour < 14 ? TimeOfDay.MIDDAY : hour < 17 ? TimeOfDay.AFTERNOON : TimeOfDay.EVENING;
    }

    private Units() {
    }
}

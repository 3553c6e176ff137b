package org.taperwise.fhir;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Timing;
import org.taperwise.model.Dose;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.TimeOfDay;
import org.taperwise.model.TimedDose;

/**
 * {@code dosageInstruction} (MedicationRequest, MedicationDispense) or {@code dosage} (MedicationStatement) to a
 * {@link Regimen}; every rule is in docs/contract.md, "FHIR R4 input", under "Dosage".
 */
final class DosageMapping {
    private static final BigDecimal HOURS_A_DAY = BigDecimal.valueOf(24);
    private static final BigDecimal LONGEST_PATCH_CHANGE = BigDecimal.valueOf(31);

    private final Findings findings;
    private final int daysPerMonth;

    DosageMapping(Findings findings, int daysPerMonth) {
        this.findings = findings;
        this.daysPerMonth = daysPerMonth;
    }

    /**
     * Reads the rows of one resource's dosage; {@code path} is the FHIRPath of the list (e.g.
     * {@code MedicationRequest.dosageInstruction}); {@code patch} is true when the medicine is known to be a patch.
     */
    Regimen read(List<Dosage> rows, String resource, String path, boolean patch) {
        if (rows.isEmpty()) {
            return Regimen.NONE;
        }
        if (rows.size() > 1) {
            Regimen timed = byTimeOfDay(rows, resource, path);
            if (timed != null) {
                return timed;
            }
            findings.warn(Warnings.DOSAGE_ROWS_IGNORED, resource, path + "[1]", rows.size() - 1 + " further dosage"
                    + " row(s) are not doses of one regular regimen at distinct times of day; only " + path
                    + "[0] was read");
        }
        return single(rows.get(0), resource, path + "[0]", patch);
    }

    /** Several rows, each regular at its own times of day: {@code doses} by time of day (null when they are not). */
    private Regimen byTimeOfDay(List<Dosage> rows, String resource, String path) {
        Map<TimeOfDay, Dose> byTime = new EnumMap<>(TimeOfDay.class);
        BigDecimal bounds = null;
        for (int i = 0; i < rows.size(); i++) {
            Dosage row = rows.get(i);
            if (asNeeded(row) || !row.getTiming().hasRepeat()) {
                return null;
            }
            Timing.TimingRepeatComponent rep = row.getTiming().getRepeat();
            List<TimeOfDay> times = times(rep, null, null);
            if (times == null || times.isEmpty() || rep.hasFrequencyMax() || rep.hasPeriodMax()
                    || row.getDoseAndRate().size() != 1 || !row.getDoseAndRate().get(0).hasDoseQuantity()) {
                return null;
            }
            if (rep.hasPeriod() && (!rep.hasPeriodUnit() || !"d".equals(rep.getPeriodUnit().toCode())
                    || rep.getPeriod().compareTo(BigDecimal.ONE) != 0
                    || rep.hasFrequency() && rep.getFrequency() != times.size())) {
                return null;
            }
            Quantity q = row.getDoseAndRate().get(0).getDoseQuantity();
            DoseUnit unit = Units.doseUnit(q);
            if (unit == null || !q.hasValue()) {
                return null;
            }
            for (TimeOfDay t : times) {
                if (byTime.put(t, new Dose(q.getValue(), unit)) != null) {
                    return null;
                }
            }
            if (bounds == null) {
                bounds = bounds(rep, resource, path + "[" + i + "].timing.repeat");
            }
        }
        List<Dose> distinct = byTime.values().stream().distinct().toList();
        if (distinct.stream().map(Dose::unit).distinct().count() != 1) {
            return null;
        }
        if (distinct.size() == 1) {
            return new Regimen(distinct.get(0), BigDecimal.valueOf(byTime.size()), List.of(), false, null, bounds);
        }
        List<TimedDose> doses = new ArrayList<>();
        byTime.forEach((t, d) -> doses.add(new TimedDose(t, d)));
        return new Regimen(null, null, doses, false, null, bounds);
    }

    private Regimen single(Dosage row, String resource, String path, boolean patchMedicine) {
        boolean asNeeded = asNeeded(row);
        if (!row.hasTiming() && !row.hasDoseAndRate()) {
            if (row.hasText()) {
                findings.warn(Warnings.DOSAGE_TEXT_ONLY, resource, path + ".text", "the dosage is free text only;"
                        + " it was not read (a daily dose can still come from the quantity and days supply)");
            } else {
                findings.warn(Warnings.DOSE_MISSING, resource, path + ".doseAndRate", "the dosage gives no dose and"
                        + " no timing" + (asNeeded ? ", only that it is taken as needed" : "") + "; a daily dose can"
                        + " still come from the quantity and days supply");
            }
            return new Regimen(null, null, List.of(), asNeeded, null, null);
        }
        Quantity doseQ = dose(row, resource, path);
        Dose dose = null;
        if (doseQ != null) {
            DoseUnit unit = Units.doseUnit(doseQ);
            if (unit == null) {
                findings.warn(Warnings.DOSE_UNIT_UNMAPPED, resource, path + ".doseAndRate[0].doseQuantity", "the dose "
                        + Units.show(doseQ) + " is in a unit the contract has no name for (mg, microgram, ml, or"
                        + " tablets, capsules, patches); the dose was not read");
            } else {
                dose = new Dose(doseQ.getValue(), unit);
            }
        }
        boolean patch = patchMedicine || doseQ != null && Units.patches(doseQ);
        Timing.TimingRepeatComponent rep = row.getTiming().getRepeat();
        BigDecimal perDay = perDay(row.getTiming(), resource, path + ".timing");
        BigDecimal bounds = row.getTiming().hasRepeat() ? bounds(rep, resource, path + ".timing.repeat") : null;
        BigDecimal changeEvery = null;
        if (patch && perDay != null && perDay.signum() > 0) {
            BigDecimal interval = BigDecimal.ONE.divide(perDay, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            if (interval.compareTo(LONGEST_PATCH_CHANGE) <= 0) {
                changeEvery = interval;
                perDay = null;
            }
        }
        if (dose == null) {
            findings.warn(Warnings.DOSE_MISSING, resource, path + ".doseAndRate", "no dose per administration could"
                    + " be read, so the frequency is not passed either; a daily dose can still come from the quantity"
                    + " and days supply");
            perDay = null;
        }
        return new Regimen(dose, perDay, List.of(), asNeeded, changeEvery, bounds);
    }

    private static boolean asNeeded(Dosage row) {
        return row.hasAsNeededBooleanType() ? row.getAsNeededBooleanType().booleanValue()
                : row.hasAsNeededCodeableConcept();
    }

    /** The dose quantity of the row: the first {@code ordered} doseAndRate row, else the first; a range's high end. */
    private Quantity dose(Dosage row, String resource, String path) {
        List<Dosage.DosageDoseAndRateComponent> rates = row.getDoseAndRate();
        if (rates.isEmpty()) {
            return null;
        }
        int chosen = 0;
        for (int i = 0; i < rates.size(); i++) {
            if (rates.get(i).hasType() && rates.get(i).getType().getCoding().stream()
                    .anyMatch(c -> "ordered".equals(c.getCode()))) {
                chosen = i;
                break;
            }
        }
        if (rates.size() > 1) {
            findings.warn(Warnings.DOSE_AND_RATE_ROWS_IGNORED, resource, path + ".doseAndRate", rates.size()
                    + " doseAndRate rows; row " + chosen + " (the first of type ordered, else the first) was read");
        }
        Dosage.DosageDoseAndRateComponent r = rates.get(chosen);
        String at = path + ".doseAndRate[" + chosen + "]";
        if (r.hasDoseQuantity()) {
            return r.getDoseQuantity().hasValue() ? r.getDoseQuantity() : null;
        }
        if (r.hasDoseRange()) {
            Range range = r.getDoseRange();
            Quantity high = range.hasHigh() && range.getHigh().hasValue() ? range.getHigh() : null;
            Quantity used = high != null ? high : range.hasLow() && range.getLow().hasValue() ? range.getLow() : null;
            if (used != null) {
                findings.warn(Warnings.DOSE_RANGE_READ_AS_HIGH, resource, at + ".doseRange", "a dose range ("
                        + (range.hasLow() ? Units.show(range.getLow()) : "?") + " to "
                        + (high != null ? Units.show(high) : "?") + ") was read as its "
                        + (high != null ? "high end, the most that may be taken" : "low end, the only end given"));
            }
            return used;
        }
        if (r.hasRate()) {
            findings.warn(Warnings.TIMING_UNMAPPED, resource, at + ".rate[x]", "a rate of administration (infusion)"
                    + " is not a dose the contract can hold; it was not read");
        }
        return null;
    }

    /** Administrations a day from repeat frequency and period, or the times of day, or a timing code; or null. */
    private BigDecimal perDay(Timing timing, String resource, String path) {
        if (!timing.hasRepeat()) {
            if (timing.hasCode()) {
                findings.warn(Warnings.TIMING_UNMAPPED, resource, path + ".code", "a timing given only as a code"
                        + " (" + timing.getCode().getCodingFirstRep().getCode() + ") was not read");
            }
            return null;
        }
        Timing.TimingRepeatComponent rep = timing.getRepeat();
        String at = path + ".repeat";
        for (String unsupported : new String[] {"dayOfWeek", "count", "duration"}) {
            if (rep.getNamedProperty(unsupported) != null && rep.getNamedProperty(unsupported).hasValues()) {
                findings.warn(Warnings.TIMING_UNMAPPED, resource, at + "." + unsupported, unsupported + " is not read;"
                        + " the frequency comes from frequency and period");
            }
        }
        List<TimeOfDay> times = times(rep, resource, at);
        if (rep.hasPeriod()) {
            BigDecimal hoursPer = Units.hoursPer(rep.hasPeriodUnit() ? rep.getPeriodUnit().toCode() : null,
                    daysPerMonth);
            if (hoursPer == null || rep.getPeriod().signum() <= 0) {
                findings.warn(Warnings.TIMING_UNMAPPED, resource, at + ".periodUnit", "a period of "
                        + rep.getPeriod().toPlainString() + " " + (rep.hasPeriodUnit() ? rep.getPeriodUnit().toCode()
                                : "(no unit)") + " is not in h, d, wk or mo; the frequency was not read");
                return null;
            }
            int frequency = rep.hasFrequencyMax() ? rep.getFrequencyMax() : rep.hasFrequency() ? rep.getFrequency() : 1;
            if (rep.hasFrequencyMax() || rep.hasPeriodMax()) {
                findings.warn(Warnings.FREQUENCY_RANGE_READ_AS_MAXIMUM, resource, at + (rep.hasFrequencyMax()
                        ? ".frequencyMax" : ".periodMax"), "a frequency range was read as its maximum: " + frequency
                        + " time(s) every " + rep.getPeriod().stripTrailingZeros().toPlainString() + " "
                        + rep.getPeriodUnit().toCode() + " (the most often it may be taken)");
            }
            BigDecimal hours = rep.getPeriod().multiply(hoursPer);
            return BigDecimal.valueOf(frequency).multiply(HOURS_A_DAY).divide(hours, MathContext.DECIMAL64)
                    .setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        if (times != null && !times.isEmpty()) {
            return BigDecimal.valueOf(times.size());
        }
        if (rep.hasFrequency()) {
            findings.warn(Warnings.TIMING_UNMAPPED, resource, at + ".frequency", "a frequency with no period was not"
                    + " read");
        }
        return null;
    }

    /**
     * The times of day of {@code when} and {@code timeOfDay}; null when one cannot be placed (warned
     * {@code TIME_OF_DAY_UNMAPPED} unless {@code resource} is null).
     */
    private List<TimeOfDay> times(Timing.TimingRepeatComponent rep, String resource, String at) {
        List<TimeOfDay> out = new ArrayList<>();
        boolean placed = true;
        for (int i = 0; i < rep.getWhen().size(); i++) {
            String code = rep.getWhen().get(i).getValueAsString();
            TimeOfDay t = Units.when(code);
            if (t == null) {
                placed = false;
                if (resource != null) {
                    findings.warn(Warnings.TIME_OF_DAY_UNMAPPED, resource, at + ".when[" + i + "]", "the event "
                            + Findings.brief(code) + " is not one time of day (C, AC, PC: any meal); it was not read");
                }
            } else if (!out.contains(t)) {
                out.add(t);
            }
        }
        for (int i = 0; i < rep.getTimeOfDay().size(); i++) {
            TimeOfDay t = Units.clock(rep.getTimeOfDay().get(i).getValue());
            if (t == null) {
                placed = false;
                if (resource != null) {
                    findings.warn(Warnings.TIME_OF_DAY_UNMAPPED, resource, at + ".timeOfDay[" + i + "]", "not a"
                            + " time of day; it was not read");
                }
            } else if (!out.contains(t)) {
                out.add(t);
            }
        }
        return placed ? out : null;
    }

    /** Days the instruction runs: boundsDuration, or the days of boundsPeriod; null otherwise. */
    private BigDecimal bounds(Timing.TimingRepeatComponent rep, String resource, String at) {
        if (rep.hasBoundsDuration()) {
            BigDecimal d = Units.days(rep.getBoundsDuration(), daysPerMonth);
            if (d == null) {
                findings.warn(Warnings.TIMING_UNMAPPED, resource, at + ".boundsDuration", "a duration in "
                        + Units.show(rep.getBoundsDuration()) + " is not in h, d, wk or mo; it was not read");
            }
            return d;
        }
        if (rep.hasBoundsPeriod()) {
            var start = Units.date(rep.getBoundsPeriod().getStartElement());
            var end = Units.date(rep.getBoundsPeriod().getEndElement());
            if (start != null && end != null && !end.isBefore(start)) {
                return BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(start, end));
            }
        }
        return null;
    }
}

package org.taperwise.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taperwise.evaluation.Normaliser.Issue;
import org.taperwise.model.Coding;
import org.taperwise.model.Dose;
import org.taperwise.model.Form;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.Route;
import org.taperwise.model.Strength;
import org.taperwise.model.TimedDose;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;
import org.taperwise.rules.Parameters;
import org.taperwise.tables.MedicineEntry;
import org.taperwise.tables.MedicinesTable;

/**
 * Works out each prescription issue on its own: which medicine it is, its route, how many days it supplies, the
 * last day it supplies, whether it is in supply on {@code asOf}, its regimen and product keys, and its daily dose.
 *
 * <ul>
 *   <li>Medicine: by {@link MedicineResolver}: the name as records write it, else the first coding a table maps
 *       (a product code also fills a missing form and strength). Every unmapped coding is counted and warned
 *       about.</li>
 *   <li>Days supply: as given; else derived from the quantity and the regimen ({@link DoseArithmetic}); else the
 *       profile's {@code defaultDaysSupply}, marked as assumed, with a warning.</li>
 *   <li>An issue supplies from the day it is issued to {@code issued + daysSupply - 1}, both included.</li>
 * </ul>
 *
 * <p>Repeat issues of one prescription (everything the same but the id and the issue date) are worked out once and
 * the result reused, warnings included (each at its own issue's path).
 */
final class IssueResolver {
    /** The issues, in input order, and how many medicine codings the code tables did not map. */
    record Resolved(List<Issue> issues, int unmappedCodings) {
    }

    private IssueResolver() {
    }

    /** Resolves every prescription of {@code facts}; warnings are appended in input order. */
    static Resolved resolve(PatientFacts facts, Parameters params, MedicineResolver medicines,
            List<Warning> warnings) {
        LocalDate asOf = facts.asOf();
        List<Prescription> prescriptions = facts.prescriptions();
        List<Issue> issues = new ArrayList<>(prescriptions.size());
        Map<Repeat, Worked> worked = new HashMap<>();
        int unmapped = 0;
        for (int i = 0; i < prescriptions.size(); i++) {
            String path = "prescriptions[" + i + "]";
            Prescription given = prescriptions.get(i);
            Worked w = worked.computeIfAbsent(Repeat.of(given), k -> work(given, params, medicines));
            for (Warning relative : w.warnings()) {
                warnings.add(new Warning(relative.code(), path + relative.path(), relative.message()));
            }
            unmapped += w.unmapped();
            Prescription rx = w.filled(given);
            LocalDate last = rx.issued().plusDays(w.days() - 1L);
            boolean inSupply = !asOf.isBefore(rx.issued()) && !asOf.isAfter(last);
            String ref = rx.id() != null ? rx.id() : path;
            issues.add(new Issue(i, rx, ref, path, w.medicine(), w.route(), last, w.days(), w.assumed(), inSupply,
                    w.regimenKey(), w.productKey(), w.dose()));
        }
        return new Resolved(issues, unmapped);
    }

    /**
     * Everything of a prescription but its id and issue date: the repeats of one prescription (issued monthly, say)
     * have the same, and so the same medicine, days supply, keys and daily dose. Equal only when every component is
     * ({@code BigDecimal} scale included), so two issues share what is worked out only when it cannot differ.
     */
    private record Repeat(String medicine, List<Coding> coding, Form form, Strength strength, Dose dose,
            BigDecimal timesPerDay, boolean asNeeded, BigDecimal changeEveryDays, Integer daysSupply,
            BigDecimal quantity, List<TimedDose> doses) {

        static Repeat of(Prescription rx) {
            return new Repeat(rx.medicine(), rx.coding(), rx.form(), rx.strength(), rx.dose(), rx.timesPerDay(),
                    rx.asNeeded(), rx.changeEveryDays(), rx.daysSupply(), rx.quantity(), rx.doses());
        }
    }

    /**
     * What is worked out once for each {@link Repeat}.
     *
     * @param resolved the first issue's prescription, with the form and strength its product code filled in
     * @param fills    whether a product code filled in a form or strength
     * @param warnings the warnings of each issue, with paths relative to the issue's ({@code .coding[0]})
     */
    private record Worked(Prescription resolved, boolean fills, MedicineEntry medicine, int unmapped,
            List<Warning> warnings, int days, boolean assumed, Route route, String regimenKey, String productKey,
            DailyDose dose) {

        /** The issue {@code rx} (a repeat of this one) with the same form and strength filled in. */
        Prescription filled(Prescription rx) {
            if (!fills) {
                return rx;
            }
            return new Prescription(rx.id(), rx.medicine(), rx.coding(), resolved.form(),
                    rx.strength() != null ? rx.strength() : resolved.strength(), rx.dose(), rx.timesPerDay(),
                    rx.asNeeded(), rx.changeEveryDays(), rx.issued(), rx.daysSupply(), rx.quantity(), rx.doses());
        }
    }

    private static Worked work(Prescription given, Parameters params, MedicineResolver medicines) {
        List<Warning> warnings = new ArrayList<>(0);
        MedicineResolver.Resolved resolved = medicines.resolve(given, "", warnings);
        Prescription rx = resolved.rx();
        MedicineEntry med = resolved.medicine();
        Integer days = rx.daysSupply();
        boolean assumed = false;
        if (days == null) {
            days = DoseArithmetic.derivedDaysSupply(rx);
        }
        if (days == null) {
            days = params.defaultDaysSupply();
            assumed = true;
            warnings.add(new Warning(WarningCode.DAYS_SUPPLY_ASSUMED, ".daysSupply",
                    "no daysSupply, and it cannot be derived from quantity and regimen: the profile's default of "
                            + days + " days was assumed"));
        }
        Route route = rx.form() == null ? null : Route.of(rx.form());
        return new Worked(rx, rx != given, med, resolved.unmapped(), List.copyOf(warnings), days, assumed, route,
                regimenKey(rx, med), productKey(rx, med), DoseArithmetic.daily(rx));
    }

    /**
     * Medicine, form and strength: what makes two issues the same product. Computed once per issue, since the
     * supersession check compares every pair of current issues by it. The strength is its value as
     * {@link BigDecimal#toString} spells it (equal only when the value and its scale are) and its unit, as the
     * strength record's own {@code toString} gave them, without that method's cost.
     */
    private static String productKey(Prescription rx, MedicineEntry med) {
        Strength s = rx.strength();
        return (med == null ? MedicinesTable.normalise(String.valueOf(rx.medicine())) : med.name())
                + "|" + rx.form() + "|" + (s == null ? "null" : s.value() + " " + s.unit());
    }

    /** Medicine, form, strength, dose, frequency and as-needed: what makes two issues the same regimen. */
    private static String regimenKey(Prescription rx, MedicineEntry med) {
        String name = med == null ? MedicinesTable.normalise(String.valueOf(rx.medicine())) : med.name();
        return String.join("|", name, String.valueOf(rx.form()), quantity(rx.strength() == null ? null
                : rx.strength().value(), rx.strength() == null ? null : rx.strength().unit().code()),
                quantity(rx.dose() == null ? null : rx.dose().value(),
                        rx.dose() == null ? null : rx.dose().unit().code()),
                plain(rx.timesPerDay()), plain(rx.changeEveryDays()), rx.asNeeded() ? "prn" : "regular",
                timedDoses(rx));
    }

    /** Doses by time of day, e.g. {@code morning 20 mg,night 30 mg}; empty when the doses do not differ. */
    private static String timedDoses(Prescription rx) {
        StringBuilder sb = new StringBuilder();
        for (var t : rx.doses()) {
            sb.append(sb.length() == 0 ? "" : ",").append(t.when() == null ? "-" : t.when().code()).append(' ')
                    .append(quantity(t.dose().value(), t.dose().unit() == null ? null : t.dose().unit().code()));
        }
        return sb.toString();
    }

    private static String quantity(BigDecimal v, String unit) {
        return v == null ? "-" : plain(v) + " " + unit;
    }

    /** A number without trailing zeros or exponent ({@code 10}, not {@code 1E+1} or {@code 10.0}); "-" for null. */
    static String plain(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }
}

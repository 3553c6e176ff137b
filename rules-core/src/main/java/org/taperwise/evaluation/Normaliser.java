package org.taperwise.evaluation;

import org.taperwise.tables.CodeTables;
import org.taperwise.tables.ConversionRow;
import org.taperwise.tables.MedicineEntry;
import org.taperwise.tables.MedicinesTable;
import org.taperwise.tables.Profile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taperwise.model.Amount;
import org.taperwise.model.Condition;
import org.taperwise.model.ConditionConcept;
import org.taperwise.model.InstrumentScore;
import org.taperwise.model.MedicineClass;
import org.taperwise.model.MmeItem;
import org.taperwise.model.MmeStatus;
import org.taperwise.model.MmeSummary;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.Route;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;
import org.taperwise.rules.ContinuousOpioidSupply;
import org.taperwise.rules.EvaluationDates;
import org.taperwise.rules.Ingredient;
import org.taperwise.rules.Medication;
import org.taperwise.rules.MmeTotal;
import org.taperwise.rules.Parameters;
import org.taperwise.rules.Patient;
import org.taperwise.rules.PatientCondition;
import org.taperwise.rules.ScreeningResult;
import org.taperwise.rules.SupplyPattern;
import org.taperwise.rules.TaperPolicyOption;
import org.taperwise.rules.TaperRequested;

/**
 * Turns validated patient facts into the facts rules match on, and computes the current regimen's morphine
 * equivalent. All arithmetic lives here and in {@link DoseArithmetic}; all numbers come from the profile.
 *
 * <p>The current regimen is the opioid issues (and unrecognised medicines, which may be opioids) whose supply
 * covers {@code asOf}. When none does, it is the issues in supply on the last day any opioid supply covered,
 * and a warning says so. A regimen (medicine, form, strength, dose, frequency) counts once however many of its
 * issues qualify. When a later issue of the same product (medicine, form, strength) changes the dose, the
 * earlier regimen is superseded, unless both were issued on the same day (two regimens taken together) or one
 * is as-needed and the other regular.
 */
public final class Normaliser {
    private static final int MME_SCALE = 2;

    /** Everything an evaluation needs besides the rules. */
    public record Prepared(List<Object> facts, MmeSummary mme, List<Warning> warnings, int unmappedCodings,
            List<Issue> issues, Map<String, Integer> refOrder, List<Issue> current) {
    }

    /** One prescription issue with everything worked out; {@code productKey} is medicine, form and strength. */
    public record Issue(int index, Prescription rx, String ref, String path, MedicineEntry medicine, Route route,
            LocalDate lastSupplyDate, int daysSupply, boolean daysSupplyAssumed, boolean inSupply, String regimenKey,
            String productKey, DailyDose dose) {

        boolean opioidOrUnknown() {
            return medicine == null || medicine.medicineClass() == MedicineClass.OPIOID;
        }

        public boolean opioid() {
            return medicine != null && medicine.medicineClass() == MedicineClass.OPIOID;
        }
    }

    private Normaliser() {
    }

    static Prepared prepare(PatientFacts facts, Profile profile, MedicinesTable medicines, CodeTables codes) {
        Parameters params = profile.parameters();
        LocalDate asOf = facts.asOf();
        List<Warning> warnings = new ArrayList<>();
        List<Object> ruleFacts = new ArrayList<>();
        int unmapped = 0;

        EvaluationDates dates = new EvaluationDates(asOf, asOf.minusMonths(params.reviewWindowMonths()),
                asOf.minusMonths(params.longTermUseMonths()), asOf.minusMonths(params.scoreLookbackMonths()),
                asOf.minusMonths(params.longTermTaperAfterMonths()));
        ruleFacts.add(params);
        ruleFacts.add(dates);
        profile.taperPolicies().values().forEach(tp -> ruleFacts.add(new TaperPolicyOption(tp.id(), tp.role())));
        if (facts.taperRequest() != null) {
            ruleFacts.add(new TaperRequested(facts.taperRequest().policy()));
        }
        boolean ageKnown = facts.birthDate() != null;
        int age = ageKnown ? Period.between(facts.birthDate(), asOf).getYears() : 0;
        ruleFacts.add(new Patient(ageKnown, age, Boolean.TRUE.equals(facts.pregnant()), facts.sex(),
                facts.historyStart() == null ? LocalDate.MIN : facts.historyStart()));

        // prescriptions
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < facts.prescriptions().size(); i++) {
            Prescription rx = facts.prescriptions().get(i);
            String path = "prescriptions[" + i + "]";
            MedicineEntry med = medicines.find(rx.medicine());
            for (int c = 0; c < rx.coding().size(); c++) {
                MedicineEntry coded = codes.medicine(rx.coding().get(c));
                if (coded == null) {
                    unmapped++;
                    warnings.add(new Warning(WarningCode.CODING_UNMAPPED, path + ".coding[" + c + "]",
                            "the ruleset's code tables do not map " + rx.coding().get(c).system() + " code "
                                    + rx.coding().get(c).code() + (med != null ? "; the medicine name was used" : "")));
                } else if (med == null) {
                    med = coded;
                }
            }
            Integer days = rx.daysSupply();
            boolean assumed = false;
            if (days == null) {
                days = DoseArithmetic.derivedDaysSupply(rx);
            }
            if (days == null) {
                days = params.defaultDaysSupply();
                assumed = true;
                warnings.add(new Warning(WarningCode.DAYS_SUPPLY_ASSUMED, path + ".daysSupply",
                        "no daysSupply, and it cannot be derived from quantity and regimen: the profile's default of "
                                + days + " days was assumed"));
            }
            LocalDate last = rx.issued().plusDays(days - 1L);
            boolean inSupply = !asOf.isBefore(rx.issued()) && !asOf.isAfter(last);
            Route route = rx.form() == null ? null : Route.of(rx.form());
            String ref = rx.id() != null ? rx.id() : path;
            issues.add(new Issue(i, rx, ref, path, med, route, last, days, assumed, inSupply, regimenKey(rx, med),
                    productKey(rx, med), DoseArithmetic.daily(rx)));
        }

        // current regimen
        Map<Integer, Issue> current = currentRegimen(issues, asOf, warnings);
        List<MmeItem> items = new ArrayList<>();
        Map<Integer, MmeItem> itemByIssue = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        int currentOpioids = 0;
        java.util.Set<String> ingredients = new java.util.TreeSet<>();
        for (Issue issue : current.values()) {
            MmeItem item = mmeItem(issue, profile);
            items.add(item);
            itemByIssue.put(issue.index(), item);
            if (item.status() == MmeStatus.COMPUTED) {
                total = total.add(BigDecimal.valueOf(item.dailyMme()));
            } else {
                complete = false;
            }
            if (issue.opioid()) {
                currentOpioids++;
                ingredients.add(issue.medicine().ingredient());
            }
        }
        for (Issue issue : issues) {
            MmeItem item = itemByIssue.get(issue.index());
            MedicineEntry med = issue.medicine();
            ruleFacts.add(new Medication(issue.ref(), med == null ? issue.rx().medicine() : med.name(),
                    med == null ? null : Ingredient.of(med.ingredient()), med == null ? null : med.medicineClass(), med != null,
                    issue.rx().form(), issue.route(), issue.rx().issued(), issue.lastSupplyDate(), issue.daysSupply(),
                    issue.inSupply(), item != null, issue.regimenKey(), issue.rx().asNeeded(),
                    item == null ? null : item.status(),
                    item == null || item.dailyMme() == null ? 0 : item.dailyMme(), issue.dose().computable()));
        }
        double totalMg = total.setScale(1, RoundingMode.HALF_UP).doubleValue();
        boolean inSupply = current.values().stream().allMatch(Issue::inSupply);
        ruleFacts.add(new MmeTotal(total.doubleValue(), complete, currentOpioids, ingredients.size(), inSupply));
        ContinuousOpioidSupply run = continuousSupply(issues, asOf, params.supplyGapDays());
        if (run != null) {
            ruleFacts.add(run);
        }
        ruleFacts.addAll(supplyPatterns(issues, asOf, params));

        // conditions
        for (int i = 0; i < facts.conditions().size(); i++) {
            Condition c = facts.conditions().get(i);
            String path = "conditions[" + i + "]";
            ConditionConcept concept = c.code();
            if (c.coding() != null) {
                ConditionConcept mapped = codes.concept(c.coding());
                if (mapped == null) {
                    unmapped++;
                    warnings.add(new Warning(WarningCode.CODING_UNMAPPED, path + ".coding",
                            "the ruleset's code tables do not map " + c.coding().system() + " code "
                                    + c.coding().code() + (concept != null ? "; the code " + concept.code()
                                            + " was used" : ": the condition was ignored")));
                } else if (concept != null && mapped != concept) {
                    warnings.add(new Warning(WarningCode.CONDITION_CODE_AND_CODING, path, "the coding maps to "
                            + mapped.code() + " but the code says " + concept.code() + "; the code was used"));
                } else if (concept == null) {
                    concept = mapped;
                }
            }
            if (concept == null) {
                continue;
            }
            if (c.since() != null && c.since().isAfter(asOf)) {
                warnings.add(new Warning(WarningCode.CONDITION_AFTER_AS_OF, path + ".since",
                        "recorded as starting " + c.since() + ", after asOf: not counted"));
                continue;
            }
            ruleFacts.add(new PatientCondition(concept, c.since(), path));
        }

        // questionnaires: the latest result per instrument is marked
        Map<org.taperwise.model.Instrument, Integer> latest = new HashMap<>();
        for (int i = 0; i < facts.assessments().size(); i++) {
            InstrumentScore s = facts.assessments().get(i);
            Integer best = latest.get(s.instrument());
            if (best == null || newer(s, facts.assessments().get(best))) {
                latest.put(s.instrument(), i);
            }
        }
        for (int i = 0; i < facts.assessments().size(); i++) {
            InstrumentScore s = facts.assessments().get(i);
            String path = "assessments[" + i + "]";
            if (s.date() == null) {
                warnings.add(new Warning(WarningCode.SCORE_DATE_MISSING, path + ".date",
                        s.instrument().code() + " score has no date: treated as current unless a dated one exists"));
            }
            ruleFacts.add(new ScreeningResult(s.instrument(), s.score().doubleValue(), s.date(), path,
                    latest.get(s.instrument()) == i));
        }
        // evidence is reported in input order: prescriptions, then conditions, then questionnaires
        Map<String, Integer> refOrder = new HashMap<>();
        for (Issue i : issues) {
            refOrder.putIfAbsent(i.ref(), refOrder.size());
        }
        for (int i = 0; i < facts.conditions().size(); i++) {
            refOrder.putIfAbsent("conditions[" + i + "]", refOrder.size());
        }
        for (int i = 0; i < facts.assessments().size(); i++) {
            refOrder.putIfAbsent("assessments[" + i + "]", refOrder.size());
        }
        return new Prepared(List.copyOf(ruleFacts), new MmeSummary(totalMg, complete, items), warnings, unmapped,
                List.copyOf(issues), refOrder, List.copyOf(current.values()));
    }

    /** Whether {@code a} is more recent than {@code b}: dated beats undated, later beats earlier, ties keep b. */
    private static boolean newer(InstrumentScore a, InstrumentScore b) {
        if (a.date() == null) {
            return false;
        }
        return b.date() == null || a.date().isAfter(b.date()) || a.date().isEqual(b.date());
    }

    /** Computed once per issue: the supersession check compares every pair of current issues by it. */
    private static String productKey(Prescription rx, MedicineEntry med) {
        return (med == null ? MedicinesTable.normalise(String.valueOf(rx.medicine())) : med.name())
                + "|" + rx.form() + "|" + rx.strength();
    }

    private static String regimenKey(Prescription rx, MedicineEntry med) {
        String name = med == null ? MedicinesTable.normalise(String.valueOf(rx.medicine())) : med.name();
        return String.join("|", name, String.valueOf(rx.form()), quantity(rx.strength() == null ? null
                : rx.strength().value(), rx.strength() == null ? null : rx.strength().unit().code()),
                quantity(rx.dose() == null ? null : rx.dose().value(), rx.dose() == null ? null : rx.dose().unit().code()),
                plain(rx.timesPerDay()), plain(rx.changeEveryDays()), rx.asNeeded() ? "prn" : "regular");
    }

    private static String quantity(BigDecimal v, String unit) {
        return v == null ? "-" : plain(v) + " " + unit;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }

    /** The issues counted in the current regimen, one per regimen, in input order. */
    private static Map<Integer, Issue> currentRegimen(List<Issue> issues, LocalDate asOf, List<Warning> warnings) {
        List<Issue> candidates = issues.stream().filter(Issue::opioidOrUnknown).filter(Issue::inSupply).toList();
        if (candidates.isEmpty()) {
            LocalDate last = issues.stream().filter(Issue::opioidOrUnknown).map(Issue::lastSupplyDate)
                    .filter(d -> d.isBefore(asOf)).max(Comparator.naturalOrder()).orElse(null);
            if (last == null) {
                return Map.of();
            }
            candidates = issues.stream().filter(Issue::opioidOrUnknown)
                    .filter(i -> !i.rx().issued().isAfter(last) && !i.lastSupplyDate().isBefore(last)).toList();
            warnings.add(new Warning(WarningCode.CURRENT_REGIMEN_FROM_LAST_SUPPLY, "prescriptions",
                    "no opioid supply covers " + asOf + "; the regimen in supply on " + last
                            + ", when opioid supply last ran, was used"));
        }
        // one issue per regimen: the most recent
        Map<String, Issue> byRegimen = new LinkedHashMap<>();
        for (Issue i : candidates) {
            byRegimen.merge(i.regimenKey(), i, Normaliser::later);
        }
        // a later issue of the same product with another dose supersedes the earlier regimen
        List<Issue> kept = new ArrayList<>();
        for (Issue i : byRegimen.values()) {
            Issue newer = byRegimen.values().stream()
                    .filter(o -> o != i && o.productKey().equals(i.productKey())
                            && o.rx().asNeeded() == i.rx().asNeeded() && o.rx().issued().isAfter(i.rx().issued()))
                    .max(Comparator.comparing((Issue o) -> o.rx().issued())).orElse(null);
            if (newer == null) {
                kept.add(i);
            } else {
                warnings.add(new Warning(WarningCode.REGIMEN_SUPERSEDED, i.path(), "superseded by " + newer.ref()
                        + " (issued " + newer.rx().issued() + ", same product with a different dose): not counted"));
            }
        }
        kept.sort(Comparator.comparingInt(Issue::index));
        Map<Integer, Issue> out = new LinkedHashMap<>();
        kept.forEach(i -> out.put(i.index(), i));
        return out;
    }

    private static Issue later(Issue a, Issue b) {
        int c = a.rx().issued().compareTo(b.rx().issued());
        return c > 0 ? a : c < 0 ? b : (a.index() > b.index() ? a : b);
    }

    private static MmeItem mmeItem(Issue issue, Profile profile) {
        Prescription rx = issue.rx();
        MedicineEntry med = issue.medicine();
        DailyDose dose = issue.dose();
        Amount daily = dose.computable() ? new Amount(round(dose.amount(), 3), dose.unit()) : null;
        if (med == null) {
            return new MmeItem(issue.ref(), rx.medicine() == null ? "(coded only)" : rx.medicine(), null, rx.form(),
                    daily, null, null, MmeStatus.NOT_COMPUTABLE,
                    "not in the ruleset's medicines table: it may be an opioid, so the total is incomplete", null);
        }
        if (!dose.computable()) {
            return new MmeItem(issue.ref(), med.name(), med.ingredient(), rx.form(), null, null, null,
                    MmeStatus.NOT_COMPUTABLE, "the daily dose cannot be computed: " + dose.problem(), null);
        }
        if (issue.route() == null) {
            return new MmeItem(issue.ref(), med.name(), med.ingredient(), rx.form(), daily, null, null,
                    MmeStatus.NOT_COMPUTABLE, rx.form() == null ? "no form is given, so the route is unknown"
                            : "form " + rx.form().code() + " has no route to convert from", null);
        }
        ConversionRow row = profile.conversions().find(med.ingredient(), issue.route(), dose.unit(),
                dose.patchStrength(), dose.amount());
        if (row == null) {
            return new MmeItem(issue.ref(), med.name(), med.ingredient(), rx.form(), daily, null, null,
                    MmeStatus.NOT_COMPUTABLE, "profile " + profile.id() + " has no conversion factor for "
                            + med.ingredient() + " (" + issue.route().code() + ", " + dose.unit() + ")", null);
        }
        if (row.excluded()) {
            return new MmeItem(issue.ref(), med.name(), med.ingredient(), rx.form(), daily, null, null,
                    MmeStatus.EXCLUDED, row.note(), row.where());
        }
        BigDecimal mme = dose.amount().multiply(row.factor());
        return new MmeItem(issue.ref(), med.name(), med.ingredient(), rx.form(), daily,
                row.factor().doubleValue(), round(mme, MME_SCALE), MmeStatus.COMPUTED, dose.note(), row.where());
    }

    private static double round(BigDecimal v, int scale) {
        return v.setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * How each opioid product was issued over the profile's supply review window: issues that came early (before
     * {@code earlyIssueFraction} of the previous issue's days supply had passed) and the days supplied per day
     * elapsed. One pattern per product with an issue in the window.
     */
    static List<SupplyPattern> supplyPatterns(List<Issue> issues, LocalDate asOf, Parameters p) {
        LocalDate windowStart = asOf.minusDays(p.supplyReviewDays());
        Map<String, List<Issue>> byProduct = new LinkedHashMap<>();
        issues.stream().filter(Issue::opioid)
                .sorted(Comparator.comparing((Issue i) -> i.rx().issued()).thenComparingInt(Issue::index))
                .forEach(i -> byProduct.computeIfAbsent(i.productKey(), k -> new ArrayList<>()).add(i));
        List<SupplyPattern> out = new ArrayList<>();
        for (List<Issue> list : byProduct.values()) {
            List<String> earlyRefs = new ArrayList<>();
            for (int k = 1; k < list.size(); k++) {
                Issue prev = list.get(k - 1);
                Issue next = list.get(k);
                if (next.rx().issued().isBefore(windowStart)) {
                    continue;
                }
                double due = prev.rx().issued().toEpochDay() + p.earlyIssueFraction() * prev.daysSupply();
                if (next.rx().issued().toEpochDay() < due) {
                    earlyRefs.add(next.ref());
                }
            }
            List<Issue> inWindow = list.stream().filter(i -> !i.rx().issued().isBefore(windowStart)).toList();
            if (inWindow.isEmpty()) {
                continue;
            }
            double ratio = 0;
            if (inWindow.size() >= 2) {
                long supplied = 0;
                for (int k = 0; k < inWindow.size() - 1; k++) {
                    supplied += inWindow.get(k).daysSupply();
                }
                long elapsed = inWindow.get(inWindow.size() - 1).rx().issued().toEpochDay()
                        - inWindow.get(0).rx().issued().toEpochDay();
                ratio = (double) supplied / Math.max(1, elapsed);
            }
            Issue first = list.get(0);
            out.add(new SupplyPattern(productLabel(first), earlyRefs.size(), earlyRefs, ratio,
                    inWindow.stream().map(Issue::ref).toList()));
        }
        return out;
    }

    private static String productLabel(Issue i) {
        Prescription rx = i.rx();
        return i.medicine().name() + (rx.form() == null ? "" : " " + rx.form().code())
                + (rx.strength() == null ? "" : " " + plain(rx.strength().value()) + " " + rx.strength().unit().code());
    }

    /**
     * The latest run of opioid supply: issue periods merged when the next starts no more than {@code gap} days
     * after the supply so far runs out. Null when there is no opioid issue.
     */
    static ContinuousOpioidSupply continuousSupply(List<Issue> issues, LocalDate asOf, int gap) {
        List<Issue> opioids = issues.stream().filter(Issue::opioid)
                .sorted(Comparator.comparing((Issue i) -> i.rx().issued())).toList();
        if (opioids.isEmpty()) {
            return null;
        }
        LocalDate since = null;
        LocalDate until = null;
        for (Issue i : opioids) {
            LocalDate start = i.rx().issued();
            LocalDate end = i.lastSupplyDate();
            if (since == null || start.isAfter(until.plusDays(gap + 1L))) {
                since = start;
                until = end;
            } else if (end.isAfter(until)) {
                until = end;
            }
        }
        boolean ongoing = !asOf.isAfter(until.plusDays(gap));
        return new ContinuousOpioidSupply(since, until, ongoing);
    }
}

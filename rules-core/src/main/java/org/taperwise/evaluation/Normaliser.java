package org.taperwise.evaluation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taperwise.model.MedicineClass;
import org.taperwise.model.MmeItem;
import org.taperwise.model.MmeSummary;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.Route;
import org.taperwise.model.Warning;
import org.taperwise.rules.ContinuousOpioidSupply;
import org.taperwise.rules.PossibleOpioidUse;
import org.taperwise.rules.EvaluationDates;
import org.taperwise.rules.Ingredient;
import org.taperwise.rules.Medication;
import org.taperwise.rules.Parameters;
import org.taperwise.rules.Patient;
import org.taperwise.rules.TaperPolicyOption;
import org.taperwise.rules.TaperRequested;
import org.taperwise.tables.CodeTables;
import org.taperwise.tables.MedicineEntry;
import org.taperwise.tables.ProductsTable;
import org.taperwise.tables.Profile;

/**
 * Turns validated patient facts into the facts rules match on, and computes the current regimen's morphine
 * equivalent. All numbers come from the profile. The work is done by one class per step, composed here in order:
 *
 * <ol>
 *   <li>{@link IssueResolver}: each prescription issue's medicine, route, days supply and daily dose;</li>
 *   <li>{@link CurrentRegimen}: which issues make up the current regimen;</li>
 *   <li>{@link MmeCalculator}: the morphine equivalent of each current issue and their total;</li>
 *   <li>{@link SupplyHistory}: continuous opioid supply and how each product was issued;</li>
 *   <li>{@link ConditionResolver} and {@link ScreeningResolver}: conditions and questionnaire results.</li>
 * </ol>
 *
 * <p>Facts are listed in a fixed order (parameters, dates, taper policies, the taper request, the patient, one
 * medication per issue, the MME total, continuous supply, supply patterns, conditions, screening results) and
 * warnings in input order within each step.
 */
public final class Normaliser {

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

    /** As {@link #prepare(PatientFacts, Profile, MedicineResolver, CodeTables, ProductsTable)} with no products table. */
    public static Prepared prepare(PatientFacts facts, Profile profile, MedicineResolver medicines, CodeTables codes) {
        return prepare(facts, profile, medicines, codes, ProductsTable.empty());
    }

    /**
     * @param medicines reads each prescription's medicine ({@link MedicineResolver#of} the ruleset)
     * @param codes     the ruleset's code tables, for coded conditions
     * @param products  the profile's products table: a patch changed less often than its product is made to be worn gets a
     *                  data-quality warning
     */
    public static Prepared prepare(PatientFacts facts, Profile profile, MedicineResolver medicines, CodeTables codes,
            ProductsTable products) {
        Parameters params = profile.parameters();
        LocalDate asOf = facts.asOf();
        List<Warning> warnings = new ArrayList<>();
        List<Object> ruleFacts = new ArrayList<>();
        ruleFacts.add(params);
        ruleFacts.add(dates(asOf, params));
        profile.taperPolicies().values().forEach(tp -> ruleFacts.add(new TaperPolicyOption(tp.id(), tp.role())));
        if (facts.taperRequest() != null) {
            ruleFacts.add(new TaperRequested(facts.taperRequest().policy()));
        }
        ruleFacts.add(patient(facts));

        IssueResolver.Resolved resolved = IssueResolver.resolve(facts, params, medicines, warnings);
        RegimenChecks.check(resolved.issues(), products, warnings);
        AsNeededUse.Result asNeeded = AsNeededUse.apply(resolved.issues(), asOf, warnings);
        List<Issue> issues = asNeeded.issues();
        List<Issue> current = CurrentRegimen.select(issues, asOf, warnings);
        MmeCalculator.Result mme = MmeCalculator.compute(current, profile, asNeeded.estimates());
        for (Issue issue : issues) {
            ruleFacts.add(medication(issue, mme.item(issue)));
        }
        ruleFacts.add(mme.fact());
        ContinuousOpioidSupply run = SupplyHistory.continuousSupply(issues, asOf, params.supplyGapDays());
        if (run != null) {
            ruleFacts.add(run);
        }
        PossibleOpioidUse possible = SupplyHistory.possibleOpioidUse(issues, asOf,
                asOf.minusMonths(params.reviewWindowMonths()), params.supplyGapDays());
        if (possible != null) {
            ruleFacts.add(possible);
        }
        ruleFacts.addAll(SupplyHistory.supplyPatterns(issues, asOf, params));

        ConditionResolver.Resolved conditions = ConditionResolver.resolve(facts.conditions(), asOf, codes, warnings);
        ruleFacts.addAll(conditions.conditions());
        ruleFacts.addAll(ScreeningResolver.resolve(facts.assessments(), warnings));

        return new Prepared(List.copyOf(ruleFacts), mme.summary(), warnings,
                resolved.unmappedCodings() + conditions.unmappedCodings(), List.copyOf(issues),
                refOrder(issues, facts), current);
    }

    private static EvaluationDates dates(LocalDate asOf, Parameters params) {
        return new EvaluationDates(asOf, asOf.minusMonths(params.reviewWindowMonths()),
                asOf.minusMonths(params.longTermUseMonths()), asOf.minusMonths(params.scoreLookbackMonths()),
                asOf.minusMonths(params.longTermTaperAfterMonths()));
    }

    private static Patient patient(PatientFacts facts) {
        boolean ageKnown = facts.birthDate() != null;
        int age = ageKnown ? Period.between(facts.birthDate(), facts.asOf()).getYears() : 0;
        return new Patient(ageKnown, age, Boolean.TRUE.equals(facts.pregnant()), facts.sex(),
                facts.historyStart() == null ? LocalDate.MIN : facts.historyStart());
    }

    /** The rule fact of one issue; {@code item} is its MME item, or null when it is not in the current regimen. */
    private static Medication medication(Issue issue, MmeItem item) {
        MedicineEntry med = issue.medicine();
        return new Medication(issue.ref(), med == null ? issue.rx().medicine() : med.name(),
                med == null ? null : Ingredient.of(med.ingredient()), med == null ? null : med.medicineClass(),
                med != null, issue.rx().form(), issue.route(), issue.rx().issued(), issue.lastSupplyDate(),
                issue.daysSupply(), issue.inSupply(), item != null, issue.regimenKey(), issue.rx().asNeeded(),
                item == null ? null : item.status(),
                item == null || item.dailyMme() == null ? 0 : item.dailyMme(), issue.dose().computable());
    }

    /** Evidence is reported in input order: prescriptions, then conditions, then questionnaires. */
    private static Map<String, Integer> refOrder(List<Issue> issues, PatientFacts facts) {
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
        return refOrder;
    }
}

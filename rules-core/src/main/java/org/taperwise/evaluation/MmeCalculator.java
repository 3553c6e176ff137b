package org.taperwise.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.taperwise.evaluation.Normaliser.Issue;
import org.taperwise.model.Amount;
import org.taperwise.model.MmeItem;
import org.taperwise.model.MmeRegimen;
import org.taperwise.model.MmeStatus;
import org.taperwise.model.MmeSummary;
import org.taperwise.model.Prescription;
import org.taperwise.rules.MmeTotal;
import org.taperwise.tables.ConversionRow;
import org.taperwise.tables.MedicineEntry;
import org.taperwise.tables.Profile;

/**
 * The current regimen's morphine equivalent: one item per current issue, its daily dose multiplied by the factor
 * the profile's conversion table gives for its ingredient, route, unit and (for patches) strength, and their total.
 *
 * <p>An item is {@link MmeStatus#COMPUTED} when a factor applies, {@link MmeStatus#EXCLUDED} when the table
 * excludes the ingredient (it is then left out of the total on purpose), and {@link MmeStatus#NOT_COMPUTABLE} when
 * the medicine is unknown, the daily dose cannot be worked out, the route is unknown, or the table has no factor.
 * The total is complete only when every item is computed.
 */
final class MmeCalculator {
    /** Decimal places of an item's daily morphine equivalent. */
    private static final int MME_SCALE = 2;
    /** Decimal places of an item's daily dose as reported. */
    private static final int DOSE_SCALE = 3;

    /**
     * The items and what the rules and the assessment read from them.
     *
     * @param items            one per current issue, in the current regimen's order
     * @param regimens         the items grouped by medicine, form and kind ({@link MmeRegimens})
     * @param byIssue          the items by issue index
     * @param total            the sum of the computed items' daily MME, unrounded
     * @param complete         whether every item is computed
     * @param currentOpioids   current issues of medicines the medicines table knows as opioids
     * @param opioidIngredients distinct ingredients among them
     * @param inSupply         whether every current issue is in supply on asOf (the regimen is not one from the
     *                         last supply)
     */
    record Result(List<MmeItem> items, List<MmeRegimen> regimens, Map<Integer, MmeItem> byIssue, BigDecimal total,
            boolean complete, int currentOpioids, int opioidIngredients, boolean inSupply) {

        /** The item of an issue, or null when the issue is not in the current regimen. */
        MmeItem item(Issue issue) {
            return byIssue.get(issue.index());
        }

        /** The total as the rules match on it: unrounded. */
        MmeTotal fact() {
            return new MmeTotal(total.doubleValue(), complete, currentOpioids, opioidIngredients, inSupply);
        }

        /** The total as the assessment reports it: rounded to one decimal place, half up. */
        MmeSummary summary() {
            return new MmeSummary(total.setScale(1, RoundingMode.HALF_UP).doubleValue(), complete, items, regimens);
        }
    }

    private MmeCalculator() {
    }

    /** The morphine equivalent of {@code current}, the issues of the current regimen. */
    static Result compute(List<Issue> current, Profile profile) {
        return compute(current, profile, Map.of());
    }

    /**
     * @param estimates estimated daily use of as-needed issues, by issue index ({@link AsNeededUse}): reported on
     *                  the item beside the prescribed maximum, which the total keeps (the CDC's convention)
     */
    static Result compute(List<Issue> current, Profile profile, Map<Integer, DailyDose> estimates) {
        List<MmeItem> items = new ArrayList<>();
        Map<Integer, MmeItem> byIssue = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        int opioids = 0;
        Set<String> ingredients = new TreeSet<>();
        for (Issue issue : current) {
            MmeItem item = item(issue, profile);
            DailyDose estimate = estimates.get(issue.index());
            if (estimate != null) {
                item = item.withEstimate(new Amount(round(estimate.amount(), DOSE_SCALE), estimate.unit()),
                        item.factor() == null ? null
                                : round(estimate.amount().multiply(BigDecimal.valueOf(item.factor())), MME_SCALE));
                if (profile.parameters().prnMmeFromEstimatedUse() && item.estimatedDailyMme() != null) {
                    // the profile counts the use the history shows; the prescribed maximum stays in the note
                    item = new MmeItem(item.prescriptionId(), item.medicine(), item.ingredient(), item.form(),
                            item.estimatedDailyDose(), item.factor(), item.estimatedDailyMme(), item.status(),
                            estimate.note() + " (profile " + profile.id() + ": prnMmeFromEstimatedUse); the prescribed"
                                    + " maximum is " + org.taperwise.rules.Text.num(item.dailyDose().value()) + " "
                                    + item.dailyDose().unit() + " a day",
                            item.factorSource(), item.estimatedDailyDose(), item.estimatedDailyMme());
                }
            }
            items.add(item);
            byIssue.put(issue.index(), item);
            if (item.status() == MmeStatus.COMPUTED) {
                total = total.add(BigDecimal.valueOf(item.dailyMme()));
            } else {
                complete = false;
            }
            if (issue.opioid()) {
                opioids++;
                ingredients.add(issue.medicine().ingredient());
            }
        }
        boolean inSupply = current.stream().allMatch(Issue::inSupply);
        return new Result(items, MmeRegimens.of(current, items), byIssue, total, complete, opioids, ingredients.size(),
                inSupply);
    }

    /** One issue's item: computed, excluded, or not computable with the reason. */
    static MmeItem item(Issue issue, Profile profile) {
        Prescription rx = issue.rx();
        MedicineEntry med = issue.medicine();
        DailyDose dose = issue.dose();
        Amount daily = dose.computable() ? new Amount(round(dose.amount(), DOSE_SCALE), dose.unit()) : null;
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
}

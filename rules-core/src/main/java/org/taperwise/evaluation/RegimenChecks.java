package org.taperwise.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.taperwise.evaluation.Normaliser.Issue;
import org.taperwise.model.Form;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;
import org.taperwise.tables.Product;
import org.taperwise.tables.ProductsTable;

/**
 * Data-quality checks of a regimen as recorded, each a warning (the record is still evaluated as given):
 * <ul>
 *   <li>{@code PATCH_CHANGED_AFTER_WEAR_TIME}: a patch changed less often than its product is made to be worn (the
 *       products table's {@code change_every_days}, from the product's SmPC or formulary), e.g. a 72-hour fentanyl
 *       patch recorded as changed every 7 days. The daily amount still counts the patch as worn continuously.</li>
 *   <li>{@code DAILY_DOSE_FROM_SUPPLY}: a dispensing record with no dosage instruction, whose daily dose is the
 *       quantity over the days supply ({@link DoseArithmetic}).</li>
 * </ul>
 */
final class RegimenChecks {
    private RegimenChecks() {
    }

    /** One warning of each kind per regimen, at its latest issue. */
    static void check(List<Issue> issues, ProductsTable products, List<Warning> warnings) {
        java.util.Map<String, Issue> latest = new java.util.LinkedHashMap<>();
        for (Issue i : issues) {
            latest.merge(i.regimenKey(), i, (a, b) -> b.rx().issued().isBefore(a.rx().issued()) ? a : b);
        }
        for (Issue i : latest.values()) {
            Prescription rx = i.rx();
            if (DoseArithmetic.dispenseOnly(rx) && i.dose().computable()) {
                warnings.add(new Warning(WarningCode.DAILY_DOSE_FROM_SUPPLY, i.path(), i.dose().note()
                        + " gives the daily dose (the record has no dose, doses or timesPerDay)"));
            }
            BigDecimal wear = wearDays(i, products);
            if (wear != null && rx.changeEveryDays().compareTo(wear) > 0) {
                warnings.add(new Warning(WarningCode.PATCH_CHANGED_AFTER_WEAR_TIME, i.path() + ".changeEveryDays",
                        "the patch is recorded as changed every " + IssueResolver.plain(rx.changeEveryDays())
                                + " days, but " + i.medicine().name() + " " + IssueResolver.plain(rx.strength().value())
                                + " microgram/hour patches are made to be changed every " + IssueResolver.plain(wear)
                                + " days (" + products.file() + " line " + wearLine(i, products) + "): check the record"));
            }
        }
    }

    private static BigDecimal wearDays(Issue i, ProductsTable products) {
        Product p = product(i, products);
        return p == null ? null : p.changeEveryDays();
    }

    private static int wearLine(Issue i, ProductsTable products) {
        Product p = product(i, products);
        return p == null ? 0 : p.line();
    }

    /** The listed patch product of the issue's medicine and strength, when the record gives a change interval. */
    private static Product product(Issue i, ProductsTable products) {
        Prescription rx = i.rx();
        if (rx.form() != Form.PATCH || i.medicine() == null || rx.changeEveryDays() == null || rx.strength() == null
                || rx.strength().unit() != StrengthUnit.MICROGRAM_PER_HOUR) {
            return null;
        }
        for (Product p : products.find(i.medicine().name(), Form.PATCH)) {
            if (p.strength().compareTo(rx.strength().value()) == 0 && p.changeEveryDays() != null) {
                return p;
            }
        }
        return null;
    }
}

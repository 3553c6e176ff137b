package org.taperwise.tables;

import java.math.BigDecimal;
import org.taperwise.model.Form;

/**
 * A row of {@code tables/products.csv}: a product strength a taper step may use.
 *
 * @param combine         whether strengths of this medicine and form may be combined in one dose
 * @param paracetamolMg   combination products: paracetamol per unit (mg); null for single-ingredient products
 * @param dosesPerDay     the most administrations a day the product is made for; null for any
 * @param changeEveryDays patches: days between changes; null otherwise
 * @param family          optional: the brand names of the product family the row belongs to, separated by ";"
 *                        (a prescription naming one is planned with that family's rows)
 * @param name            optional: the product's name as a prescription writes it (dm+d VMP or RxNorm name:
 *                        "Oxycodone 5mg modified-release tablets"); null when the table gives none
 */
public record Product(String medicine, Form form, BigDecimal strength, String unit, boolean combine,
        BigDecimal paracetamolMg, Integer dosesPerDay, BigDecimal changeEveryDays, String family, String examples,
        String source, int line, String name) {
    /** A row without a product name. */
    public Product(String medicine, Form form, BigDecimal strength, String unit, boolean combine,
            BigDecimal paracetamolMg, Integer dosesPerDay, BigDecimal changeEveryDays, String family, String examples,
            String source, int line) {
        this(medicine, form, strength, unit, combine, paracetamolMg, dosesPerDay, changeEveryDays, family, examples,
                source, line, null);
    }

    /** A row of a table without the optional {@code family} column. */
    public Product(String medicine, Form form, BigDecimal strength, String unit, boolean combine,
            BigDecimal paracetamolMg, Integer dosesPerDay, BigDecimal changeEveryDays, String examples, String source,
            int line) {
        this(medicine, form, strength, unit, combine, paracetamolMg, dosesPerDay, changeEveryDays, null, examples,
                source, line);
    }
}

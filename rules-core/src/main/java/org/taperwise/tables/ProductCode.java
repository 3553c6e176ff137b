package org.taperwise.tables;

import org.taperwise.model.Form;
import org.taperwise.model.Strength;

/**
 * A row of {@code tables/product-codes.csv}: one RxNorm or dm+d product code, the medicine it is, and the form and
 * strength (per unit of the opioid or sedative ingredient) of the product.
 *
 * @param system   the code system as the table gives it (RxNorm, or dm+d, which is also matched as SNOMED CT)
 * @param display  the product's name in its source
 * @param medicine the medicines table row it maps to
 * @param source   the source key the table's header defines
 */
public record ProductCode(String system, String code, String display, MedicineEntry medicine, Form form,
        Strength strength, String source, int line) {
}

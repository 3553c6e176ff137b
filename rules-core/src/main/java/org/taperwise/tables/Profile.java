package org.taperwise.tables;

import java.util.List;
import org.taperwise.rules.Parameters;

/**
 * A loaded profile: its conversion table, the products table its taper plans are made of, and typed parameters, plus
 * the parameters as written (with sources) for reviewers.
 *
 * @param products the products table the profile names ({@code productsTable}; {@link ProductsTable#FILE} when it
 *                 names none)
 */
public record Profile(String id, String title, String description, String file, ConversionTable conversions,
        ProductsTable products, Parameters parameters, List<ProfileParameter> written, java.util.Map<String, TaperPolicy> taperPolicies) {
    public Profile {
        taperPolicies = java.util.Map.copyOf(taperPolicies);
    }
}

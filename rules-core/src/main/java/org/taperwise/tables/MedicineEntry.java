package org.taperwise.tables;

import java.util.List;
import org.taperwise.model.MedicineClass;

/**
 * A row of {@code tables/medicines.csv}.
 *
 * @param name       canonical name (lower case), e.g. "co-codamol"
 * @param ingredient the ingredient conversion factors are keyed by, e.g. "codeine"
 * @param synonyms   other names it is known by (lower case)
 */
public record MedicineEntry(String name, String ingredient, MedicineClass medicineClass, List<String> synonyms,
        String source, int line) {
}

package org.taperwise.tables;

import java.math.BigDecimal;
import org.taperwise.model.Route;

/**
 * A row of a conversion table.
 *
 * @param route    null: every route
 * @param unit     the unit of the daily amount the factor multiplies: "mg" or "microgram/hour"
 * @param strength for patches: applies only to this strength (microgram/hour); null for any
 * @param above    band: applies to daily amounts strictly above this; null for no lower bound
 * @param upTo     band: applies to daily amounts up to and including this; null for no upper bound
 * @param factor   mg oral morphine a day per unit of daily amount; null when {@code excluded}
 * @param excluded the profile gives this medicine no factor
 */
public record ConversionRow(String file, int line, String ingredient, Route route, String unit, BigDecimal strength,
        BigDecimal above, BigDecimal upTo, BigDecimal factor, boolean excluded, String note, String source) {

    boolean inBand(BigDecimal amount) {
        return (above == null || amount.compareTo(above) > 0) && (upTo == null || amount.compareTo(upTo) <= 0);
    }

    /** "tables/x.csv line 12", for audit notes. */
    public String where() {
        return file + " line " + line;
    }
}

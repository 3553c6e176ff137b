package org.taperwise.tables;

import java.math.BigDecimal;

/**
 * The range every number in a ruleset's tables must lie in, checked when the table is loaded (a row outside it is a
 * problem naming the file, line, column and value). Like the patient input ranges (contract section 1), these are
 * limits of plausibility, not clinical values: wide enough for any real factor or product, narrow enough that no
 * table value can make the arithmetic overflow or crawl (a conversion factor of 1e999999999 used to load as valid;
 * issue 13). The ruleset guide lists them ("Numbers in tables").
 */
final class TableRanges {
    /** The smallest positive value: the patient input ranges' minimum. */
    static final BigDecimal MIN = new BigDecimal("0.0001");
    /** mg of oral morphine a day per mg (or per microgram/hour) of the medicine. */
    static final BigDecimal MAX_FACTOR = BigDecimal.valueOf(10_000);
    /** A strength per unit, per ml or per hour; the patient input's largest strength. */
    static final BigDecimal MAX_STRENGTH = BigDecimal.valueOf(100_000);
    /** A dose band's bound, mg a day (conversion tables' {@code above} and {@code up_to}). */
    static final BigDecimal MAX_DAILY = BigDecimal.valueOf(100_000);
    /** mg of paracetamol in one unit of a combination product. */
    static final BigDecimal MAX_PARACETAMOL_MG = BigDecimal.valueOf(10_000);
    /** Doses a day a product is made for. */
    static final BigDecimal MAX_DOSES_PER_DAY = BigDecimal.valueOf(24);
    /** Days a patch is worn; the patient input's largest {@code changeEveryDays}. */
    static final BigDecimal MAX_CHANGE_EVERY_DAYS = BigDecimal.valueOf(31);

    private TableRanges() {
    }
}

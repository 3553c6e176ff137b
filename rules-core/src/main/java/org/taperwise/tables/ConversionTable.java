package org.taperwise.tables;

import org.taperwise.files.CsvTable;
import org.taperwise.files.RowReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.taperwise.RulesetProblem;
import org.taperwise.model.Route;

/**
 * A profile's conversion factors to oral morphine. A lookup takes the ingredient, the route, the unit of
 * the daily amount, the strength (for patches) and the daily amount (for dose bands, as for methadone under
 * CDC 2016). Strength-specific rows win over general ones; route-specific rows win over rows for every route.
 * Bands are half-open, {@code (above, upTo]}, so no dose falls between two bands.
 */
public final class ConversionTable {
    private static final List<String> COLUMNS = List.of("ingredient", "route", "unit", "strength", "above", "up_to",
            "factor", "status", "note", "source");
    static final String FACTOR = "factor";
    static final String EXCLUDED = "excluded";
    public static final String MG = "mg";
    public static final String MICROGRAM_PER_HOUR = "microgram/hour";

    private final String file;
    private final List<ConversionRow> rows;

    private ConversionTable(String file, List<ConversionRow> rows) {
        this.file = file;
        this.rows = List.copyOf(rows);
    }

    public static ConversionTable parse(String file, String text, MedicinesTable medicines, List<RulesetProblem> problems) {
        CsvTable table = CsvTable.parse(file, text, COLUMNS, List.of(), problems);
        List<ConversionRow> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            RowReader r = new RowReader(file, row, problems);
            String ingredient = r.text("ingredient");
            Route route = r.optionalCode("route", Route.class);
            String unit = r.optionalText("unit");
            BigDecimal strength = r.optionalDecimal("strength", TableRanges.MIN, TableRanges.MAX_STRENGTH);
            BigDecimal above = r.optionalDecimal("above", BigDecimal.ZERO, TableRanges.MAX_DAILY);
            BigDecimal upTo = r.optionalDecimal("up_to", TableRanges.MIN, TableRanges.MAX_DAILY);
            String status = r.text("status");
            BigDecimal factor = r.optionalDecimal("factor", TableRanges.MIN, TableRanges.MAX_FACTOR);
            String note = r.optionalText("note");
            String source = r.text("source");
            if (ingredient == null || status == null || source == null) {
                continue;
            }
            ingredient = MedicinesTable.normalise(ingredient);
            if (medicines != null && !medicines.hasIngredient(ingredient)) {
                r.problem("ingredient", RowReader.shown(ingredient) + " is not an ingredient in " + MedicinesTable.FILE);
            }
            if (unit != null && !unit.equals(MG) && !unit.equals(MICROGRAM_PER_HOUR)) {
                r.problem("unit", RowReader.shown(unit) + " is not one of: mg, microgram/hour");
            }
            boolean excluded;
            if (status.equals(FACTOR)) {
                excluded = false;
                if (factor == null && r.optionalText("factor") == null) {
                    r.problem("factor", "is empty (status factor needs a factor)");
                }
                if (unit == null) {
                    r.problem("unit", "is empty (status factor needs the unit the factor applies to)");
                }
            } else if (status.equals(EXCLUDED)) {
                excluded = true;
                if (r.optionalText("factor") != null) {
                    r.problem("factor", "must be empty when status is excluded");
                }
                if (note == null) {
                    r.problem("note", "is empty (say why the profile excludes it)");
                }
            } else {
                r.problem("status", RowReader.shown(status) + " is not one of: factor, excluded");
                continue;
            }
            if (strength != null && route != Route.TRANSDERMAL) {
                r.problem("strength", "applies to patches only (route transdermal)");
            }
            if (above != null && upTo != null && above.compareTo(upTo) >= 0) {
                r.problem("up_to", "band (" + above + ", " + upTo + "] is empty");
            }
            rows.add(new ConversionRow(file, row.line(), ingredient, route, unit, strength, above, upTo, factor,
                    excluded, note, source));
        }
        checkOverlaps(file, rows, problems);
        return new ConversionTable(file, rows);
    }

    private static void checkOverlaps(String file, List<ConversionRow> rows, List<RulesetProblem> problems) {
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                ConversionRow a = rows.get(i);
                ConversionRow b = rows.get(j);
                if (a.ingredient().equals(b.ingredient()) && Objects.equals(a.route(), b.route())
                        && Objects.equals(a.unit(), b.unit()) && Objects.equals(a.strength(), b.strength())
                        && bandsOverlap(a, b)) {
                    problems.add(RulesetProblem.at(file, b.line(),
                            "overlaps line " + a.line() + " (same ingredient, route, unit and strength, and the dose"
                                    + " bands overlap): a dose would have two factors"));
                }
            }
        }
    }

    private static boolean bandsOverlap(ConversionRow a, ConversionRow b) {
        BigDecimal lo = max(a.above(), b.above());
        BigDecimal hi = min(a.upTo(), b.upTo());
        return lo == null || hi == null || lo.compareTo(hi) < 0;
    }

    private static BigDecimal max(BigDecimal x, BigDecimal y) {
        return x == null ? y : y == null ? x : x.max(y);
    }

    private static BigDecimal min(BigDecimal x, BigDecimal y) {
        return x == null ? y : y == null ? x : x.min(y);
    }

    /**
     * The row that converts this daily amount, or null when the table has none.
     *
     * @param strength the patch strength (microgram/hour) for strength-specific rows; null otherwise
     */
    public ConversionRow find(String ingredient, Route route, String unit, BigDecimal strength, BigDecimal daily) {
        ConversionRow best = null;
        int bestScore = -1;
        for (ConversionRow row : rows) {
            if (!row.ingredient().equals(ingredient)) {
                continue;
            }
            if (row.route() != null && row.route() != route) {
                continue;
            }
            if (row.excluded()) {
                int score = row.route() != null ? 1 : 0;
                if (score > bestScore) {
                    best = row;
                    bestScore = score;
                }
                continue;
            }
            if (!unit.equals(row.unit())) {
                continue;
            }
            if (row.strength() != null && (strength == null || row.strength().compareTo(strength) != 0)) {
                continue;
            }
            if (!row.inBand(daily)) {
                continue;
            }
            int score = (row.route() != null ? 1 : 0) + (row.strength() != null ? 2 : 0);
            if (score > bestScore) {
                best = row;
                bestScore = score;
            }
        }
        return best;
    }

    public String file() {
        return file;
    }

    public List<ConversionRow> rows() {
        return rows;
    }
}

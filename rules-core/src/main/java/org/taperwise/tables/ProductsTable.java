package org.taperwise.tables;

import org.taperwise.files.CsvTable;
import org.taperwise.files.RowReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.taperwise.RulesetProblem;
import org.taperwise.model.Form;

/** The products table: strengths a taper step may be made of, per medicine and form. */
public final class ProductsTable {
    public static final String FILE = "tables/products.csv";
    private static final List<String> COLUMNS = List.of("medicine", "form", "strength", "unit", "combine",
            "paracetamol_mg", "doses_per_day", "change_every_days", "examples", "source");
    private static final Set<String> UNITS = Set.of("mg", "microgram/hour", "mg/ml");

    private final List<Product> products;

    private ProductsTable(List<Product> products) {
        this.products = List.copyOf(products);
    }

    public static ProductsTable empty() {
        return new ProductsTable(List.of());
    }

    public static ProductsTable parse(String text, MedicinesTable medicines, List<RulesetProblem> problems) {
        CsvTable table = CsvTable.parse(FILE, text, COLUMNS, List.of(), problems);
        List<Product> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            RowReader r = new RowReader(FILE, row, problems);
            String medicine = r.text("medicine");
            Form form = r.code("form", Form.class);
            BigDecimal strength = r.positiveDecimal("strength");
            String unit = r.text("unit");
            String combine = r.text("combine");
            BigDecimal paracetamol = r.optionalPositiveDecimal("paracetamol_mg");
            BigDecimal perDay = r.optionalPositiveDecimal("doses_per_day");
            BigDecimal change = r.optionalPositiveDecimal("change_every_days");
            String source = r.text("source");
            if (medicine == null || form == null || strength == null || unit == null || combine == null
                    || source == null) {
                continue;
            }
            MedicineEntry entry = medicines == null ? null : medicines.find(medicine);
            if (medicines != null && entry == null) {
                r.problem("medicine", "\"" + medicine + "\" is not a name in " + MedicinesTable.FILE);
                continue;
            }
            if (!UNITS.contains(unit)) {
                r.problem("unit", "\"" + unit + "\" is not one of: mg, microgram/hour, mg/ml");
                continue;
            }
            if (!combine.equals("yes") && !combine.equals("no")) {
                r.problem("combine", "\"" + combine + "\" is not yes or no");
                continue;
            }
            if ((form == Form.PATCH) != unit.equals("microgram/hour")) {
                r.problem("unit", "patches, and only patches, have a strength in microgram/hour");
                continue;
            }
            if ((form == Form.ORAL_SOLUTION) != unit.equals("mg/ml")) {
                r.problem("unit", "oral solutions, and only oral solutions, have a concentration in mg/ml");
                continue;
            }
            if (form == Form.PATCH && change == null) {
                r.problem("change_every_days", "is empty (a patch needs its change interval)");
                continue;
            }
            if (perDay != null && perDay.stripTrailingZeros().scale() > 0) {
                r.problem("doses_per_day", perDay.toPlainString() + " must be a whole number");
                continue;
            }
            out.add(new Product(entry == null ? MedicinesTable.normalise(medicine) : entry.name(), form, strength, unit,
                    combine.equals("yes"), paracetamol, perDay == null ? null : perDay.intValue(), change,
                    r.optionalText("examples"), source, row.line()));
        }
        return new ProductsTable(out);
    }

    /** Products of this medicine (its table name) and form. */
    public List<Product> find(String medicine, Form form) {
        return products.stream().filter(p -> p.medicine().equals(medicine) && p.form() == form).toList();
    }

    public List<Product> all() {
        return products;
    }
}

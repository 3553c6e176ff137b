package org.taperwise.tables;

import org.taperwise.files.CsvTable;
import org.taperwise.files.RowReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.taperwise.RulesetProblem;
import org.taperwise.model.Form;

/**
 * A products table: strengths a taper step may be made of, per medicine and form, with each product family's dosing
 * interval. A profile names the table its plans use ({@code productsTable}); {@link #FILE} when it names none.
 */
public final class ProductsTable {
    /** The default products table (UK products), used by a profile that names no {@code productsTable}. */
    public static final String FILE = "tables/products.csv";
    private static final List<String> COLUMNS = List.of("medicine", "form", "strength", "unit", "combine",
            "paracetamol_mg", "doses_per_day", "change_every_days", "examples", "source");
    /** Optional columns: a table written before they existed still loads. */
    private static final List<String> OPTIONAL = List.of("family", "name");
    private static final Set<String> UNITS = Set.of("mg", "microgram/hour", "mg/ml");

    private final String file;
    private final List<Product> products;
    /** The rows of each medicine and form, in table order: {@link #find} is called for every current issue. */
    private final java.util.Map<String, java.util.Map<Form, List<Product>>> byMedicineAndForm;

    private ProductsTable(String file, List<Product> products) {
        this.file = file;
        this.products = List.copyOf(products);
        java.util.Map<String, java.util.Map<Form, List<Product>>> index = new java.util.HashMap<>();
        for (Product p : this.products) {
            index.computeIfAbsent(p.medicine(), k -> new java.util.EnumMap<>(Form.class))
                    .computeIfAbsent(p.form(), k -> new ArrayList<>()).add(p);
        }
        index.values().forEach(m -> m.replaceAll((form, rows) -> List.copyOf(rows)));
        this.byMedicineAndForm = index;
    }

    public static ProductsTable empty() {
        return new ProductsTable(FILE, List.of());
    }

    /** Parses {@link #FILE}. */
    public static ProductsTable parse(String text, MedicinesTable medicines, List<RulesetProblem> problems) {
        return parse(FILE, text, medicines, problems);
    }

    /** Parses the products table at {@code file} (a path in the ruleset, for problems and messages). */
    public static ProductsTable parse(String file, String text, MedicinesTable medicines,
            List<RulesetProblem> problems) {
        CsvTable table = CsvTable.parse(file, text, COLUMNS, OPTIONAL, problems);
        List<Product> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            RowReader r = new RowReader(file, row, problems);
            String medicine = r.text("medicine");
            Form form = r.code("form", Form.class);
            BigDecimal strength = r.decimal("strength", TableRanges.MIN, TableRanges.MAX_STRENGTH);
            String unit = r.text("unit");
            String combine = r.text("combine");
            BigDecimal paracetamol = r.optionalDecimal("paracetamol_mg", TableRanges.MIN, TableRanges.MAX_PARACETAMOL_MG);
            BigDecimal perDay = r.optionalDecimal("doses_per_day", BigDecimal.ONE, TableRanges.MAX_DOSES_PER_DAY);
            BigDecimal change = r.optionalDecimal("change_every_days", TableRanges.MIN,
                    TableRanges.MAX_CHANGE_EVERY_DAYS);
            String source = r.text("source");
            if (medicine == null || form == null || strength == null || unit == null || combine == null
                    || source == null) {
                continue;
            }
            MedicineEntry entry = medicines == null ? null : medicines.find(medicine);
            if (medicines != null && entry == null) {
                r.problem("medicine", RowReader.shown(medicine) + " is not a name in " + MedicinesTable.FILE);
                continue;
            }
            if (!UNITS.contains(unit)) {
                r.problem("unit", RowReader.shown(unit) + " is not one of: mg, microgram/hour, mg/ml");
                continue;
            }
            if (!combine.equals("yes") && !combine.equals("no")) {
                r.problem("combine", RowReader.shown(combine) + " is not yes or no");
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
                    r.optionalText("family"), r.optionalText("examples"), source, row.line(), r.optionalText("name")));
        }
        return new ProductsTable(file, out);
    }

    /** The table's path in its ruleset. */
    public String file() {
        return file;
    }

    /** Products of this medicine (its table name) and form. */
    public List<Product> find(String medicine, Form form) {
        java.util.Map<Form, List<Product>> forms = medicine == null ? null : byMedicineAndForm.get(medicine);
        List<Product> rows = forms == null || form == null ? null : forms.get(form);
        return rows == null ? List.of() : rows;
    }

    /**
     * The products a regimen of this medicine and form is planned with: where the table lists product families of
     * different dosing intervals for it (MXL once a day and Zomorph twice a day, both morphine mr-capsule), one
     * family only, so that a plan never mixes them or gives a product more often than it is made for. The family is,
     * in this order: the one whose {@code family} brand name the prescription's name contains ("MXL 30mg capsules",
     * "Zydol SR 100mg"); among those made for at least the prescribed doses a day, the ones listing the prescribed
     * strength; of those, the one made for the fewest doses a day. When no family is made for that many doses a day,
     * every row is returned (the planner keeps the prescribed frequency and says so).
     *
     * @param name        the medicine as the prescription names it (may be null)
     * @param dosesPerDay doses a day as prescribed (null when unknown)
     * @param strength    the prescribed strength per unit in the table's unit (may be null)
     */
    public List<Product> forRegimen(String medicine, Form form, String name, Integer dosesPerDay,
            BigDecimal strength) {
        List<Product> rows = find(medicine, form);
        java.util.Map<Integer, List<Product>> byInterval = new java.util.TreeMap<>();
        for (Product p : rows) {
            byInterval.computeIfAbsent(p.dosesPerDay() == null ? Integer.MAX_VALUE : p.dosesPerDay(),
                    k -> new ArrayList<>()).add(p);
        }
        if (byInterval.size() < 2) {
            return rows;
        }
        String written = name == null ? "" : " " + name.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip() + " ";
        List<List<Product>> named = byInterval.values().stream().filter(f -> f.stream().anyMatch(p ->
                brands(p).stream().anyMatch(b -> written.contains(" " + b + " ")))).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        if (dosesPerDay == null) {
            return rows;
        }
        List<List<Product>> usable = byInterval.entrySet().stream().filter(e -> e.getKey() >= dosesPerDay)
                .map(java.util.Map.Entry::getValue).toList();
        if (usable.isEmpty()) {
            return rows;
        }
        return usable.stream().filter(f -> strength != null && f.stream()
                .anyMatch(p -> p.strength().compareTo(strength) == 0)).findFirst().orElse(usable.get(0));
    }

    private static List<String> brands(Product p) {
        if (p.family() == null) {
            return List.of();
        }
        return java.util.Arrays.stream(p.family().split(";"))
                .map(b -> b.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip())
                .filter(b -> !b.isEmpty()).toList();
    }

    public List<Product> all() {
        return products;
    }
}

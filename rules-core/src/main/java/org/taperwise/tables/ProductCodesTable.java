package org.taperwise.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taperwise.RulesetProblem;
import org.taperwise.files.CsvTable;
import org.taperwise.files.RowReader;
import org.taperwise.model.Coding;
import org.taperwise.model.Form;
import org.taperwise.model.Strength;
import org.taperwise.model.StrengthUnit;

/**
 * The product-code table ({@code tables/product-codes.csv}): RxNorm clinical and branded drugs and dm+d products
 * (VMP, AMP), each mapped to a medicines-table row with the product's form and strength.
 *
 * <p>Checked like the other tables, every problem with its file, line and column: the columns; the system (RxNorm,
 * dm+d or SNOMED CT); a code of digits; a known medicine; a known form and strength unit; a strength above 0; a
 * strength in microgram/hour for patches and only for patches; a code listed once per system (dm+d and SNOMED CT are
 * one system: dm+d identifiers are SNOMED CT identifiers) and not already mapped by {@code tables/medicine-codes.csv}.
 */
public final class ProductCodesTable {
    public static final String FILE = "tables/product-codes.csv";
    private static final List<String> COLUMNS = List.of("system", "code", "display", "medicine", "form", "strength",
            "strength_unit", "source");
    private static final Set<String> SYSTEMS = Set.of(CodeTables.RXNORM, CodeTables.DMD, CodeTables.SNOMED);

    private final Map<String, ProductCode> byCode;
    private final List<ProductCode> rows;

    private ProductCodesTable(Map<String, ProductCode> byCode, List<ProductCode> rows) {
        this.byCode = byCode;
        this.rows = rows;
    }

    /** A table without rows, for rulesets that have no product codes. */
    public static ProductCodesTable empty() {
        return new ProductCodesTable(Map.of(), List.of());
    }

    /**
     * @param medicines the medicines table the rows name (null when it could not be read: names are not checked)
     * @param codes     the code tables, so that a code is mapped in one table only
     */
    public static ProductCodesTable parse(String text, MedicinesTable medicines, CodeTables codes,
            List<RulesetProblem> problems) {
        CsvTable table = CsvTable.parse(FILE, text, COLUMNS, List.of(), problems);
        Map<String, ProductCode> byCode = new HashMap<>(table.rows().size() * 2);
        List<ProductCode> rows = new ArrayList<>(table.rows().size());
        Map<String, MedicineEntry> named = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            ProductCode pc = row(new RowReader(FILE, row, problems), row.line(), medicines, named);
            if (pc == null) {
                continue;
            }
            String key = CodeTables.key(CodeTables.system(pc.system()), pc.code());
            ProductCode earlier = byCode.putIfAbsent(key, pc);
            if (earlier != null) {
                problems.add(new RulesetProblem(FILE, row.line(), "code", pc.code() + " is already listed on line "
                        + earlier.line() + " (a code maps to one product; dm+d and SNOMED CT codes are one system)"));
                continue;
            }
            MedicineEntry mapped = codes == null ? null : codes.medicineByKey(key);
            if (mapped != null) {
                problems.add(new RulesetProblem(FILE, row.line(), "code", pc.code() + " is already mapped to "
                        + mapped.name() + " by " + CodeTables.MEDICINES_FILE + " (a code maps to one medicine)"));
                continue;
            }
            rows.add(pc);
        }
        return new ProductCodesTable(Map.copyOf(byCode), List.copyOf(rows));
    }

    private static ProductCode row(RowReader r, int line, MedicinesTable medicines, Map<String, MedicineEntry> named) {
        String system = r.text("system");
        String code = r.text("code");
        String display = r.text("display");
        String medicine = r.text("medicine");
        Form form = r.code("form", Form.class);
        BigDecimal strength = r.decimal("strength", TableRanges.MIN, TableRanges.MAX_STRENGTH);
        StrengthUnit unit = r.code("strength_unit", StrengthUnit.class);
        String source = r.text("source");
        if (system == null || code == null || display == null || medicine == null || form == null || strength == null
                || unit == null || source == null) {
            return null;
        }
        if (!SYSTEMS.contains(system)) {
            r.problem("system", "\"" + system + "\" is not one of: " + CodeTables.RXNORM + ", " + CodeTables.DMD + ", "
                    + CodeTables.SNOMED);
            return null;
        }
        if (!digits(code)) {
            r.problem("code", "\"" + code + "\" is not a code of digits (RxNorm, dm+d and SNOMED CT codes are)");
            return null;
        }
        MedicineEntry entry = medicines == null ? null : named.computeIfAbsent(medicine, medicines::find);
        if (entry == null) {
            if (medicines != null) {
                r.problem("medicine", "\"" + medicine + "\" is not a name in " + MedicinesTable.FILE);
            }
            return null;
        }
        if ((form == Form.PATCH) != (unit == StrengthUnit.MICROGRAM_PER_HOUR)) {
            r.problem("strength_unit", "patches, and only patches, have a strength in microgram/hour");
            return null;
        }
        return new ProductCode(system, code, display, entry, form, new Strength(strength, unit), source, line);
    }

    private static boolean digits(String code) {
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The product a coding denotes, or null when the table does not list it. */
    public ProductCode find(Coding coding) {
        if (coding == null || coding.system() == null || coding.code() == null) {
            return null;
        }
        return byCode.get(CodeTables.key(CodeTables.system(coding.system()), coding.code()));
    }

    /** Every row, in file order. */
    public List<ProductCode> rows() {
        return rows;
    }
}

package org.taperwise.tables;

import org.taperwise.files.CsvTable;
import org.taperwise.files.RowReader;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.taperwise.RulesetProblem;
import org.taperwise.model.MedicineClass;

/**
 * The medicines table: every name and synonym a host may send, mapped to an ingredient and a class.
 * Names are matched case-insensitively with runs of white space folded.
 */
public final class MedicinesTable {
    public static final String FILE = "tables/medicines.csv";
    private static final List<String> COLUMNS = List.of("name", "ingredient", "class", "synonyms", "source");

    private final List<MedicineEntry> entries;
    private final Map<String, MedicineEntry> byName;
    private final Set<String> ingredients;

    private MedicinesTable(List<MedicineEntry> entries, Map<String, MedicineEntry> byName) {
        this.entries = List.copyOf(entries);
        this.byName = Map.copyOf(byName);
        Set<String> ing = new LinkedHashSet<>();
        entries.forEach(e -> ing.add(e.ingredient()));
        this.ingredients = Set.copyOf(ing);
    }

    public static MedicinesTable parse(String text, List<RulesetProblem> problems) {
        CsvTable table = CsvTable.parse(FILE, text, COLUMNS, List.of(), problems);
        List<MedicineEntry> entries = new java.util.ArrayList<>();
        Map<String, MedicineEntry> byName = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            RowReader r = new RowReader(FILE, row, problems);
            String name = r.text("name");
            String ingredient = r.text("ingredient");
            MedicineClass cls = r.code("class", MedicineClass.class);
            String syn = r.optionalText("synonyms");
            String source = r.text("source");
            if (name == null || ingredient == null || cls == null || source == null) {
                continue;
            }
            List<String> synonyms = syn == null ? List.of()
                    : java.util.Arrays.stream(syn.split(";")).map(MedicinesTable::normalise)
                            .filter(s -> !s.isEmpty()).toList();
            MedicineEntry entry = new MedicineEntry(normalise(name), normalise(ingredient), cls, synonyms, source,
                    row.line());
            entries.add(entry);
            register(entry.name(), entry, byName, r, "name");
            for (String s : synonyms) {
                register(s, entry, byName, r, "synonyms");
            }
        }
        return new MedicinesTable(entries, byName);
    }

    private static void register(String key, MedicineEntry entry, Map<String, MedicineEntry> byName, RowReader r,
            String column) {
        MedicineEntry earlier = byName.putIfAbsent(key, entry);
        if (earlier != null && earlier != entry) {
            r.problem(column, "\"" + key + "\" is already used by line " + earlier.line()
                    + " (a name must map to one medicine)");
        }
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** Lower case, trimmed, inner white space folded to one space. */
    public static String normalise(String name) {
        String s = name.strip();
        return (isFolded(s) ? s : WHITE_SPACE.matcher(s).replaceAll(" ")).toLowerCase(Locale.ROOT);
    }

    /** Whether no white space needs folding: no control character and no two spaces together (names as written). */
    private static boolean isFolded(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** The entry a name or synonym denotes, or null. */
    public MedicineEntry find(String name) {
        return name == null ? null : byName.get(normalise(name));
    }

    /** Whether some row has this ingredient. */
    public boolean hasIngredient(String ingredient) {
        return ingredients.contains(ingredient);
    }

    public List<MedicineEntry> entries() {
        return entries;
    }
}

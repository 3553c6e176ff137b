package org.taperwise.files;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ruleset table as a reviewer reads it: its documentation lines, its columns and every row with its line, with
 * no check of what the columns mean (loading has done that). For the catalogue and for diffs.
 *
 * @param comments the {@code #} lines of the file (its documentation), without the {@code #} and one space, indentation
 *                 kept
 * @param header   the column names, in file order
 */
public record TableText(String file, List<String> comments, List<String> header, List<Row> rows) {
    /**
     * One data row.
     *
     * @param values cell values by column, in header order, stripped of surrounding white space
     */
    public record Row(int line, Map<String, String> values) {
    }

    /** Reads a table's text; rows that cannot be split are left out (a loaded ruleset has none). */
    public static TableText parse(String file, String text) {
        CsvTable t = CsvTable.parse(file, text, List.of(), null, new ArrayList<>());
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String column : t.header()) {
                values.put(column, r.values().getOrDefault(column, ""));
            }
            rows.add(new Row(r.line(), Collections.unmodifiableMap(values)));
        }
        List<String> comments = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (line.startsWith("#")) {
                String c = line.substring(1);
                comments.add((c.startsWith(" ") ? c.substring(1) : c).stripTrailing());
            }
        }
        return new TableText(file, List.copyOf(comments), t.header(), List.copyOf(rows));
    }
}

package org.taperwise.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taperwise.RulesetProblem;

/**
 * A CSV table from a ruleset: lines starting with {@code #} are documentation (description, columns,
 * units, sources), the first other line is the header, every further non-blank line is a row. Fields are
 * separated by commas; a field may be quoted with double quotes (a doubled quote inside is a quote).
 * Every row keeps its line number so problems can name it.
 */
public final class CsvTable {
    /** One data row with the line it came from. */
    public record Row(int line, Map<String, String> values) {
    }

    private final String file;
    private final List<String> header;
    private final List<Row> rows;
    private final List<String> comments;

    private CsvTable(String file, List<String> header, List<Row> rows, List<String> comments) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        this.comments = comments;
    }

    /**
     * Parses a table and checks its header has exactly the required columns, in any order (optional
     * columns may be present too).
     *
     * @param optional null to accept any further column
     */
    public static CsvTable parse(String file, String text, List<String> required, List<String> optional,
            List<RulesetProblem> problems) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = split(line);
            if (fields == null) {
                problems.add(RulesetProblem.at(file, lineNo, "unbalanced double quote"));
                continue;
            }
            if (header == null) {
                header = fields.stream().map(String::strip).toList();
                for (String col : required) {
                    if (!header.contains(col)) {
                        problems.add(new RulesetProblem(file, lineNo, col, "missing column"));
                    }
                }
                for (String col : header) {
                    if (optional != null && !required.contains(col) && !optional.contains(col)) {
                        problems.add(new RulesetProblem(file, lineNo, col,
                                "unknown column (expected: " + String.join(", ", required)
                                        + (optional.isEmpty() ? "" : "; optional: " + String.join(", ", optional))
                                        + ")"));
                    }
                }
                continue;
            }
            if (fields.size() != header.size()) {
                problems.add(RulesetProblem.at(file, lineNo,
                        "has " + fields.size() + " fields but the header has " + header.size()));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), fields.get(c).strip());
            }
            rows.add(new Row(lineNo, values));
        }
        if (header == null) {
            problems.add(RulesetProblem.ofFile(file, "no header line"));
            header = List.of();
        }
        return new CsvTable(file, header, List.copyOf(rows), List.copyOf(comments));
    }

    /** Splits one CSV line; null when a quote is unbalanced. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(field.toString());
        return out;
    }

    String file() {
        return file;
    }

    List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The documentation lines at the top of the file, without their {@code #}. */
    List<String> comments() {
        return comments;
    }
}

package org.taperwise.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.taperwise.RulesetProblem;
import org.taperwise.files.CsvTable;
import org.taperwise.files.RowReader;

/**
 * The name-words table ({@code tables/name-words.csv}): words a prescribing record adds to a medicine's name that do
 * not change which medicine it is (salts, release, forms, units, "with"), so that a pharmacist extends the list by
 * editing a table. Each row is one word of letters, lower case, listed once, with its kind and source.
 */
public final class NameWords {
    public static final String FILE = "tables/name-words.csv";
    private static final List<String> COLUMNS = List.of("word", "kind", "source");
    private static final Set<String> KINDS = Set.of("salt", "release", "form", "unit", "connector", "other");

    private final Set<String> words;

    private NameWords(Set<String> words) {
        this.words = words;
    }

    /** No words: names are still read without case, punctuation, numbers and word order. */
    public static NameWords none() {
        return new NameWords(Set.of());
    }

    public static NameWords parse(String text, List<RulesetProblem> problems) {
        CsvTable table = CsvTable.parse(FILE, text, COLUMNS, List.of(), problems);
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            RowReader r = new RowReader(FILE, row, problems);
            String word = r.text("word");
            String kind = r.text("kind");
            String source = r.text("source");
            if (word == null || kind == null || source == null) {
                continue;
            }
            if (!KINDS.contains(kind)) {
                r.problem("kind", "\"" + kind + "\" is not one of: salt, release, form, unit, connector, other");
                continue;
            }
            if (!word.equals(word.toLowerCase(Locale.ROOT)) || !word.codePoints().allMatch(Character::isLetter)) {
                r.problem("word", "\"" + word + "\" is not one word of lower-case letters (list each word of a phrase"
                        + " on its own row)");
                continue;
            }
            Integer earlier = seen.putIfAbsent(word, row.line());
            if (earlier != null) {
                r.problem("word", "\"" + word + "\" is already listed on line " + earlier);
            }
        }
        return new NameWords(Set.copyOf(seen.keySet()));
    }

    /** Whether the word (lower case) is left out when a name is read. */
    public boolean contains(String word) {
        return words.contains(word);
    }

    public int size() {
        return words.size();
    }
}

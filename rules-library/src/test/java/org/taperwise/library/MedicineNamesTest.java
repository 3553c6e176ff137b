package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.loader.LoadedRulesets;
import org.taperwise.tables.NameMatcher;

/**
 * One case per name and synonym (brands included) of {@code tables/medicines.csv}: the engine reads it as its own
 * row, with the row's ingredient and class, exactly as written and in upper case.
 */
class MedicineNamesTest {
    private static final NameMatcher NAMES = LoadedRulesets.of(Builtin.RULESET).names();

    static Stream<Arguments> names() {
        List<Arguments> out = new ArrayList<>();
        for (BuiltinTables.Row row : BuiltinTables.rows("medicines.csv")) {
            out.add(Arguments.of(row.get("name"), row));
            for (String synonym : row.get("synonyms").split(";")) {
                if (!synonym.isBlank()) {
                    out.add(Arguments.of(synonym.strip(), row));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void aNameOrSynonym_isItsRow(String name, BuiltinTables.Row row) {
        for (String written : List.of(name, name.toUpperCase(java.util.Locale.ROOT))) {
            NameMatcher.Match m = NAMES.match(written);
            assertNotNull(m.medicine(), () -> written + ": " + m);
            assertEquals(row.get("name"), m.medicine().name(), written);
            assertEquals(row.get("ingredient"), m.medicine().ingredient(), written);
            assertEquals(row.get("class"), m.medicine().medicineClass().code(), written);
            assertTrue(m.candidates().isEmpty());
        }
    }
}

package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.loader.LoadedRulesets;
import org.taperwise.tables.Product;
import org.taperwise.tables.ProductsTable;

/**
 * One case per row of each products table (UK {@code tables/products.csv}, US {@code tables/products-us.csv}): the
 * row's strength belongs to its pinned product family, the loaded table holds exactly what the row says (strength,
 * dosing interval, patch change interval, family), every row has a source, and every modified-release row has its
 * dosing interval with a source for it. The pinned families below fail when a strength or an interval changes.
 */
class ProductsTableRowsTest {
    private static final Map<String, String> TABLE_PROFILE = Map.of("products.csv", "uk-opioids-aware",
            "products-us.csv", "us-cdc-2022");
    /** Modified-release rows whose interval no source stated (doses_per_day empty, said so in the row's source). */
    private static final List<String> INTERVAL_NOT_SOURCED = List.of("products-us.csv|morphine|mr-capsule|Kadian");

    /** Pinned: table|medicine|form|family|doses_per_day|change_every_days -> the strengths, in table order. */
    private static final Map<String, String> FAMILIES = families(
                p("products.csv|oxycodone|mr-tablet|OxyContin; Longtec; Oxypro|2|", "5 10 15 20 30 40 60 80 120"),
                p("products.csv|oxycodone|capsule|||", "5 10 20"),
                p("products.csv|oxycodone|tablet|||", "5 10 20"),
                p("products.csv|oxycodone|oral-solution|||", "1 10"),
                p("products.csv|morphine|mr-tablet|MST Continus; MST|2|", "5 10 15 30 60 100 200"),
                p("products.csv|morphine|mr-capsule|Zomorph|2|", "10 30 60 100 200"),
                p("products.csv|morphine|mr-capsule|MXL|1|", "30 60 90 120 150 200"),
                p("products.csv|morphine|tablet|||", "10 20 50"),
                p("products.csv|morphine|oral-solution|||", "2 20"),
                p("products.csv|codeine|tablet|||", "15 30 60"),
                p("products.csv|codeine|oral-solution|||", "5 3"),
                p("products.csv|co-codamol|tablet|||", "8 15 30"),
                p("products.csv|co-codamol|capsule|||", "8 15 30"),
                p("products.csv|dihydrocodeine|tablet|||", "30 40"),
                p("products.csv|dihydrocodeine|mr-tablet|DHC Continus|2|", "60 90 120"),
                p("products.csv|dihydrocodeine|oral-solution|||", "2"),
                p("products.csv|co-dydramol|tablet|||", "10 20 30"),
                p("products.csv|tramadol|capsule|||", "50"),
                p("products.csv|tramadol|tablet|||", "50"),
                p("products.csv|tramadol|mr-tablet|Zydol SR; Zytram SR; Tramulief SR; Marol|2|", "50 75 100 150 200"),
                p("products.csv|tramadol|mr-tablet|Zydol XL; Zamadol 24hr; Tradorec XL|1|", "100 150 200 300 400"),
                p("products.csv|tramadol|mr-capsule|Zamadol SR; Maxitram SR; Tramquel SR|2|", "50 100 150 200"),
                p("products.csv|tramadol|oral-solution|||", "10 100"),
                p("products.csv|tramadol with paracetamol|tablet|||", "37.5 75"),
                p("products.csv|tapentadol|tablet|||", "50 75"),
                p("products.csv|tapentadol|mr-tablet|Palexia SR; Ationdo SR|2|", "25 50 100 150 200 250"),
                p("products.csv|tapentadol|oral-solution|||", "20"),
                p("products.csv|hydromorphone|capsule|||", "1.3 2.6"),
                p("products.csv|hydromorphone|mr-capsule|Palladone SR; Palladone|2|", "2 4 8 16 24"),
                p("products.csv|hydromorphone|oral-solution|||", "1"),
                p("products.csv|fentanyl|patch|||3", "12 25 50 75 100 37.5"),
                p("products.csv|buprenorphine|patch|||7", "5 10 15 20"),
                p("products.csv|buprenorphine|patch|||4", "35 52.5 70"),
                p("products.csv|buprenorphine|patch|||3", "35 52.5 70"),
                p("products.csv|buprenorphine|sublingual|||", "0.2 0.4 2 8"),
                p("products.csv|methadone|oral-solution|||", "1 0.4"),
                p("products.csv|methadone|tablet|||", "5"),
                p("products.csv|pethidine|tablet|||", "50"),
                p("products.csv|meptazinol|tablet|||", "200"),
                p("products.csv|pentazocine|tablet|||", "25"),
                p("products.csv|pentazocine|capsule|||", "50"),
                p("products-us.csv|morphine|mr-tablet|MS Contin|3|", "15 30 60 100 200"),
                p("products-us.csv|morphine|mr-capsule|Kadian||", "10 20 30 40 50 60 80 100"),
                p("products-us.csv|morphine|tablet|||", "15 30"),
                p("products-us.csv|morphine|oral-solution|||", "2 4 20"),
                p("products-us.csv|oxycodone|mr-tablet|OxyContin|2|", "10 15 20 30 40 60 80"),
                p("products-us.csv|oxycodone|tablet|||", "5 10 15 20 30"),
                p("products-us.csv|oxycodone|capsule|||", "5"),
                p("products-us.csv|oxycodone|oral-solution|||", "1 20"),
                p("products-us.csv|oxycodone with acetaminophen|tablet|Percocet||", "2.5 5 7.5 10"),
                p("products-us.csv|hydrocodone with acetaminophen|tablet|Norco||", "5 7.5 10"),
                p("products-us.csv|hydrocodone|mr-tablet|Hysingla ER; Hysingla|1|", "20 30 40 60 80 100 120"),
                p("products-us.csv|hydrocodone|mr-capsule|Zohydro ER; Zohydro|2|", "10 15 20 30 40 50"),
                p("products-us.csv|hydromorphone|tablet|||", "2 4 8"),
                p("products-us.csv|hydromorphone|oral-solution|||", "1"),
                p("products-us.csv|hydromorphone|mr-tablet|Exalgo|1|", "8 12 16 32"),
                p("products-us.csv|oxymorphone|tablet|||", "5 10"),
                p("products-us.csv|oxymorphone|mr-tablet|Opana ER|2|", "5 7.5 10 15 20 30 40"),
                p("products-us.csv|tapentadol|tablet|||", "50 75 100"),
                p("products-us.csv|tapentadol|mr-tablet|Nucynta ER|2|", "50 100 150 200 250"),
                p("products-us.csv|tramadol|tablet|||", "50"),
                p("products-us.csv|tramadol|mr-tablet|Ultram ER|1|", "100 200 300"),
                p("products-us.csv|tramadol|mr-capsule|ConZip|1|", "100 200 300"),
                p("products-us.csv|tramadol with paracetamol|tablet|Ultracet||", "37.5"),
                p("products-us.csv|codeine with acetaminophen|tablet|Tylenol with Codeine||", "30 60"),
                p("products-us.csv|codeine|tablet|||", "15 30 60"),
                p("products-us.csv|fentanyl|patch|Duragesic||3", "12 25 37.5 50 62.5 75 87.5 100"),
                p("products-us.csv|buprenorphine|patch|Butrans; BuTrans||7", "5 7.5 10 15 20"),
                p("products-us.csv|methadone|tablet|||", "5 10"),
                p("products-us.csv|methadone|oral-solution|||", "1 2 10"));

    private static Map<String, String> families(String[]... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] p : pairs) {
            out.put(p[0], p[1]);
        }
        return out;
    }

    private static String[] p(String key, String strengths) {
        return new String[] {key, strengths};
    }

    private static String key(String table, BuiltinTables.Row r) {
        return String.join("|", table, r.get("medicine"), r.get("form"), r.get("family"), r.get("doses_per_day"),
                r.get("change_every_days"));
    }

    private static ProductsTable loaded(String table) {
        return LoadedRulesets.of(Builtin.RULESET).profile(TABLE_PROFILE.get(table)).products();
    }

    static Stream<Arguments> rows() {
        return TABLE_PROFILE.keySet().stream().sorted().flatMap(table -> BuiltinTables.rows(table).stream()
                .map(r -> Arguments.of(table + " line " + r.line() + ": " + r.get("medicine") + " " + r.get("form")
                        + " " + r.get("strength") + " " + r.get("unit"), table, r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row_isPinnedLoadedAsWrittenAndSourced(String name, String table, BuiltinTables.Row r) {
        String family = FAMILIES.get(key(table, r));
        assertNotNull(family, () -> "no pinned family " + key(table, r));
        assertTrue(List.of(family.split(" ")).contains(r.get("strength")), () -> family + " lacks " + r.get("strength"));
        assertFalse(r.get("source").isBlank(), "source");
        Product p = loaded(table).all().stream().filter(x -> x.line() == r.line()).findFirst().orElseThrow();
        assertEquals("tables/" + table, loaded(table).file());
        assertEquals(0, new BigDecimal(r.get("strength")).compareTo(p.strength()));
        assertEquals(r.get("unit"), p.unit());
        assertEquals(r.get("doses_per_day"), p.dosesPerDay() == null ? "" : p.dosesPerDay().toString());
        assertEquals(r.get("change_every_days"), p.changeEveryDays() == null ? ""
                : p.changeEveryDays().stripTrailingZeros().toPlainString());
        assertEquals(r.get("family"), p.family() == null ? "" : p.family());
        if (r.get("form").startsWith("mr-")) {
            String which = String.join("|", table, r.get("medicine"), r.get("form"), r.get("family"));
            if (INTERVAL_NOT_SOURCED.contains(which)) {
                assertTrue(r.get("source").contains("NOT confirmed"), "an unsourced interval says so");
            } else {
                assertFalse(r.get("doses_per_day").isEmpty(), "a modified-release row has its dosing interval");
                assertTrue(r.get("source").contains("interval"), "and a source for it");
            }
        }
        if (r.get("form").equals("patch")) {
            assertFalse(r.get("change_every_days").isEmpty(), "a patch has its change interval");
        }
    }

    @Test
    void everyPinnedFamily_isExactlyTheTablesRows() {
        Map<String, String> actual = new LinkedHashMap<>();
        for (String table : List.of("products.csv", "products-us.csv")) {
            for (BuiltinTables.Row r : BuiltinTables.rows(table)) {
                actual.merge(key(table, r), r.get("strength"), (a, b) -> a + " " + b);
            }
        }
        assertEquals(FAMILIES, actual);
    }

    @Test
    void everyMedicineOfTheUsTable_isAMedicineOfTheRuleset_andHydrocodoneIsPlannable() {
        ProductsTable us = loaded("products-us.csv");
        assertEquals(BuiltinTables.rows("products-us.csv").size(), us.all().size());
        assertFalse(us.find("hydrocodone with acetaminophen", org.taperwise.model.Form.TABLET).isEmpty());
        assertFalse(us.find("hydrocodone", org.taperwise.model.Form.MR_TABLET).isEmpty());
        assertEquals(List.of(), us.all().stream().filter(p -> p.medicine().equals("morphine")
                && p.form() == org.taperwise.model.Form.MR_TABLET && p.strength().compareTo(BigDecimal.TEN) <= 0)
                .map(Product::toString).collect(Collectors.toList()), "no UK-only MS Contin 5 or 10 mg");
    }
}

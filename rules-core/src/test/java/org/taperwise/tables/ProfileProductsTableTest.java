package org.taperwise.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taperwise.RulesetProblem;

/** A profile's {@code productsTable}: optional (default tables/products.csv), and a missing table is refused. */
class ProfileProductsTableTest {
    private static final ProductsTable UK = ProductsTable.empty();
    private static final ProductsTable US = ProductsTable.parse("tables/products-us.csv",
            "medicine,form,strength,unit,combine,paracetamol_mg,doses_per_day,change_every_days,examples,source\n",
            null, new ArrayList<>());
    private static final Map<String, ProductsTable> TABLES = Map.of(ProductsTable.FILE, UK,
            "tables/products-us.csv", US);

    private static String profile(String productsTable) throws IOException {
        String text;
        try (InputStream in = ProfileProductsTableTest.class.getResourceAsStream("/rulesets/minimal/profiles/test.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return productsTable == null ? text : text.replaceFirst("\"conversionTable\"",
                "\"productsTable\": " + productsTable + ",\n  \"conversionTable\"");
    }

    private static Profile load(String text, List<RulesetProblem> problems) {
        return load(text, TABLES, problems);
    }

    private static Profile load(String text, Map<String, ProductsTable> tables, List<RulesetProblem> problems) {
        ConversionTable conversions = ConversionTable.parse("tables/conversion-test.csv",
                "ingredient,route,unit,strength,above,up_to,factor,status,note,source\n", null, problems);
        return ProfileLoader.load("profiles/test.json", text, path -> conversions, tables::get, problems);
    }

    @Test
    void aRulesetWithoutProductsCsv_loadsAProfileNamingNone_butNotOneNamingIt() throws IOException {
        List<RulesetProblem> problems = new ArrayList<>();
        Profile p = load(profile(null), Map.of(), problems);
        assertTrue(problems.isEmpty(), problems::toString);
        assertTrue(p.products().all().isEmpty());
        assertNull(load(profile("\"tables/products.csv\""), Map.of(), problems));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).toString().contains("tables/products.csv"), problems::toString);
    }

    @Test
    void aProfileNamingNoTable_usesTablesProductsCsv() throws IOException {
        List<RulesetProblem> problems = new ArrayList<>();
        Profile p = load(profile(null), problems);
        assertTrue(problems.isEmpty(), problems::toString);
        assertSame(UK, p.products());
    }

    @Test
    void aProfileNamingATable_usesIt() throws IOException {
        List<RulesetProblem> problems = new ArrayList<>();
        Profile p = load(profile("\"tables/products-us.csv\""), problems);
        assertTrue(problems.isEmpty(), problems::toString);
        assertSame(US, p.products());
        assertEquals("tables/products-us.csv", p.products().file());
    }

    @Test
    void aProfileNamingAMissingTable_isRefusedWithFileFieldAndLine() throws IOException {
        List<RulesetProblem> problems = new ArrayList<>();
        Profile p = load(profile("\"tables/products-ca.csv\""), problems);
        assertNull(p);
        assertEquals(1, problems.size(), problems::toString);
        RulesetProblem problem = problems.get(0);
        assertEquals("profiles/test.json", problem.file());
        assertEquals(4, problem.line());
        assertTrue(problem.message().contains("productsTable") || "productsTable".equals(problem.column()),
                problem::toString);
        assertTrue(problem.message().contains("tables/products-ca.csv"), problem::toString);
    }

    @Test
    void aProductsTableThatIsNotText_isRefused() throws IOException {
        List<RulesetProblem> problems = new ArrayList<>();
        assertNull(load(profile("42"), problems));
        assertEquals(1, problems.size(), problems::toString);
        assertNotNull(problems.get(0).message());
        assertTrue(problems.get(0).toString().contains("productsTable"), problems::toString);
    }
}

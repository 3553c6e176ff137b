package org.taperwise.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.RulesetProblem;

/**
 * Every number in a ruleset's tables and profiles lies in a documented range, checked at load and reported with the
 * file, line, column and value, shown short (issue 13: a conversion factor of 1e999999999 loaded as valid, and a
 * profile value of 1e999999999 would have been written out in full in its message).
 */
class TableRangesTest {
    private static final String CONVERSION_HEADER = "ingredient,route,unit,strength,above,up_to,factor,status,note,source\n";
    private static final String PRODUCTS_HEADER = "medicine,form,strength,unit,combine,paracetamol_mg,doses_per_day,"
            + "change_every_days,examples,source\n";

    private static List<RulesetProblem> conversion(String row) {
        List<RulesetProblem> problems = new ArrayList<>();
        ConversionTable.parse("tables/c.csv", CONVERSION_HEADER + row + "\n", null, problems);
        return problems;
    }

    private static List<RulesetProblem> products(String row) {
        List<RulesetProblem> problems = new ArrayList<>();
        ProductsTable.parse(PRODUCTS_HEADER + row + "\n", null, problems);
        return problems;
    }

    private static RulesetProblem only(List<RulesetProblem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        RulesetProblem p = problems.get(0);
        assertTrue(p.toString().length() < 300, p::toString);
        return p;
    }

    @Test
    void aConversionFactorOf1e999999999_isRefused_withFileLineColumnAndValue() {
        RulesetProblem p = only(conversion("morphine,oral,mg,,,,1e999999999,factor,,s"));
        assertEquals("tables/c.csv", p.file());
        assertEquals(2, p.line());
        assertEquals("factor", p.column());
        assertTrue(p.message().startsWith("\"1e999999999\" is out of range: expected a number from 0.0001 to 10000"),
                p.message());
    }

    @Test
    void conversionStrengthsAndBands_haveRanges() {
        assertEquals("strength", only(conversion("fentanyl,transdermal,microgram/hour,1e-999999999,,,2.4,factor,,s"))
                .column());
        assertEquals("up_to", only(conversion("methadone,oral,mg,,0,1e999999999,4,factor,,s")).column());
        assertEquals("above", only(conversion("methadone,oral,mg,,-1,20,4,factor,,s")).column());
    }

    @Test
    void productNumbers_haveRanges() {
        assertEquals("strength", only(products("oxycodone,mr-tablet,1e999999999,mg,yes,,,,x,s")).column());
        assertEquals("paracetamol_mg", only(products("co-codamol,tablet,30,mg,yes,5e5,,,x,s")).column());
        assertEquals("doses_per_day", only(products("oxycodone,mr-tablet,5,mg,yes,,25,,x,s")).column());
        assertEquals("doses_per_day", only(products("oxycodone,mr-tablet,5,mg,yes,,1.5,,x,s")).column());
        List<RulesetProblem> patch = products("fentanyl,patch,12,microgram/hour,yes,,,1e999999999,x,s");
        assertEquals("change_every_days", patch.get(0).column(), patch::toString);
        assertTrue(patch.get(0).message().contains("out of range"), patch::toString);
    }

    @Test
    void aNumberCellOfAMegabyte_isNotParsedOrEchoedWhole() {
        RulesetProblem p = only(conversion("morphine,oral,mg,,,," + "9".repeat(1 << 20) + ",factor,,s"));
        assertEquals("factor", p.column());
        assertTrue(p.message().contains("is not a number"), p.message());
    }

    @Test
    void aProfileValueOf1e999999999_isOutOfRange_andShownShort() throws IOException {
        String text;
        try (InputStream in = TableRangesTest.class.getResourceAsStream("/rulesets/minimal/profiles/test.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String huge = text.replaceFirst("(\"highDoseMgPerDay\"\\s*:\\s*\\{\\s*\"value\"\\s*:\\s*)[0-9.]+", "$11e999999999");
        assertTrue(!huge.equals(text), "the test profile has highDoseMgPerDay");
        List<RulesetProblem> problems = new ArrayList<>();
        ProfileLoader.load("profiles/test.json", huge, path -> null, problems);
        RulesetProblem p = problems.stream().filter(x -> x.message().contains("out of range")).findFirst()
                .orElse(null);
        assertNotNull(p, problems::toString);
        assertTrue(p.message().contains("1E+999999999 is out of range [1, 10000]"), p.message());
        String tiny = text.replaceFirst("(\"supplyGapDays\"\\s*:\\s*\\{\\s*\"value\"\\s*:\\s*)[0-9.]+", "$1-1e-999999999");
        problems.clear();
        ProfileLoader.load("profiles/test.json", tiny, path -> null, problems);
        assertTrue(problems.stream().anyMatch(x -> x.message().contains("-1E-999999999 is out of range")),
                problems::toString);
    }
}

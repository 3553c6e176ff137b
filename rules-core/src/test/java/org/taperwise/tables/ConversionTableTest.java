package org.taperwise.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.RulesetProblem;
import org.taperwise.model.Route;

/** Lookup precedence, half-open dose bands, and the load-time checks of a conversion table. */
class ConversionTableTest {
    private static final String HEADER = "ingredient,route,unit,strength,above,up_to,factor,status,note,source\n";

    private static ConversionTable table(String rows, List<RulesetProblem> problems) {
        return ConversionTable.parse("tables/c.csv", HEADER + rows, null, problems);
    }

    private static ConversionTable table(String rows) {
        List<RulesetProblem> problems = new ArrayList<>();
        ConversionTable t = table(rows, problems);
        assertTrue(problems.isEmpty(), problems::toString);
        return t;
    }

    private static BigDecimal factor(ConversionTable t, String ingredient, Route route, String unit, String strength,
            String daily) {
        ConversionRow row = t.find(ingredient, route, unit, strength == null ? null : new BigDecimal(strength),
                new BigDecimal(daily));
        return row == null ? null : row.factor();
    }

    @Test
    void bands_areHalfOpenSoNoDoseFallsBetweenThem() {
        ConversionTable t = table("m,oral,mg,,0,20,4,factor,,s\nm,oral,mg,,20,40,8,factor,,s\nm,oral,mg,,40,,12,factor,,s\n");
        assertEquals("4", factor(t, "m", Route.ORAL, "mg", null, "0.5").toPlainString());
        assertEquals("4", factor(t, "m", Route.ORAL, "mg", null, "20").toPlainString());
        assertEquals("8", factor(t, "m", Route.ORAL, "mg", null, "20.5").toPlainString());
        assertEquals("8", factor(t, "m", Route.ORAL, "mg", null, "40").toPlainString());
        assertEquals("12", factor(t, "m", Route.ORAL, "mg", null, "40.01").toPlainString());
        assertEquals("12", factor(t, "m", Route.ORAL, "mg", null, "1000").toPlainString());
    }

    @Test
    void strengthSpecificPatchRow_winsOverTheGeneralRow() {
        ConversionTable t = table("f,transdermal,microgram/hour,12,,,2.5,factor,,s\nf,transdermal,microgram/hour,,,,2.4,factor,,s\n");
        assertEquals("2.5", factor(t, "f", Route.TRANSDERMAL, "microgram/hour", "12", "24").toPlainString());
        assertEquals("2.4", factor(t, "f", Route.TRANSDERMAL, "microgram/hour", "25", "25").toPlainString());
    }

    @Test
    void otherRoutesAndUnits_findNothing() {
        ConversionTable t = table("m,oral,mg,,,,1,factor,,s\n");
        assertNull(factor(t, "m", Route.INJECTION, "mg", null, "10"));
        assertNull(factor(t, "m", Route.ORAL, "microgram/hour", null, "10"));
        assertNull(factor(t, "x", Route.ORAL, "mg", null, "10"));
    }

    @Test
    void excludedRowWithoutRoute_coversEveryRoute() {
        ConversionTable t = table("b,,,,,,,excluded,partial agonist,s\n");
        ConversionRow row = t.find("b", Route.TRANSDERMAL, "microgram/hour", new BigDecimal("5"), new BigDecimal("5"));
        assertTrue(row.excluded());
        assertEquals("partial agonist", row.note());
    }

    @Test
    void overlappingBands_areRefusedWithBothLines() {
        List<RulesetProblem> problems = new ArrayList<>();
        table("m,oral,mg,,0,30,4,factor,,s\nm,oral,mg,,20,40,8,factor,,s\n", problems);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("line 2"));
    }

    @Test
    void badCells_areEachReportedWithLineAndColumn() {
        List<RulesetProblem> problems = new ArrayList<>();
        table("m,oral,mg,,,,\"1,5\",factor,,s\nm,orl,mg,,,,1,factor,,s\nm,oral,mg,,,,,factor,,s\nm,oral,mg,,,,1,maybe,,s\n"
                + "m,oral,mg,,,,-1,factor,,\n", problems);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 2 && "factor".equals(p.column())
                && p.message().contains("\"1,5\" is not a number")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 3 && "route".equals(p.column())), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 4 && "factor".equals(p.column())), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 5 && "status".equals(p.column())), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 6 && "source".equals(p.column())), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 6 && "factor".equals(p.column())), problems::toString);
    }

    @Test
    void unknownIngredient_isRefusedWhenAMedicinesTableIsGiven() {
        List<RulesetProblem> problems = new ArrayList<>();
        MedicinesTable meds = MedicinesTable.parse("name,ingredient,class,synonyms,source\nmorphine,morphine,opioid,,s\n",
                problems);
        ConversionTable.parse("tables/c.csv", HEADER + "morfine,oral,mg,,,,1,factor,,s\n", meds, problems);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("ingredient", problems.get(0).column());
    }
}

package org.taperwise.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.RulesetProblem;
import org.taperwise.model.Form;

/**
 * A products table: the optional family column, problems named by the table's own path, and the one product family
 * a regimen is planned with when a medicine and form come in families of different dosing intervals.
 */
class ProductsTableTest {
    private static final String HEADER = "medicine,form,strength,unit,combine,paracetamol_mg,doses_per_day,"
            + "change_every_days,family,examples,source\n";
    /** Morphine MR capsules as the UK table lists them: Zomorph twice a day (10-200), MXL once a day (30-200). */
    private static final String MORPHINE_CAPSULES = ""
            + "morphine,mr-capsule,10,mg,yes,,2,,Zomorph,,s\n"
            + "morphine,mr-capsule,30,mg,yes,,2,,Zomorph,,s\n"
            + "morphine,mr-capsule,60,mg,yes,,2,,Zomorph,,s\n"
            + "morphine,mr-capsule,30,mg,yes,,1,,MXL,,s\n"
            + "morphine,mr-capsule,60,mg,yes,,1,,MXL,,s\n"
            + "morphine,mr-capsule,90,mg,yes,,1,,MXL,,s\n";

    private static ProductsTable table(String file, String text) {
        List<RulesetProblem> problems = new ArrayList<>();
        ProductsTable t = ProductsTable.parse(file, text, null, problems);
        assertTrue(problems.isEmpty(), problems::toString);
        return t;
    }

    private static List<String> strengths(List<Product> products) {
        return products.stream().map(p -> p.strength().stripTrailingZeros().toPlainString() + "/" + p.dosesPerDay())
                .toList();
    }

    private static List<Product> plan(String name, Integer perDay, String strength) {
        return table("tables/p.csv", HEADER + MORPHINE_CAPSULES).forRegimen("morphine", Form.MR_CAPSULE, name, perDay,
                strength == null ? null : new BigDecimal(strength));
    }

    @Test
    void aTableWithoutTheFamilyColumn_stillLoads() {
        ProductsTable t = table(ProductsTable.FILE, "medicine,form,strength,unit,combine,paracetamol_mg,doses_per_day,"
                + "change_every_days,examples,source\nmorphine,mr-tablet,10,mg,yes,,2,,MST,s\n");
        assertNull(t.all().get(0).family());
        assertEquals(2, t.all().get(0).dosesPerDay());
        assertEquals(ProductsTable.FILE, t.file());
    }

    @Test
    void problems_nameTheTablesOwnPath() {
        List<RulesetProblem> problems = new ArrayList<>();
        ProductsTable.parse("tables/products-us.csv", HEADER + "morphine,mr-tablet,15,mg,maybe,,3,,MS Contin,,s\n",
                null, problems);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("tables/products-us.csv", problems.get(0).file());
        assertEquals("combine", problems.get(0).column());
    }

    @Test
    void aPrescriptionNamingItsProduct_isPlannedWithThatFamilyOnly() {
        assertEquals(List.of("30/1", "60/1", "90/1"), strengths(plan("MXL 60mg capsules", 1, "60")));
        // the name decides even against the frequency (twice a day MXL keeps MXL; the planner notes the frequency)
        assertEquals(List.of("30/1", "60/1", "90/1"), strengths(plan("mxl", 2, "30")));
        assertEquals(List.of("10/2", "30/2", "60/2"), strengths(plan("Zomorph 30 mg", 1, "30")));
    }

    @Test
    void onceADayWithoutAName_isPlannedWithTheOnceDailyFamily() {
        assertEquals(List.of("30/1", "60/1", "90/1"), strengths(plan("morphine", 1, "60")));
        assertEquals(List.of("30/1", "60/1", "90/1"), strengths(plan(null, 1, null)));
    }

    @Test
    void twiceADay_neverGetsAOnceDailyProduct() {
        assertEquals(List.of("10/2", "30/2", "60/2"), strengths(plan("morphine", 2, "60")));
        assertEquals(List.of("10/2", "30/2", "60/2"), strengths(plan("morphine", 2, "90")));
    }

    @Test
    void aStrengthOnlyOneFamilyMakes_choosesThatFamily() {
        // 10 mg once a day: only Zomorph comes in 10 mg (taken once a day, within its twice-a-day limit)
        assertEquals(List.of("10/2", "30/2", "60/2"), strengths(plan("morphine", 1, "10")));
    }

    @Test
    void moreDosesADayThanAnyFamilyIsMadeFor_returnsEveryRowForThePlannerToNote() {
        assertEquals(6, plan("morphine", 3, "30").size());
        assertEquals(6, plan("morphine", null, "30").size());
    }

    @Test
    void aSingleFamily_isReturnedWhole() {
        ProductsTable t = table("tables/p.csv", HEADER + "oxycodone,mr-tablet,10,mg,yes,,2,,OxyContin,,s\n"
                + "oxycodone,mr-tablet,20,mg,yes,,2,,OxyContin,,s\noxycodone,tablet,5,mg,yes,,,,,,s\n");
        assertEquals(2, t.forRegimen("oxycodone", Form.MR_TABLET, "Zomorph", 1, BigDecimal.TEN).size());
        assertEquals(1, t.forRegimen("oxycodone", Form.TABLET, null, 6, null).size());
        assertEquals(List.of(), t.forRegimen("morphine", Form.TABLET, null, 1, null));
    }
}

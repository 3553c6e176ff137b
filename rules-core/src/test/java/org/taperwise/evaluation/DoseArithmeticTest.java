package org.taperwise.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;

/** Daily-dose and days-supply arithmetic for every dose shape the contract allows. */
class DoseArithmeticTest {
    private static final LocalDate ISSUED = LocalDate.of(2026, 10, 1);

    private static Prescription.Builder rx() {
        return Prescription.builder().medicine("x").issued(ISSUED);
    }

    private static void assertDaily(String expected, String unit, Prescription p) {
        DailyDose d = DoseArithmetic.daily(p);
        assertTrue(d.computable(), () -> "not computable: " + d.problem());
        assertEquals(0, new BigDecimal(expected).compareTo(d.amount()), () -> "daily amount " + d.amount());
        assertEquals(unit, d.unit());
    }

    private static void assertNotComputable(String problemFragment, Prescription p) {
        DailyDose d = DoseArithmetic.daily(p);
        assertFalse(d.computable(), "expected not computable");
        assertTrue(d.problem().contains(problemFragment), d.problem());
    }

    @Test
    void tablets_multiplyUnitsStrengthAndTimes() {
        assertDaily("80", "mg", rx().form(Form.MR_TABLET).strength(40, StrengthUnit.MG).dose(1, DoseUnit.UNIT)
                .timesPerDay(2).build());
        assertDaily("240", "mg", rx().form(Form.TABLET).strength(30, StrengthUnit.MG).dose(2, DoseUnit.UNIT)
                .timesPerDay(4).build());
    }

    @Test
    void halfTablet_isHalfTheStrength() {
        assertDaily("15", "mg", rx().form(Form.TABLET).strength(10, StrengthUnit.MG).dose(0.5, DoseUnit.UNIT)
                .timesPerDay(3).build());
    }

    @Test
    void strengthInMicrograms_isConvertedToMg() {
        assertDaily("0.6", "mg", rx().form(Form.SUBLINGUAL).strength(200, StrengthUnit.MICROGRAM)
                .dose(1, DoseUnit.UNIT).timesPerDay(3).build());
    }

    @Test
    void doseInMg_overridesTabletStrength() {
        assertDaily("20", "mg", rx().form(Form.MR_TABLET).strength(60, StrengthUnit.MG).dose(10, DoseUnit.MG)
                .timesPerDay(2).build());
    }

    @Test
    void doseInMicrograms_isConvertedToMg() {
        assertDaily("0.4", "mg", rx().form(Form.BUCCAL).dose(100, DoseUnit.MICROGRAM).timesPerDay(4).build());
    }

    @Test
    void oralSolution_multipliesMlByConcentration() {
        assertDaily("40", "mg", rx().form(Form.ORAL_SOLUTION).strength(2, StrengthUnit.MG_PER_ML)
                .dose(5, DoseUnit.ML).timesPerDay(4).build());
    }

    @Test
    void oralSolution_doseInMg_needsNoConcentration() {
        assertDaily("30", "mg", rx().form(Form.ORAL_SOLUTION).dose(30, DoseUnit.MG).timesPerDay(1).build());
    }

    @Test
    void asNeeded_countsAtTheMaximumAllowedAndSaysSo() {
        DailyDose d = DoseArithmetic.daily(rx().form(Form.TABLET).strength(30, StrengthUnit.MG).dose(1, DoseUnit.UNIT)
                .timesPerDay(4).asNeeded(true).build());
        assertEquals(0, new BigDecimal("120").compareTo(d.amount()));
        assertTrue(d.note().contains("maximum"), d.note());
    }

    @Test
    void patch_isStrengthTimesPatchesWhateverTheChangeInterval() {
        assertDaily("25", "microgram/hour", rx().form(Form.PATCH).strength(25, StrengthUnit.MICROGRAM_PER_HOUR)
                .dose(1, DoseUnit.UNIT).changeEveryDays(3).build());
        assertDaily("24", "microgram/hour", rx().form(Form.PATCH).strength(12, StrengthUnit.MICROGRAM_PER_HOUR)
                .dose(2, DoseUnit.UNIT).changeEveryDays(7).build());
        DailyDose d = DoseArithmetic.daily(rx().form(Form.PATCH).strength(12, StrengthUnit.MICROGRAM_PER_HOUR)
                .dose(2, DoseUnit.UNIT).build());
        assertEquals(0, new BigDecimal("12").compareTo(d.patchStrength()), "per-patch strength kept for lookups");
    }

    @Test
    void missingPieces_areNotComputableWithTheReason() {
        assertNotComputable("no dose", rx().form(Form.TABLET).strength(10, StrengthUnit.MG).timesPerDay(2).build());
        assertNotComputable("timesPerDay", rx().form(Form.TABLET).strength(10, StrengthUnit.MG)
                .dose(1, DoseUnit.UNIT).build());
        assertNotComputable("strength", rx().form(Form.TABLET).dose(1, DoseUnit.UNIT).timesPerDay(2).build());
        assertNotComputable("strength in microgram/hour",
                rx().form(Form.PATCH).strength(25, StrengthUnit.MG).dose(1, DoseUnit.UNIT).build());
        assertNotComputable("none is given", rx().form(Form.PATCH).dose(1, DoseUnit.UNIT).build());
        assertNotComputable("number of patches", rx().form(Form.PATCH)
                .strength(25, StrengthUnit.MICROGRAM_PER_HOUR).dose(5, DoseUnit.MG).build());
    }

    @Test
    void unitsThatDoNotFit_areNotComputable() {
        assertNotComputable("mg/ml", rx().form(Form.ORAL_SOLUTION).strength(2, StrengthUnit.MG_PER_ML)
                .dose(1, DoseUnit.UNIT).timesPerDay(2).build());
        assertNotComputable("strength in mg/ml", rx().form(Form.ORAL_SOLUTION).strength(10, StrengthUnit.MG)
                .dose(5, DoseUnit.ML).timesPerDay(2).build());
        assertNotComputable("for patches", rx().form(Form.TABLET).strength(25, StrengthUnit.MICROGRAM_PER_HOUR)
                .dose(1, DoseUnit.UNIT).timesPerDay(2).build());
    }

    @Test
    void daysSupply_fromQuantityAndRegimen() {
        assertEquals(28, DoseArithmetic.derivedDaysSupply(rx().form(Form.MR_TABLET).strength(40, StrengthUnit.MG)
                .dose(1, DoseUnit.UNIT).timesPerDay(2).quantity(56).build()));
        assertEquals(15, DoseArithmetic.derivedDaysSupply(rx().form(Form.TABLET).strength(5, StrengthUnit.MG)
                .dose(1, DoseUnit.UNIT).timesPerDay(4).quantity(60).build()));
    }

    @Test
    void daysSupply_roundsPartDaysUp() {
        assertEquals(4, DoseArithmetic.derivedDaysSupply(rx().form(Form.TABLET).strength(5, StrengthUnit.MG)
                .dose(1, DoseUnit.UNIT).timesPerDay(3).quantity(10).build()));
    }

    @Test
    void daysSupply_forPatchesUsesChangeInterval() {
        assertEquals(30, DoseArithmetic.derivedDaysSupply(rx().form(Form.PATCH)
                .strength(25, StrengthUnit.MICROGRAM_PER_HOUR).dose(1, DoseUnit.UNIT).changeEveryDays(3).quantity(10)
                .build()));
        assertEquals(28, DoseArithmetic.derivedDaysSupply(rx().form(Form.PATCH)
                .strength(10, StrengthUnit.MICROGRAM_PER_HOUR).dose(1, DoseUnit.UNIT).changeEveryDays(7).quantity(4)
                .build()));
        assertNull(DoseArithmetic.derivedDaysSupply(rx().form(Form.PATCH)
                .strength(10, StrengthUnit.MICROGRAM_PER_HOUR).dose(1, DoseUnit.UNIT).quantity(4).build()));
    }

    @Test
    void daysSupply_forSolutionsCountsMl() {
        assertEquals(15, DoseArithmetic.derivedDaysSupply(rx().form(Form.ORAL_SOLUTION)
                .strength(2, StrengthUnit.MG_PER_ML).dose(5, DoseUnit.ML).timesPerDay(4).quantity(300).build()));
        assertEquals(28, DoseArithmetic.derivedDaysSupply(rx().form(Form.ORAL_SOLUTION)
                .strength(1, StrengthUnit.MG_PER_ML).dose(30, DoseUnit.MG).timesPerDay(1).quantity(840).build()));
    }

    @Test
    void daysSupply_forMgDoseCountsTabletsOfTheGivenStrength() {
        assertEquals(28, DoseArithmetic.derivedDaysSupply(rx().form(Form.TABLET).strength(10, StrengthUnit.MG)
                .dose(20, DoseUnit.MG).timesPerDay(2).quantity(112).build()));
    }

    @Test
    void daysSupply_unknownWithoutQuantityOrRegimen() {
        assertNull(DoseArithmetic.derivedDaysSupply(rx().form(Form.TABLET).strength(10, StrengthUnit.MG)
                .dose(1, DoseUnit.UNIT).timesPerDay(2).build()));
        assertNull(DoseArithmetic.derivedDaysSupply(rx().form(Form.TABLET).strength(10, StrengthUnit.MG)
                .dose(1, DoseUnit.UNIT).quantity(56).build()));
        assertNull(DoseArithmetic.derivedDaysSupply(rx().form(Form.ORAL_SOLUTION).dose(1, DoseUnit.UNIT)
                .timesPerDay(2).quantity(100).build()));
    }
}

package org.taperwise.taper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.taper.TaperFixtures.drug;
import static org.taperwise.taper.TaperFixtures.fentanyl;
import static org.taperwise.taper.TaperFixtures.mg;
import static org.taperwise.taper.TaperFixtures.milli;
import static org.taperwise.taper.TaperFixtures.oral;
import static org.taperwise.taper.TaperFixtures.oxycodone;
import static org.taperwise.taper.TaperFixtures.parts;
import static org.taperwise.taper.TaperFixtures.product;
import static org.taperwise.taper.TaperFixtures.products;
import static org.taperwise.taper.TaperFixtures.solution;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.model.Form;
import org.taperwise.model.TaperReason;

class DrugTest {
    @Test
    void aRegimenTakenOneAndAHalfTimesADay_isNotPlannable() {
        Drug.NotPlannable e = assertThrows(Drug.NotPlannable.class, () -> drug(
                oral("oxycodone", Form.MR_TABLET, 10, 1, 1.5, false), 15,
                products("oxycodone", Form.MR_TABLET, true, null, 5, 10)));
        assertEquals(TaperReason.REGIMEN_NOT_PLANNABLE, e.code);
        assertEquals("oxycodone is taken 1.5 times a day: a plan needs 1 to 6 whole doses a day", e.getMessage());
    }

    @Test
    void noListedProducts_isNotPlannable_theProductsAreUnknown() {
        Drug.NotPlannable e = assertThrows(Drug.NotPlannable.class, () -> drug(
                oral("oxycodone", Form.MR_TABLET, 10, 1, 2, false), 20, List.of()));
        assertEquals(TaperReason.PRODUCTS_UNKNOWN, e.code);
        assertEquals("the products table lists no oxycodone mr-tablet to make the taper doses from", e.getMessage());
    }

    @Test
    void aSolutionOfAnUnlistedConcentration_isNotPlannable() {
        Drug.NotPlannable e = assertThrows(Drug.NotPlannable.class, () -> drug(
                solution("morphine", 2, 5, 2, false), 20, products("morphine", Form.ORAL_SOLUTION, true, null, 20)));
        assertEquals(TaperReason.PRODUCTS_UNKNOWN, e.code);
        assertEquals("the products table lists no morphine oral solution of 2 mg/ml concentration", e.getMessage());
    }

    @Test
    void theDoseNow_isTheDailyAmountInEqualAdministrations_anyRemainderLast() throws Exception {
        assertArrayEquals(parts(40, 40), oxycodone(40, 1, 2).original.parts());
        Drug thirds = drug(oral("oxycodone", Form.MR_TABLET, 10, 1, 3, false), 100.001,
                products("oxycodone", Form.MR_TABLET, true, null, 5, 10));
        assertArrayEquals(new long[] {33_333, 33_333, 33_335}, thirds.original.parts());
        assertEquals(milli(100.001), thirds.original.daily());
    }

    @Test
    void thePatchesWornNow_areThePrescribedNumberOfThePrescribedStrength() throws Exception {
        Drug d = fentanyl(25, 2);
        assertArrayEquals(parts(25, 25), d.original.parts());
        assertTrue(d.original.patch());
        assertEquals(3, d.changeDays);
        assertEquals(1, d.admins0);
    }

    @Test
    void productsMadeForFewerDosesADay_keepThePrescribedFrequency_withANote() throws Exception {
        Drug d = drug(oral("morphine", Form.MR_TABLET, 10, 1, 3, false), 30,
                List.of(product("morphine", Form.MR_TABLET, 10, true, null, 2, null),
                        product("morphine", Form.MR_TABLET, 5, true, null, 2, null)));
        assertEquals(3, d.products.admins);
        assertEquals("morphine mr-tablet is prescribed 3 times a day; the products table lists it for at most 2 doses"
                + " a day. The plan keeps the prescribed frequency: check the regimen before it starts.", d.productNote);
        assertNull(oxycodone(40, 1, 2).productNote);
    }

    @Test
    void strengthsThatMayNotBeCombined_leaveOnlyThePrescribedStrength() throws Exception {
        Drug d = drug(oral("co-codamol", Form.TABLET, 30, 2, 4, false), 240,
                products("co-codamol", Form.TABLET, false, null, 8, 15, 30));
        assertEquals(mg(30), d.products.strengths);
    }

    @Test
    void combinationProducts_neverHoldMoreParacetamolADoseThanNow() throws Exception {
        // 2 x 30/500 four times a day: at most 1000 mg paracetamol a dose, so 3 x 30 mg is never one dose
        Drug d = drug(oral("co-codamol", Form.TABLET, 30, 2, 4, false), 240,
                List.of(product("co-codamol", Form.TABLET, 15, true, 500.0, null, null),
                        product("co-codamol", Form.TABLET, 30, true, 500.0, null, null)));
        assertTrue(d.products.makeUp.containsKey(milli(60)));
        assertFalse(d.products.makeUp.containsKey(milli(90)));
    }

    @Test
    void combinationProducts_useTheSameParacetamolStrengthsNoStrongerThanTheirs_oneStrengthAtATime() throws Exception {
        Drug d = drug(oral("co-codamol", Form.TABLET, 15, 2, 4, false), 120,
                List.of(product("co-codamol", Form.TABLET, 8, true, 500.0, null, null),
                        product("co-codamol", Form.TABLET, 15, true, 500.0, null, null),
                        product("co-codamol", Form.TABLET, 30, true, 500.0, null, null)));
        // 8/500 and 15/500 (same paracetamol a tablet), never 30/500: 2 x 15/500 is not restated as 1 x 30/500
        assertEquals(mg(8, 15), d.products.strengths);
        assertArrayEquals(parts(15, 15), d.products.makeUp.get(milli(30)));
        assertEquals(1, d.products.maxStrengthsOrAny(), "one strength a step");
    }

    @Test
    void mme_isTheDailyAmountTimesTheProfileFactor() throws Exception {
        Drug d = oxycodone(40, 1, 2);
        assertEquals(0, new BigDecimal("120").compareTo(d.mme(d.original)));
        assertEquals(120.0, d.weight(d.original), 1e-9);
        assertEquals(BigDecimal.ZERO, d.mme(Dose.NONE));
    }

    @Test
    void eachPatch_isConvertedByTheFactorForItsStrength() throws Exception {
        Drug d = fentanyl(25, 1);
        assertEquals(30.0, d.mme(new Dose(milli(12), parts(12), true)).doubleValue(), 1e-9, "12 x 2.5");
        assertEquals(90.0, d.mme(new Dose(milli(37), parts(25, 12), true)).doubleValue(), 1e-9, "25 x 2.4 + 12 x 2.5");
    }

    @Test
    void aMedicineWithoutAFactor_isWeighedByItsDoseInMg() throws Exception {
        Drug d = drug(oral("tapentadol", Form.MR_TABLET, 50, 1, 2, false), 100,
                products("tapentadol", Form.MR_TABLET, true, null, 50, 100));
        assertNull(d.mme(d.original));
        assertEquals(100.0, d.weight(d.original), 1e-9);
    }

    @Test
    void oneUnit_weighsAsTheSmallestListedStrength() throws Exception {
        assertEquals(7.5, oxycodone(40, 1, 2).unitWeight(), 1e-9, "one 5 mg oxycodone tablet");
        assertEquals(30.0, fentanyl(50, 1).unitWeight(), 1e-9, "one 12 microgram/hour patch");
    }

    @Test
    void theLabel_isTheMedicineAndForm() throws Exception {
        assertEquals("oxycodone mr-tablet", oxycodone(40, 1, 2).label());
        assertEquals("fentanyl patch", fentanyl(25, 1).label());
    }

    @Test
    void aDoseOfMoreThanTenOfTheLargestUnit_isNotPlannable_andBoundsThePlanner() {
        // issue 13: a dose of a million tablets hung the planner (time grew with the square of the dose)
        Drug.NotPlannable e = assertThrows(Drug.NotPlannable.class, () -> drug(
                oral("oxycodone", Form.MR_TABLET, 80, 100, 2, false), 16_000,
                products("oxycodone", Form.MR_TABLET, true, null, 5, 10, 80)));
        assertEquals(TaperReason.REGIMEN_NOT_PLANNABLE, e.code);
        assertTrue(e.getMessage().startsWith("oxycodone is taken 8000 mg a dose, more than 10 of its largest"),
                e.getMessage());
    }
}

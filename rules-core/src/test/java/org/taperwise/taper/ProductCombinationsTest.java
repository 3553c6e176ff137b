package org.taperwise.taper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.taper.TaperFixtures.OXYCODONE_MR;
import static org.taperwise.taper.TaperFixtures.mg;
import static org.taperwise.taper.TaperFixtures.milli;
import static org.taperwise.taper.TaperFixtures.parts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductCombinationsTest {
    private static ProductCombinations oxycodone(int admins) {
        return ProductCombinations.tablets(OXYCODONE_MR, 4, -1, Map.of(), admins, false);
    }

    /** Fentanyl 12/25/50 microgram/hour every 3 days, and a 5 microgram/hour patch changed weekly. */
    private static ProductCombinations patches() {
        return ProductCombinations.patches(Map.of(milli(12), Set.of(3L), milli(25), Set.of(3L), milli(50), Set.of(3L),
                milli(5), Set.of(7L)));
    }

    /** 10 mg/ml prescribed, 1 mg/ml also listed; 1 ml steps; at most 10 ml of the weaker one a dose. */
    private static ProductCombinations solutions(int admins) {
        return ProductCombinations.solutions(mg(10, 1), milli(1), 10, admins, false);
    }

    private static long[] units(ProductCombinations p, double amount) {
        long[] u = p.makeUp.get(milli(amount)).clone();
        Arrays.sort(u);
        return u;
    }

    private static List<Long> amounts(Iterable<Long> values) {
        List<Long> out = new ArrayList<>();
        values.forEach(out::add);
        return out;
    }

    @Test
    void aDoseOf45mg_isMadeOf40And5() {
        Dose d = oxycodone(1).make(milli(45), null);
        assertArrayEquals(parts(45), d.parts());
        assertArrayEquals(parts(5, 40), units(oxycodone(1), 45));
    }

    @Test
    void aDailyDoseTwiceADay_isSplitAcrossTheDay_theLargerInTheEvening() {
        Dose d = oxycodone(2).make(milli(65), null);
        assertEquals(milli(65), d.daily());
        assertArrayEquals(parts(30, 35), d.parts());
        assertArrayEquals(parts(5, 30), units(oxycodone(2), 35));
    }

    @Test
    void aDoseTheStrengthsCannotMake_isNotMakeable() {
        ProductCombinations thirties = ProductCombinations.tablets(mg(30), 4, -1, Map.of(), 2, false);
        assertNull(thirties.make(milli(45), null));
        assertArrayEquals(parts(30, 30), thirties.make(milli(60), null).parts());
    }

    @Test
    void nothing_isAlwaysMakeable() {
        assertEquals(Dose.NONE, oxycodone(2).make(0, new Dose(milli(80), parts(40, 40), false)));
        assertEquals(Dose.NONE, patches().make(0, null));
    }

    @Test
    void afterAPreviousDose_noAdministrationGrows() {
        Dose before = new Dose(milli(50), parts(10, 40), false);
        assertArrayEquals(parts(20, 25), oxycodone(2).make(milli(45), null).parts());
        assertArrayEquals(parts(10, 35), oxycodone(2).make(milli(45), before).parts());
    }

    @Test
    void patches_areOnePatchOrTwoOfTheSameChangeInterval() {
        assertArrayEquals(parts(25, 12), patches().make(milli(37), null).parts());
        assertArrayEquals(parts(12, 12), patches().make(milli(24), null).parts());
        assertNull(patches().make(milli(17), null), "12 (3-day) and 5 (7-day) are not worn together");
        assertNull(patches().make(milli(87), null), "three patches are never worn");
        assertTrue(patches().make(milli(50), null).patch());
    }

    @Test
    void aTotalOnePatchMakes_isOnePatch_theFewestPatches() {
        assertArrayEquals(parts(50), patches().make(milli(50), null).parts(), "one 50, not 25 + 25");
        assertArrayEquals(parts(25), patches().make(milli(25), null).parts(), "one 25, not 12 + 12 + 1");
        ProductCombinations butrans = ProductCombinations.patches(Map.of(milli(5), Set.of(7L), milli(10), Set.of(7L),
                milli(15), Set.of(7L), milli(20), Set.of(7L)));
        assertArrayEquals(parts(15), butrans.make(milli(15), null).parts(), "one 15, not 10 + 5");
    }

    @Test
    void productsMadeForASetNumberOfDosesADay_keepThatMany_untilTheSmallestUnitOnceADay() {
        ProductCombinations twelveHourly = ProductCombinations.tablets(OXYCODONE_MR, 4, -1, Map.of(), 2, false, true);
        assertArrayEquals(parts(5, 5), twelveHourly.make(milli(10), twelveHourly.make(milli(20), null)).parts());
        assertArrayEquals(parts(5, 10), twelveHourly.make(milli(15), twelveHourly.make(milli(20), null)).parts());
        for (int mg = 10; mg <= 160; mg += 5) {
            assertEquals(2, twelveHourly.make(milli(mg), null).count(), mg + " mg is taken 12-hourly");
        }
        assertArrayEquals(parts(5), twelveHourly.make(milli(5), twelveHourly.make(milli(10), null)).parts(),
                "the last step: the smallest unit once a day (CDC 2022: extend the interval, then stop)");
        assertArrayEquals(parts(5), oxycodone(2).make(milli(5), oxycodone(2).make(milli(10), null)).parts(),
                "without a set interval the morning dose may be dropped");
    }

    @Test
    void solutions_useThePrescribedConcentration_thenAWeakerOneInSmallVolumes() {
        assertEquals(milli(10), solutions(1).make(milli(20), null).concentration(), "2 ml of 10 mg/ml");
        Dose small = solutions(1).make(milli(3), null);
        assertEquals(milli(1), small.concentration(), "3 ml of 1 mg/ml: 10 mg/ml measures only 10 mg steps");
        assertArrayEquals(parts(3), small.parts());
        assertNull(solutions(1).make(milli(15), null), "15 ml of 1 mg/ml is more than 10 ml a dose");
        assertArrayEquals(parts(7, 8), solutions(2).make(milli(15), null).parts(), "7 ml and 8 ml of 1 mg/ml");
    }

    @Test
    void smallestOnceDaily_isTheSmallestSingleAdministration() {
        assertEquals(milli(5), oxycodone(2).smallestOnceDaily(milli(80)));
        assertEquals(milli(30), ProductCombinations.tablets(mg(30), 4, -1, Map.of(), 2, false)
                .smallestOnceDaily(milli(60)));
        assertEquals(milli(5), patches().smallestOnceDaily(milli(50)));
    }

    @Test
    void nearest_roundsToTheNearestMakeableDose_tiesUpward_orDown() {
        Dose now = new Dose(milli(80), parts(40, 40), false);
        assertEquals(milli(65), oxycodone(2).nearest(62.5 * 1000, now, false).daily());
        assertEquals(milli(60), oxycodone(2).nearest(62.4 * 1000, now, false).daily());
        assertEquals(milli(60), oxycodone(2).nearest(64.9 * 1000, now, true).daily());
        assertEquals(milli(80), oxycodone(2).nearest(95 * 1000, now, false).daily(), "never above the dose now");
    }

    @Test
    void nextLower_isOneUnitBelow_orOnePatchBelow() {
        assertArrayEquals(parts(35, 40), oxycodone(2).nextLower(new Dose(milli(80), parts(40, 40), false)).parts());
        assertArrayEquals(parts(25, 12), patches().nextLower(new Dose(milli(50), parts(50), true)).parts());
        assertNull(oxycodone(1).nextLower(new Dose(milli(5), parts(5), false)));
    }

    @Test
    void theAmountsWorthTrying_stepByTheGranularity_orFromPatchToPatch() {
        assertEquals(milli(5), oxycodone(2).granularity);
        assertEquals(mg(15, 10, 5), amounts(oxycodone(2).descending(milli(17))));
        assertEquals(mg(37, 25, 24, 12, 10, 5), amounts(patches().descending(milli(37))), "no 12 + 5: not worn together");
        assertEquals(milli(1), solutions(1).granularity, "the 1 ml step of 1 mg/ml");
    }

    @Test
    void smallestUnit_isTheSmallestTabletOrPatch_orTheSmallestMeasurableVolume() {
        assertArrayEquals(parts(5), oxycodone(2).smallestUnit().parts());
        assertTrue(patches().smallestUnit().patch());
        assertEquals(milli(5), patches().smallestUnit().daily());
        Dose ml = solutions(1).smallestUnit();
        assertEquals(milli(1), ml.daily(), "1 ml of 1 mg/ml");
        assertEquals(milli(10), ml.concentration(), "weighed as the prescribed solution");
    }
}

package org.taperwise.taper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.taper.TaperFixtures.mg;
import static org.taperwise.taper.TaperFixtures.milli;
import static org.taperwise.taper.TaperFixtures.parts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitTablesTest {
    private static long[] sorted(long[] units) {
        long[] copy = units.clone();
        Arrays.sort(copy);
        return copy;
    }

    @Test
    void eachAmount_isMadeOfTheFewestUnits() {
        UnitTables.UnitTable t = UnitTables.of(mg(5, 10, 30), 4, -1, Map.of());
        assertArrayEquals(parts(10), t.makeUp().get(milli(10)), "one 10 mg tablet, not two of 5 mg");
        assertArrayEquals(parts(10, 30), sorted(t.makeUp().get(milli(40))));
        assertArrayEquals(parts(5, 10, 30), sorted(t.makeUp().get(milli(45))));
    }

    @Test
    void perAdmin_isEveryAmountUpToMaxUnits_ascending() {
        UnitTables.UnitTable t = UnitTables.of(mg(5), 3, -1, Map.of());
        assertArrayEquals(parts(5, 10, 15), t.perAdmin());
        assertFalse(t.makeUp().containsKey(milli(20)), "four tablets are more than maxUnits");
    }

    @Test
    void aParacetamolCap_leavesOutAdministrationsThatWouldHoldMore() {
        Map<Long, Long> paracetamol = Map.of(milli(8), milli(500), milli(15), milli(500), milli(30), milli(500));
        UnitTables.UnitTable capped = UnitTables.of(mg(8, 15, 30), 4, milli(1000), paracetamol);
        assertTrue(capped.makeUp().containsKey(milli(60)), "2 x 30 mg holds 1000 mg paracetamol");
        assertTrue(capped.makeUp().containsKey(milli(45)), "30 + 15 mg holds 1000 mg paracetamol");
        assertFalse(capped.makeUp().containsKey(milli(90)), "3 x 30 mg would hold 1500 mg paracetamol");
        UnitTables.UnitTable uncapped = UnitTables.of(mg(8, 15, 30), 4, -1, paracetamol);
        assertTrue(uncapped.makeUp().containsKey(milli(90)));
    }

    @Test
    void theSameStrengthsAndLimits_shareOneTable_otherLimitsDoNot() {
        List<Long> a = new ArrayList<>(mg(5, 10, 20));
        UnitTables.UnitTable first = UnitTables.of(a, 4, -1, Map.of());
        assertSame(first, UnitTables.of(List.copyOf(mg(5, 10, 20)), 4, -1, Map.of()));
        assertNotSame(first, UnitTables.of(mg(5, 10, 20), 5, -1, Map.of()));
    }

    @Test
    void aCachedTable_isNotChangedByTheCallersListLater() {
        List<Long> strengths = new ArrayList<>(mg(7, 11));
        UnitTables.UnitTable first = UnitTables.of(strengths, 2, -1, Map.of());
        strengths.add(milli(13));
        assertSame(first, UnitTables.of(mg(7, 11), 2, -1, Map.of()));
    }
}

package org.taperwise.taper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.taperwise.taper.TaperFixtures.mg;
import static org.taperwise.taper.TaperFixtures.parts;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrengthSetsTest {
    private static final List<Long> MS_CONTIN = mg(15, 30, 60, 100, 200);
    private static final Map<Long, long[]> FEWEST = UnitTables.of(MS_CONTIN, 4, -1, Map.of()).makeUp();

    @Test
    void theFewestUnits_whenTheyNeedNoMoreStrengthsThanAllowed() {
        long[][] c = StrengthSets.compose(parts(30, 60), FEWEST, MS_CONTIN, 2, 4, u -> true);
        assertArrayEquals(parts(30), c[0]);
        assertArrayEquals(parts(60), c[1]);
    }

    @Test
    void otherwise_theSetOfAllowedSizeNeedingTheFewestUnits() {
        // 45 + 60 as fewest units is 30 + 15 and 60: three strengths; 30 + 15 and 30 + 30 is two
        long[][] c = StrengthSets.compose(parts(45, 60), FEWEST, MS_CONTIN, 2, 4, u -> true);
        assertArrayEquals(parts(30, 15), c[0]);
        assertArrayEquals(parts(30, 30), c[1]);
    }

    @Test
    void noSetOfAllowedSize_isNull() {
        assertNull(StrengthSets.compose(parts(45, 100), FEWEST, MS_CONTIN, 1, 4, u -> true));
    }

    @Test
    void noLimit_isTheFewestUnits() {
        long[][] c = StrengthSets.compose(parts(45, 260), FEWEST, MS_CONTIN, 0, 4, u -> true);
        long[] units = c[1].clone();
        java.util.Arrays.sort(units);
        assertArrayEquals(parts(60, 200), units);
    }
}

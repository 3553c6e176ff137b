package org.taperwise.taper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class DoseTest {
    @Test
    void none_isNothingTaken_inNoAdministration() {
        assertEquals(0, Dose.NONE.daily());
        assertEquals(0, Dose.NONE.count());
        assertFalse(Dose.NONE.patch());
        assertEquals(0, Dose.NONE.concentration());
    }

    @Test
    void count_isTheAdministrationsOrPatches() {
        assertEquals(2, new Dose(80_000, new long[] {40_000, 40_000}, false).count());
        assertEquals(1, new Dose(37_000, new long[] {37_000}, true).count());
    }

    @Test
    void aTabletOrPatchDose_isMeasuredFromNoSolution() {
        assertEquals(0, new Dose(5_000, new long[] {5_000}, false).concentration());
        assertEquals(2_000, new Dose(5_000, new long[] {5_000}, false, 2_000).concentration());
    }
}

package org.taperwise.taper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ThousandthsTest {
    @Test
    void aPatchStrengthOf37Point5_isHeldExactlyAs37500() {
        assertEquals(37_500, Thousandths.of(new BigDecimal("37.5")));
        assertEquals(1_300, Thousandths.of(new BigDecimal("1.3")));
    }

    @Test
    void aFractionOfAThousandth_isRoundedHalfUp() {
        assertEquals(38, Thousandths.of(new BigDecimal("0.0375")));
        assertEquals(37, Thousandths.of(new BigDecimal("0.0374")));
    }

    @Test
    void anAmount_isExactWithoutTrailingZeros() {
        assertEquals("37.5", Thousandths.amount(37_500).toPlainString());
        assertEquals("40", Thousandths.amount(40_000).toPlainString());
        assertEquals("0.001", Thousandths.amount(1).toPlainString());
    }

    @Test
    void value_isTheDoubleOfTheExactAmount() {
        for (long milli : new long[] {1, 1_300, 12_345, 37_500, 33_333}) {
            assertEquals(Thousandths.amount(milli).doubleValue(), Thousandths.value(milli), 0.0, "" + milli);
        }
    }

    @Test
    void gcd_ofTwoStrengths_isTheStepBetweenTheDosesTheyMake() {
        assertEquals(2_500, Thousandths.gcd(5_000, 7_500));
        assertEquals(5_000, Thousandths.gcd(5_000, 0));
        assertEquals(1, Thousandths.gcd(1_300, 5_001));
    }
}

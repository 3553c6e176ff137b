package org.taperwise.taper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.taperwise.taper.TaperFixtures.milli;
import static org.taperwise.taper.TaperFixtures.parts;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DaySplitTest {
    /** Every multiple of 5 mg up to 160 mg: what oxycodone MR 5-80 mg tablets make in one administration. */
    private static final long[] FIVES = LongStream.rangeClosed(1, 32).map(i -> i * 5_000).toArray();
    private static final long[] TENS = LongStream.rangeClosed(1, 16).map(i -> i * 10_000).toArray();

    @Test
    void anEvenAmount_isSplitEqually() {
        assertArrayEquals(parts(40, 40), DaySplit.ofListed(milli(80), 2, null, FIVES, false));
    }

    @Test
    void sixtyFiveMgTwiceADay_isThirtyInTheMorningAndThirtyFiveInTheEvening() {
        assertArrayEquals(parts(30, 35), DaySplit.ofListed(milli(65), 2, null, FIVES, false));
    }

    @Test
    void threeAdministrations_inTwoSizes_smallerFirst_closestTogether() {
        // 10+30+30 and 20+20+30 both make 70; the second is closer together
        assertArrayEquals(parts(20, 20, 30), DaySplit.ofListed(milli(70), 3, null, TENS, false));
    }

    @Test
    void anAmountTooSmallToSplit_isTakenInFewerAdministrations() {
        assertArrayEquals(parts(5), DaySplit.ofListed(milli(5), 2, null, FIVES, false));
        assertArrayEquals(parts(10, 10, 10), DaySplit.ofListed(milli(30), 4, null, TENS, false));
    }

    @Test
    void afterAPreviousDose_noAdministrationIsLargerThanItWas() {
        // without a bound 35 is 15 + 20; after 10 + 30 the morning may not rise to 15
        assertArrayEquals(parts(15, 20), DaySplit.ofListed(milli(35), 2, null, FIVES, false));
        assertArrayEquals(parts(10, 25), DaySplit.ofListed(milli(35), 2, parts(10, 30), FIVES, false));
    }

    @Test
    void whenAnAdministrationIsDropped_itIsTheMorningsThatGoes() {
        // after 5 mg morning and 20 mg evening, a single 15 mg dose lines up with the evening's
        assertArrayEquals(parts(15), DaySplit.ofListed(milli(15), 1, parts(5, 20), FIVES, false));
        assertNull(DaySplit.ofListed(milli(15), 1, parts(20, 5), FIVES, false), "15 mg is more than the evening's 5");
    }

    @Test
    void asNeededDoses_areAllTheSameSize() {
        assertArrayEquals(parts(15, 15), DaySplit.ofListed(milli(30), 2, null, FIVES, true));
        assertArrayEquals(parts(35), DaySplit.ofListed(milli(35), 2, null, FIVES, true), "not 15 + 20");
    }

    @Test
    void anAmountNoListedAmountsMake_hasNoSplit() {
        assertNull(DaySplit.ofListed(milli(12), 2, null, FIVES, false));
    }

    @Test
    void solutions_areMultiplesOfTheMeasurableStep_withinTheCap() {
        assertArrayEquals(parts(7, 8), DaySplit.ofMultiples(milli(15), 2, null, milli(1), Long.MAX_VALUE, false));
        assertArrayEquals(parts(7.5, 7.5), DaySplit.ofMultiples(milli(15), 2, null, milli(0.5), Long.MAX_VALUE, false));
        assertNull(DaySplit.ofMultiples(milli(15), 2, null, milli(1), milli(5), false), "no dose may exceed 5 mg");
        assertArrayEquals(parts(5, 5, 5), DaySplit.ofMultiples(milli(15), 3, null, milli(1), milli(5), false));
    }
}

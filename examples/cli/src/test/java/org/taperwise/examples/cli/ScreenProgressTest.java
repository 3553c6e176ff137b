package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line of {@code screen}, driven by a test clock. */
class ScreenProgressTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text);

    private void advanceSeconds(double s) {
        now.addAndGet((long) (s * TimeUnit.SECONDS.toNanos(1)));
    }

    @Test
    void notATerminal_aPlainLineAboutEveryFiveSeconds_withShareDoneAndTimeLeft_atTheRateOfTheLastInterval() {
        ScreenProgress p = new ScreenProgress(err, false, now::get, 1_000_000);
        advanceSeconds(4.9);
        p.update(490, 100_000);
        assertEquals("", text.toString(), "not yet five seconds");
        advanceSeconds(0.1);
        p.update(500, 250_000);
        assertEquals("screen: 500 patients, 100/s, 25% done, about 15 s left\n", text.toString());
        advanceSeconds(1);
        p.update(600, 300_000);
        assertEquals(1, text.toString().split("\n").length, "the next line waits five more seconds");
        advanceSeconds(4);
        p.update(2500, 500_000);
        assertEquals("screen: 2500 patients, 400/s, 50% done, about 10 s left\n",
                text.toString().split("\n", 2)[1], "2000 patients and 250,000 bytes in the last five seconds");
    }

    @Test
    void aTerminal_oneLineRewrittenInPlaceEverySecond_andClearedBeforeOtherOutput() {
        ScreenProgress p = new ScreenProgress(err, true, now::get, -1);
        advanceSeconds(1);
        p.update(12_000, 0);
        advanceSeconds(1);
        p.update(12_030, 0);
        assertEquals("\rscreen: 12000 patients, 12000/s\rscreen: 12030 patients, 30/s   ", text.toString(),
                "a shorter line overwrites the whole of the longer one");
        text.getBuffer().setLength(0);
        p.clear();
        assertEquals("\r" + " ".repeat("screen: 12030 patients, 30/s".length()) + "\r", text.toString(),
                "blanked, and the cursor back at the margin");
        text.getBuffer().setLength(0);
        p.clear();
        assertEquals("", text.toString(), "nothing left to clear");
    }

    @Test
    void unknownSize_noShareAndNoTimeLeft_longTimesInMinutesAndHours() {
        ScreenProgress p = new ScreenProgress(err, false, now::get, -1);
        assertEquals("screen: 7 patients, 2/s", p.line(7, 999, 999, 3.5, 7));
        ScreenProgress sized = new ScreenProgress(err, false, now::get, 1_000);
        assertEquals("screen: 100 patients, 1/s, 10% done, about 15 min 00 s left", sized.line(100, 100, 100, 100, 100));
        assertEquals("screen: 10 patients, 0/s, 1% done, about 2 h 45 min left", sized.line(10, 10, 10, 100, 10));
        assertEquals("screen: 0 patients, 0% done", sized.line(0, 0, 0, 0, 0));
    }
}

package org.taperwise.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.evaluation.NormaliserFixtures.PROFILE;
import static org.taperwise.evaluation.NormaliserFixtures.issues;
import static org.taperwise.evaluation.NormaliserFixtures.tablet;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.evaluation.Normaliser.Issue;
import org.taperwise.rules.ContinuousOpioidSupply;
import org.taperwise.rules.SupplyPattern;

/**
 * Continuous opioid supply and supply patterns over the issue history. The test profile allows a 14-day gap, looks
 * back 180 days for patterns, and calls an issue early before 0.85 of the previous supply has passed.
 */
class SupplyHistoryTest {
    private static final int GAP = 14;
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    /** The last day of a 28-day issue on {@link #START}. */
    private static final LocalDate FIRST_RUNS_OUT = START.plusDays(27);

    private static ContinuousOpioidSupply run(LocalDate asOf, List<Issue> issues) {
        return SupplyHistory.continuousSupply(issues, asOf, GAP);
    }

    private static List<SupplyPattern> patterns(LocalDate asOf, List<Issue> issues) {
        return SupplyHistory.supplyPatterns(issues, asOf, PROFILE.parameters());
    }

    /** A first morphine issue on {@link #START} and a second one issued on {@code second}, 28 days each. */
    private static List<Issue> twoIssues(LocalDate asOf, LocalDate second) {
        return issues(asOf, tablet("morphine", 10, 2, START, 28).id("a").build(),
                tablet("morphine", 10, 2, second, 28).id("b").build());
    }

    @Test
    void aGapNoLongerThanAllowed_keepsTheSupplyContinuous() {
        LocalDate second = FIRST_RUNS_OUT.plusDays(GAP + 1);
        ContinuousOpioidSupply run = run(second, twoIssues(second, second));
        assertEquals(new ContinuousOpioidSupply(START, second.plusDays(27), true), run);
    }

    @Test
    void aGapLongerThanAllowed_startsANewRun() {
        LocalDate second = FIRST_RUNS_OUT.plusDays(GAP + 2);
        ContinuousOpioidSupply run = run(second, twoIssues(second, second));
        assertEquals(new ContinuousOpioidSupply(second, second.plusDays(27), true), run);
    }

    @Test
    void overlappingIssues_extendTheRunToTheLatestLastDay_inIssueDateOrder() {
        LocalDate asOf = START.plusDays(30);
        List<Issue> issues = issues(asOf, tablet("morphine", 10, 2, START.plusDays(20), 28).build(),
                tablet("oxycodone", 5, 2, START, 7).build(), tablet("morphine", 10, 2, START, 28).build());
        assertEquals(new ContinuousOpioidSupply(START, START.plusDays(47), true), run(asOf, issues));
    }

    @Test
    void theRunIsOngoing_untilTheAllowedGapAfterItsLastDayHasPassed() {
        List<Issue> one = issues(START, tablet("morphine", 10, 2, START, 28).build());
        assertTrue(run(FIRST_RUNS_OUT.plusDays(GAP), one).ongoing());
        assertFalse(run(FIRST_RUNS_OUT.plusDays(GAP + 1), one).ongoing());
    }

    @Test
    void withoutAnOpioidIssue_thereIsNoRun() {
        assertNull(run(START, issues(START, tablet("diazepam", 5, 2, START, 28).build(),
                tablet("mysteryol", 5, 2, START, 28).build())));
    }

    @Test
    void anIssueBeforeTheFractionOfThePreviousSupplyHasPassed_isEarly() {
        // 0.85 x 28 days = 23.8 days: day 23 is early, day 24 is not
        LocalDate asOf = START.plusDays(60);
        SupplyPattern early = patterns(asOf, twoIssues(asOf, START.plusDays(23))).get(0);
        assertEquals(1, early.earlyIssues());
        assertEquals(List.of("b"), early.earlyRefs());
        assertEquals(0, patterns(asOf, twoIssues(asOf, START.plusDays(24))).get(0).earlyIssues());
    }

    @Test
    void supplyRatio_isDaysSuppliedPerDayElapsed_betweenTheFirstAndLastIssueInTheWindow() {
        LocalDate asOf = START.plusDays(60);
        SupplyPattern p = patterns(asOf, twoIssues(asOf, START.plusDays(14))).get(0);
        assertEquals(2.0, p.supplyRatio(), 1e-9, "28 days supplied over 14 days elapsed");
        assertEquals(List.of("a", "b"), p.refs());
        assertEquals(0.0, patterns(asOf, issues(asOf, tablet("morphine", 10, 2, START, 28).build())).get(0)
                .supplyRatio(), "one issue: no ratio");
    }

    @Test
    void onePatternPerProduct_namedByMedicineFormAndStrength() {
        LocalDate asOf = START.plusDays(10);
        List<SupplyPattern> ps = patterns(asOf, issues(asOf, tablet("oxycodone", 5, 4, START.plusDays(2), 7).build(),
                tablet("morphine", 10, 2, START, 28).build(), tablet("morphine", 10, 3, START.plusDays(5), 28).build(),
                tablet("diazepam", 5, 2, START, 28).build()));
        assertEquals(List.of("morphine tablet 10 mg", "oxycodone tablet 5 mg"),
                ps.stream().map(SupplyPattern::product).toList());
        assertEquals(2, ps.get(0).refs().size(), "a dose change is the same product");
    }

    @Test
    void issuesBeforeTheReviewWindow_areNotCounted_andAProductWithNoneInItHasNoPattern() {
        LocalDate asOf = START.plusDays(200);
        // 180-day window: START + 20 is its first day; the repeat on day 10 is early but outside it
        List<Issue> issues = issues(asOf, tablet("morphine", 10, 2, START, 28).id("a").build(),
                tablet("morphine", 10, 2, START.plusDays(10), 28).id("b").build(),
                tablet("oxycodone", 5, 4, START.plusDays(5), 7).id("c").build());
        assertEquals(List.of(), patterns(asOf, issues));
        List<SupplyPattern> withOneInWindow = patterns(asOf, issues(asOf,
                tablet("morphine", 10, 2, START, 28).id("a").build(),
                tablet("morphine", 10, 2, START.plusDays(10), 28).id("b").build(),
                tablet("morphine", 10, 2, START.plusDays(20), 28).id("c").build()));
        assertEquals(1, withOneInWindow.size());
        assertEquals(List.of("c"), withOneInWindow.get(0).refs());
        assertEquals(List.of("c"), withOneInWindow.get(0).earlyRefs(),
                "an issue in the window is early against the issue before it, even one outside the window");
    }
}

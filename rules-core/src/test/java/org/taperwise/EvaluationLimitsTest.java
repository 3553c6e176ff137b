package org.taperwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;

/**
 * Bounded evaluation: rules that keep re-firing, or loop without end in a consequence, fail that evaluation with an
 * {@link EvaluationException} naming the rule, within the engine's limits, instead of hanging the host.
 */
class EvaluationLimitsTest {
    private static Ruleset looping;

    @BeforeAll
    static void load(@TempDir Path dir) throws IOException {
        Path folder = TestRulesets.copyOfMinimal(dir);
        Files.writeString(folder.resolve("rules/loop.drl"), """
                package loop;

                import org.taperwise.rules.MmeTotal;
                import java.util.Iterator;

                declare Counter
                    n : int
                end

                rule "Start counting"
                    @id("LOOP-01") @version("1.0.0") @source("test")
                when
                    MmeTotal( totalDailyMg > 500 )
                then
                    insert( new Counter( 0 ) );
                end

                rule "Count for ever"
                    @id("LOOP-02") @version("1.0.0") @source("test")
                when
                    $c : Counter( n >= 0 )
                then
                    modify( $c ) { setN( $c.getN() + 1 ) };
                end

                rule "Iterate for ever"
                    @id("LOOP-03") @version("1.0.0") @source("test")
                when
                    MmeTotal( totalDailyMg > 200, totalDailyMg <= 500 )
                then
                    Iterator it = new Iterator() {
                        public boolean hasNext() { return true; }
                        public Object next() { return "again"; }
                    };
                    while ( it.hasNext() ) {
                        it.next();
                    }
                end
                """);
        Ruleset.updateManifest(folder);
        looping = Ruleset.fromDirectory(folder);
    }

    private static PatientFacts morphine(int mgTwiceADay) {
        return PatientFacts.builder("p-1", LocalDate.of(2026, 11, 1))
                .prescription(Prescription.builder().id("rx-1").medicine("morphine").form(Form.TABLET)
                        .strength(mgTwiceADay, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(2)
                        .issued(LocalDate.of(2026, 10, 20)).daysSupply(28).build())
                .build();
    }

    @Test
    void rulesThatKeepReFiring_stopAtTheFiringCap_namingTheRule() {
        TaperwiseEngine engine = TaperwiseEngine.builder().ruleset(looping).maxRuleFirings(500).build();

        EvaluationException e = assertThrows(EvaluationException.class, () -> engine.evaluate(morphine(300)));

        assertTrue(e.getMessage().contains("more than 500 rule firings"), e.getMessage());
        assertTrue(e.getMessage().contains("LOOP-02"), e.getMessage());
    }

    @Test
    void rulesThatRunPastTheTimeBudget_stop_namingTheRule() {
        TaperwiseEngine engine = TaperwiseEngine.builder().ruleset(looping).timeBudget(Duration.ofNanos(1)).build();

        EvaluationException e = assertThrows(EvaluationException.class, () -> engine.evaluate(morphine(300)));

        assertTrue(e.getMessage().contains("time budget"), e.getMessage());
        assertTrue(e.getMessage().contains("LOOP-0"), e.getMessage());
    }

    @Test
    void aLoopInAConsequenceThatNeverEnds_stopsAtTheLoopBudget_namingTheRule() {
        TaperwiseEngine engine = TaperwiseEngine.builder().ruleset(looping).timeBudget(Duration.ofMinutes(5)).build();

        EvaluationException e = assertThrows(EvaluationException.class, () -> engine.evaluate(morphine(150)));

        assertTrue(e.getMessage().contains("loop iterations"), e.getMessage());
        assertTrue(e.getMessage().contains("LOOP-03"), e.getMessage());
    }

    @Test
    void theDefaults_are10000FiringsAnd2Seconds_andOtherRulesetsAreUnaffected() {
        TaperwiseEngine engine = TaperwiseEngine.builder().ruleset(TestRulesets.minimal()).build();

        assertEquals(new EvaluationLimits(10_000, Duration.ofSeconds(2)), engine.limits());
        assertEquals(1, engine.evaluate(morphine(100)).flags().size());
    }

    @Test
    void limits_areChecked() {
        assertThrows(IllegalArgumentException.class, () -> TaperwiseEngine.builder().maxRuleFirings(0));
        assertThrows(IllegalArgumentException.class, () -> TaperwiseEngine.builder().timeBudget(Duration.ZERO));
    }
}

package org.taperwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.model.Assessment;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.FlagCode;
import org.taperwise.model.Form;
import org.taperwise.model.MmeItem;
import org.taperwise.model.MmeStatus;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.WarningCode;

/** The engine on the minimal test ruleset: the current regimen, the morphine-equivalent total and the audit. */
class EngineTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final TaperwiseEngine ENGINE = TaperwiseEngine.builder().ruleset(TestRulesets.minimal()).build();

    private static Prescription.Builder tablet(String id, String medicine, double strengthMg, double units, double times,
            LocalDate issued) {
        return Prescription.builder().id(id).medicine(medicine).form(Form.TABLET).strength(strengthMg, StrengthUnit.MG)
                .dose(units, DoseUnit.UNIT).timesPerDay(times).issued(issued).daysSupply(28);
    }

    private static Assessment evaluate(Prescription... rx) {
        PatientFacts.Builder b = PatientFacts.builder("p-1", AS_OF).birthDate(LocalDate.of(1970, 1, 1));
        for (Prescription p : rx) {
            b.prescription(p);
        }
        return ENGINE.evaluate(b.build());
    }

    private static MmeItem item(Assessment a, String id) {
        return a.mme().items().stream().filter(i -> i.prescriptionId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id + " in " + a.mme().items()));
    }

    @Test
    void repeatIssuesOfOneRegimen_countOnce() {
        Assessment a = evaluate(tablet("rx-1", "morphine", 30, 1, 2, AS_OF.minusDays(20)).build(),
                tablet("rx-2", "morphine", 30, 1, 2, AS_OF.minusDays(5)).build());
        assertEquals(60.0, a.mme().totalDailyMg());
        assertEquals(List.of("rx-2"), a.mme().items().stream().map(MmeItem::prescriptionId).toList());
    }

    @Test
    void twoRegimensInSupply_areSummed() {
        Assessment a = evaluate(tablet("rx-1", "morphine", 30, 1, 2, AS_OF.minusDays(5)).build(),
                tablet("rx-2", "oxycodone", 10, 1, 2, AS_OF.minusDays(5)).build());
        assertEquals(90.0, a.mme().totalDailyMg());
        assertTrue(a.mme().complete());
    }

    @Test
    void issuesWhoseSupplyEnded_areNotCurrent() {
        Assessment a = evaluate(tablet("old", "oxycodone", 10, 1, 2, AS_OF.minusDays(60)).build(),
                tablet("now", "morphine", 30, 1, 2, AS_OF.minusDays(5)).build());
        assertEquals(60.0, a.mme().totalDailyMg());
    }

    @Test
    void laterIssueWithAnotherDose_supersedesTheEarlierRegimenOfTheSameProduct() {
        Assessment a = evaluate(tablet("rx-1", "morphine", 30, 1, 2, AS_OF.minusDays(20)).build(),
                tablet("rx-2", "morphine", 30, 1, 3, AS_OF.minusDays(5)).build());
        assertEquals(90.0, a.mme().totalDailyMg());
        assertTrue(a.warnings().stream().anyMatch(w -> w.code() == WarningCode.REGIMEN_SUPERSEDED
                && w.path().equals("prescriptions[0]")));
    }

    @Test
    void twoStrengthsIssuedTheSameDay_areTakenTogether() {
        Assessment a = evaluate(tablet("rx-1", "oxycodone", 20, 1, 2, AS_OF.minusDays(5)).build(),
                tablet("rx-2", "oxycodone", 5, 1, 2, AS_OF.minusDays(5)).build());
        assertEquals(75.0, a.mme().totalDailyMg());
    }

    @Test
    void whenNothingIsInSupply_theRegimenInSupplyWhenItLastRanIsUsed_andSaid() {
        Assessment a = evaluate(tablet("rx-1", "morphine", 30, 1, 2, AS_OF.minusDays(35)).build(),
                tablet("rx-2", "oxycodone", 10, 1, 2, AS_OF.minusDays(35)).build(),
                tablet("stopped-earlier", "morphine", 5, 1, 2, AS_OF.minusDays(60)).build(),
                tablet("ancient", "morphine", 10, 1, 1, AS_OF.minusDays(400)).build());
        assertEquals(90.0, a.mme().totalDailyMg());
        assertTrue(a.warnings().stream().anyMatch(w -> w.code() == WarningCode.CURRENT_REGIMEN_FROM_LAST_SUPPLY));
    }

    @Test
    void patches_useTheStrengthSpecificFactor() {
        Assessment a = evaluate(Prescription.builder().id("p").medicine("fentanyl").form(Form.PATCH)
                .strength(12, StrengthUnit.MICROGRAM_PER_HOUR).dose(2, DoseUnit.UNIT).changeEveryDays(3).quantity(10)
                .issued(AS_OF.minusDays(2)).build());
        MmeItem i = item(a, "p");
        assertEquals(2.5, i.factor());
        assertEquals(60.0, i.dailyMme());
        assertEquals(24.0, i.dailyDose().value());
        assertEquals("microgram/hour", i.dailyDose().unit());
    }

    @Test
    void excludedMedicine_hasNoFactorAndMakesTheTotalIncomplete() {
        Assessment a = evaluate(Prescription.builder().id("b").medicine("buprenorphine").form(Form.PATCH)
                .strength(10, StrengthUnit.MICROGRAM_PER_HOUR).dose(1, DoseUnit.UNIT).changeEveryDays(7)
                .issued(AS_OF.minusDays(2)).daysSupply(28).build());
        MmeItem i = item(a, "b");
        assertEquals(MmeStatus.EXCLUDED, i.status());
        assertNull(i.factor());
        assertNull(i.dailyMme());
        assertFalse(a.mme().complete());
        assertEquals(0.0, a.mme().totalDailyMg());
    }

    @Test
    void unknownMedicine_isNotComputableAndMakesTheTotalIncomplete_neverZeroSilently() {
        Assessment a = evaluate(tablet("u", "wondermorph", 10, 1, 2, AS_OF.minusDays(2)).build(),
                tablet("m", "morphine", 10, 1, 2, AS_OF.minusDays(2)).build());
        assertEquals(MmeStatus.NOT_COMPUTABLE, item(a, "u").status());
        assertFalse(a.mme().complete());
        assertEquals(20.0, a.mme().totalDailyMg());
    }

    @Test
    void routeWithoutAFactor_isNotComputable() {
        Assessment a = evaluate(Prescription.builder().id("i").medicine("oxycodone").form(Form.INJECTION)
                .dose(5, DoseUnit.MG).timesPerDay(4).issued(AS_OF.minusDays(2)).daysSupply(7).build());
        MmeItem i = item(a, "i");
        assertEquals(MmeStatus.NOT_COMPUTABLE, i.status());
        assertTrue(i.note().contains("no conversion factor"), i.note());
    }

    @Test
    void methadoneBands_applyToTheDailyDose() {
        assertEquals(4.0, item(evaluate(Prescription.builder().id("m").medicine("methadone").form(Form.ORAL_SOLUTION)
                .strength(1, StrengthUnit.MG_PER_ML).dose(20, DoseUnit.ML).timesPerDay(1).issued(AS_OF).daysSupply(7)
                .build()), "m").factor());
        assertEquals(8.0, item(evaluate(Prescription.builder().id("m").medicine("methadone").form(Form.ORAL_SOLUTION)
                .strength(1, StrengthUnit.MG_PER_ML).dose(20.5, DoseUnit.ML).timesPerDay(1).issued(AS_OF).daysSupply(7)
                .build()), "m").factor());
    }

    @Test
    void prescriptionWithoutId_isNamedByItsJsonPath() {
        Assessment a = evaluate(Prescription.builder().medicine("morphine").form(Form.TABLET)
                .strength(10, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(2).issued(AS_OF).daysSupply(28).build());
        assertEquals("prescriptions[0]", a.mme().items().get(0).prescriptionId());
    }

    @Test
    void missingDaysSupply_isDerived_elseAssumedWithAWarning() {
        Prescription noSupply = Prescription.builder().id("n").medicine("morphine").form(Form.TABLET)
                .strength(10, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(2).issued(AS_OF.minusDays(20)).build();
        Assessment a = evaluate(noSupply);
        assertEquals(WarningCode.DAYS_SUPPLY_ASSUMED, a.warnings().get(0).code());
        assertEquals("prescriptions[0].daysSupply", a.warnings().get(0).path());
        Prescription withQuantity = Prescription.builder().id("q").medicine("morphine").form(Form.TABLET)
                .strength(10, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(2).quantity(56)
                .issued(AS_OF.minusDays(20)).build();
        assertTrue(evaluate(withQuantity).warnings().isEmpty());
    }

    @Test
    void findings_carryTheirRulesMetadata_andFiredRulesAreAudited() {
        Assessment a = evaluate(tablet("rx", "morphine", 100, 1, 2, AS_OF.minusDays(5)).build());
        assertTrue(a.hasFlag(FlagCode.HIGH_DOSE));
        assertEquals("T-01", a.flag(FlagCode.HIGH_DOSE).orElseThrow().ruleId());
        assertEquals("test fixture", a.flag(FlagCode.HIGH_DOSE).orElseThrow().source());
        assertEquals(List.of("T-01", "T-C01"), a.firedRules().stream().map(r -> r.id()).toList());
        assertEquals("1.0.0", a.firedRules().get(0).version());
        assertEquals(TestRulesets.minimal().info(), a.ruleset());
        assertEquals("test", a.profile());
    }

    @Test
    void thresholdComparison_followsTheProfile_above120IsNot120() {
        assertFalse(evaluate(tablet("rx", "morphine", 60, 1, 2, AS_OF.minusDays(5)).build()).hasFlag(FlagCode.HIGH_DOSE));
        assertTrue(evaluate(tablet("rx", "morphine", 60.5, 1, 2, AS_OF.minusDays(5)).build()).hasFlag(FlagCode.HIGH_DOSE));
    }

    @Test
    void invalidFactsFromJava_areRefusedWithEveryProblem() {
        PatientFacts bad = PatientFacts.builder(" ", null).prescription(Prescription.builder().medicine("morphine")
                .dose(-1, DoseUnit.UNIT).build()).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.evaluate(bad));
        assertEquals(List.of("patientId", "asOf", "prescriptions[0].dose.value", "prescriptions[0].issued"),
                e.problems().stream().map(Problem::path).toList());
    }

    @Test
    void aMidTaperStartOutOfRange_andAPauseBeforeTheStart_areBadInputWithTheirPaths() {
        PatientFacts bad = PatientFacts.builder("p", AS_OF).prescription(tablet("rx", "morphine", 30, 1, 2,
                AS_OF.minusDays(5)).build()).taperRequest(new org.taperwise.model.TaperRequest(null, null, List.of(),
                        new java.math.BigDecimal("-5"), AS_OF.minusDays(1))).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.evaluate(bad));
        assertEquals(List.of("taperRequest.startingDailyMme", "taperRequest.holdUntil"),
                e.problems().stream().map(Problem::path).toList());
        assertEquals("-5", e.problems().get(0).value());
    }

    @Test
    void builder_checksItsArguments() {
        assertThrows(NullPointerException.class, () -> TaperwiseEngine.builder().ruleset(null));
        assertThrows(IllegalArgumentException.class, () -> TaperwiseEngine.builder().profile(" "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TaperwiseEngine.builder().ruleset(TestRulesets.minimal()).profile("uk").build());
        assertTrue(e.getMessage().contains("test"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ENGINE.evaluate(
                PatientFacts.builder("p", AS_OF).build(), "nope"));
    }

    /** Issue 10: the taper request's policy is checked with every other input check, before evaluation. */
    @Test
    void anUnknownTaperPolicy_isBadInputWithItsPath_fromValidateAndEvaluateAlike() {
        PatientFacts facts = PatientFacts.builder("p-1", AS_OF)
                .prescription(tablet("rx-1", "morphine", 10, 1, 2, AS_OF.minusDays(3)).build())
                .taperRequest(new org.taperwise.model.TaperRequest("no-such-policy", null, null)).build();
        java.util.List<Problem> problems = ENGINE.validate(facts);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("taperRequest.policy", problems.get(0).path());
        assertEquals("\"no-such-policy\"", problems.get(0).value());
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> ENGINE.evaluate(facts));
        assertEquals(problems, e.problems());
    }
}

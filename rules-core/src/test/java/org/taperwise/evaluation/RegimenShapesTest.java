package org.taperwise.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.MmeItem;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.TimeOfDay;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;
import org.taperwise.rules.ContinuousOpioidSupply;

/**
 * Regimen shapes as GP systems and dispensing data record them (issue 11): doses by time of day, dispensing records
 * without a dosage instruction, as-needed use read from the issue history. Each shape both ways.
 */
class RegimenShapesTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static Prescription.Builder oxycodoneMr10() {
        return Prescription.builder().medicine("oxycodone").form(Form.MR_TABLET).strength(10, StrengthUnit.MG);
    }

    private static BigDecimal daily(Prescription rx) {
        DailyDose d = DoseArithmetic.daily(rx);
        assertTrue(d.computable(), () -> "not computable: " + d.problem());
        return d.amount().stripTrailingZeros();
    }

    @Test
    void dosesByTimeOfDay_areSummed_20mgMorningAnd30mgNightIs50mg() {
        Prescription rx = oxycodoneMr10().dose(TimeOfDay.MORNING, 2, DoseUnit.UNIT).dose(TimeOfDay.NIGHT, 30,
                DoseUnit.MG).issued(AS_OF).build();
        assertEquals(0, new BigDecimal("50").compareTo(daily(rx)));
    }

    @Test
    void dosesByTimeOfDay_giveTheDaysAQuantityLasts() {
        Prescription rx = oxycodoneMr10().dose(TimeOfDay.MORNING, 2, DoseUnit.UNIT).dose(TimeOfDay.NIGHT, 3,
                DoseUnit.UNIT).quantity(140).issued(AS_OF).build();
        assertEquals(28, DoseArithmetic.derivedDaysSupply(rx));
    }

    @Test
    void aDispensingRecord_givesQuantityTimesStrengthOverDaysSupply() {
        Prescription tablets = oxycodoneMr10().quantity(56).daysSupply(28).issued(AS_OF).build();
        assertEquals(0, new BigDecimal("20").compareTo(daily(tablets)));
        Prescription solution = Prescription.builder().medicine("morphine").form(Form.ORAL_SOLUTION)
                .strength(2, StrengthUnit.MG_PER_ML).quantity(300).daysSupply(30).issued(AS_OF).build();
        assertEquals(0, new BigDecimal("20").compareTo(daily(solution)));
        Prescription patches = Prescription.builder().medicine("fentanyl").form(Form.PATCH)
                .strength(25, StrengthUnit.MICROGRAM_PER_HOUR).changeEveryDays(3).quantity(10).daysSupply(30)
                .issued(AS_OF).build();
        assertEquals(0, new BigDecimal("25").compareTo(daily(patches)));
    }

    @Test
    void aDispensingRecord_withoutADaysSupply_orAPatchWithoutItsChangeInterval_isNotComputable() {
        assertFalse(DoseArithmetic.daily(oxycodoneMr10().quantity(56).issued(AS_OF).build()).computable());
        DailyDose patch = DoseArithmetic.daily(Prescription.builder().medicine("fentanyl").form(Form.PATCH)
                .strength(25, StrengthUnit.MICROGRAM_PER_HOUR).quantity(10).daysSupply(30).issued(AS_OF).build());
        assertFalse(patch.computable());
        assertTrue(patch.problem().contains("changeEveryDays"), patch.problem());
    }

    /** Eight issues of morphine 2 mg/ml solution, 100 ml every 28 days, 5 ml up to four times a day when needed. */
    private static List<Prescription> monthlyOramorph(IntFunction<Prescription.Builder> each) {
        List<Prescription> out = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            out.add(each.apply(k).issued(AS_OF.minusDays(21 + 28L * (7 - k))).build());
        }
        return out;
    }

    private static Prescription.Builder oramorph(int k) {
        return Prescription.builder().id("om-" + k).medicine("morphine").form(Form.ORAL_SOLUTION)
                .strength(2, StrengthUnit.MG_PER_ML).dose(5, DoseUnit.ML).timesPerDay(4).asNeeded(true).quantity(100);
    }

    private static Normaliser.Prepared prepare(List<Prescription> rxs) {
        PatientFacts.Builder b = PatientFacts.builder("p", AS_OF).birthDate(LocalDate.of(1960, 1, 1));
        rxs.forEach(b::prescription);
        return Normaliser.prepare(b.build(), NormaliserFixtures.PROFILE, NormaliserFixtures.RESOLVER,
                NormaliserFixtures.CODES);
    }

    @Test
    void monthlyAsNeededIssues_lastUntilTheNext_soUseIsContinuous() {
        Normaliser.Prepared p = prepare(monthlyOramorph(RegimenShapesTest::oramorph));
        ContinuousOpioidSupply run = p.facts().stream().filter(ContinuousOpioidSupply.class::isInstance)
                .map(ContinuousOpioidSupply.class::cast).findFirst().orElseThrow();
        assertEquals(AS_OF.minusDays(21 + 28L * 7), run.since(), "continuous from the first issue");
        assertTrue(run.ongoing());
    }

    @Test
    void monthlyAsNeededIssues_estimateUse_besideThePrescribedMaximum() {
        MmeItem item = prepare(monthlyOramorph(RegimenShapesTest::oramorph)).mme().items().get(0);
        assertEquals(40.0, item.dailyMme(), "the headline keeps the prescribed maximum (CDC convention)");
        // 7 issues x 100 ml x 2 mg/ml over the 196 days from the first issue to the latest
        assertEquals(7.143, item.estimatedDailyDose().value(), 0.001);
        assertEquals(7.14, item.estimatedDailyMme(), 0.001);
    }

    @Test
    void oneAsNeededIssue_hasNoEstimate_andIsReadAtTheMostAllowedUse() {
        Normaliser.Prepared p = prepare(List.of(oramorph(0).issued(AS_OF.minusDays(2)).build()));
        MmeItem item = p.mme().items().get(0);
        assertNull(item.estimatedDailyDose());
        assertEquals(5, p.issues().get(0).daysSupply(), "100 ml at 20 ml a day");
    }

    @Test
    void anAsNeededIssue_withAGivenDaysSupply_keepsIt() {
        List<Prescription> rxs = monthlyOramorph(k -> oramorph(k).daysSupply(10));
        assertTrue(prepare(rxs).issues().stream().allMatch(i -> i.daysSupply() == 10));
    }

    @Test
    void aRegularIssue_isNotReReadAsAsNeeded() {
        List<Prescription> rxs = monthlyOramorph(k -> oramorph(k).asNeeded(false));
        assertTrue(prepare(rxs).issues().stream().allMatch(i -> i.daysSupply() == 5));
    }

    @Test
    void aDispensingRecord_isEvaluatedWithAWarning_oncePerRegimen() {
        List<Prescription> rxs = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            rxs.add(oxycodoneMr10().id("d-" + k).quantity(56).daysSupply(28).issued(AS_OF.minusDays(28L * k)).build());
        }
        Normaliser.Prepared p = prepare(rxs);
        assertEquals(30.0, p.mme().totalDailyMg());
        List<Warning> w = p.warnings().stream().filter(x -> x.code() == WarningCode.DAILY_DOSE_FROM_SUPPLY).toList();
        assertEquals(1, w.size(), w::toString);
    }

    @Test
    void aProfileThatCountsEstimatedUse_putsTheEstimateInTheItemAndTheTotal() throws java.io.IOException {
        String text;
        try (var in = RegimenShapesTest.class.getResourceAsStream("/rulesets/minimal/profiles/test.json")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<org.taperwise.RulesetProblem> problems = new ArrayList<>();
        org.taperwise.tables.Profile estimating = org.taperwise.tables.ProfileLoader.load("profiles/test.json",
                text.replace("\"prnMmeFromEstimatedUse\": { \"value\": false", "\"prnMmeFromEstimatedUse\": { \"value\": true"),
                path -> NormaliserFixtures.CONVERSIONS, problems);
        assertTrue(problems.isEmpty(), problems::toString);
        PatientFacts.Builder b = PatientFacts.builder("p", AS_OF).birthDate(LocalDate.of(1960, 1, 1));
        monthlyOramorph(RegimenShapesTest::oramorph).forEach(b::prescription);
        Normaliser.Prepared p = Normaliser.prepare(b.build(), estimating, NormaliserFixtures.RESOLVER,
                NormaliserFixtures.CODES);
        MmeItem item = p.mme().items().get(0);
        assertEquals(7.14, item.dailyMme(), 0.001);
        assertEquals(7.1, p.mme().totalDailyMg(), 0.001);
        assertTrue(item.note().contains("the prescribed maximum is 40 mg a day"), item.note());
    }
}

package org.taperwise.taper;

import org.taperwise.evaluation.DailyDose;
import org.taperwise.evaluation.DoseArithmetic;
import org.taperwise.rules.TaperPolicyRole;
import org.taperwise.tables.ConversionTable;
import org.taperwise.tables.MedicineEntry;
import org.taperwise.tables.MedicinesTable;
import org.taperwise.tables.Product;
import org.taperwise.tables.TaperPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.Prescription;
import org.taperwise.model.Route;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.TaperBasis;
import org.taperwise.model.TaperStep;

/**
 * Golden plans: the worked examples of {@code shared/research/taper.md} section 6, each with the policy and the
 * rounding rule it follows, reproduced step by step.
 */
class TaperPlannerGoldenTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 1);
    private static final MedicinesTable MEDICINES = TaperFixtures.MEDICINES;
    private static final ConversionTable UK = TaperFixtures.UK;

    private static List<Product> products(String medicine, Form form, boolean combine, Double changeDays,
            double... strengths) {
        List<Product> out = new ArrayList<>();
        for (double s : strengths) {
            out.add(new Product(medicine, form, BigDecimal.valueOf(s), form == Form.PATCH ? "microgram/hour" : "mg",
                    combine, null, null, changeDays == null ? null : BigDecimal.valueOf(changeDays), null, "test", 0));
        }
        return out;
    }

    private static TaperPolicy policy(double percent, TaperBasis basis, int days, Double slowBelow, Double slowPercent) {
        return new TaperPolicy("p", TaperPolicyRole.STANDARD, percent, basis, days, slowBelow, slowPercent, false, "test", null, 0);
    }

    private static List<TaperStep> plan(Prescription rx, List<Product> products, TaperPolicy policy) throws Exception {
        MedicineEntry med = MEDICINES.find(rx.medicine());
        DailyDose daily = DoseArithmetic.daily(rx);
        Drug drug = new Drug("rx", med, rx, Route.of(rx.form()),
                Thousandths.of(daily.amount()), products, UK, 1, 10);
        return TaperSchedule.steps(List.of(drug), policy, Pacing.NONE, START, new ArrayList<>());
    }

    private static List<Double> daily(List<TaperStep> steps) {
        return steps.stream().map(s -> s.doses().isEmpty() ? 0.0 : s.doses().get(0).dailyDose().value()).toList();
    }

    private static List<Long> days(List<TaperStep> steps) {
        return steps.stream().map(s -> ChronoUnit.DAYS.between(s.start(), s.end()) + 1).toList();
    }

    private static List<String> regimens(List<TaperStep> steps) {
        return steps.stream().map(s -> s.doses().isEmpty() ? "stop" : s.doses().get(0).regimen()).toList();
    }

    /**
     * E1, CDC long-term: 10% of the ORIGINAL dose a month (28 days), oxycodone MR 40 mg twice a day. Rounding R1:
     * nearest 5 mg a day, ties upward; evening dose not smaller than the morning; at the smallest strength, once
     * a day, then stop.
     */
    @Test
    void e1_oxycodoneMr_cdcLongTerm_tenPercentOfOriginalMonthly() throws Exception {
        Prescription rx = Prescription.builder().medicine("oxycodone").form(Form.MR_TABLET).strength(40, StrengthUnit.MG)
                .dose(1, DoseUnit.UNIT).timesPerDay(2).issued(START).daysSupply(28).build();
        List<TaperStep> steps = plan(rx, products("oxycodone", Form.MR_TABLET, true, null, 5, 10, 15, 20, 30, 40, 60, 80),
                policy(10, TaperBasis.ORIGINAL, 28, null, null));
        assertEquals(List.of(80.0, 70.0, 65.0, 55.0, 50.0, 40.0, 30.0, 25.0, 15.0, 10.0, 5.0, 0.0), daily(steps));
        assertEquals(List.of(120.0, 105.0, 97.5, 82.5, 75.0, 60.0, 45.0, 37.5, 22.5, 15.0, 7.5, 0.0),
                steps.stream().map(TaperStep::totalDailyMme).toList());
        assertEquals("30 mg in the morning, 35 mg (1 x 30 mg + 1 x 5 mg) in the evening", regimens(steps).get(2));
        assertEquals("5 mg in the morning, 10 mg in the evening", regimens(steps).get(8));
        assertEquals("5 mg at night", regimens(steps).get(10));
        assertTrue(days(steps).stream().allMatch(d -> d == 28), days(steps)::toString);
    }

    /**
     * E2, CDC/HHS short-term two-phase: 10% of the ORIGINAL dose a week while the target is at least 30% of the
     * original, then 10% of the remaining (unrounded) target a week; morphine MR 60 mg twice a day. Rounding:
     * nearest 5 mg a day, ties upward; weeks that would not change the dose are merged; below 5 mg, stop.
     */
    @Test
    void e2_morphineMr_cdcShortTerm_twoPhases() throws Exception {
        Prescription rx = Prescription.builder().medicine("morphine").form(Form.MR_TABLET).strength(60, StrengthUnit.MG)
                .dose(1, DoseUnit.UNIT).timesPerDay(2).issued(START).daysSupply(28).build();
        List<TaperStep> steps = plan(rx, products("morphine", Form.MR_TABLET, true, null, 5, 10, 15, 30, 60, 100, 200),
                policy(10, TaperBasis.ORIGINAL, 7, 30.0, 10.0));
        assertEquals(List.of(120.0, 110.0, 95.0, 85.0, 70.0, 60.0, 50.0, 35.0, 30.0, 25.0, 20.0, 15.0, 10.0, 5.0, 0.0),
                daily(steps));
        // weeks: step 0 then weeks 1-7 one week each, 30/25/20 two weeks, 15/10/5 four weeks, stop in week 26
        assertEquals(List.of(7L, 7L, 7L, 7L, 7L, 7L, 7L, 7L, 14L, 14L, 14L, 28L, 28L, 28L, 7L), days(steps));
        assertEquals("5 mg at night", regimens(steps).get(13));
    }

    /**
     * E5, eTG: at most 25% of the ORIGINAL dose a week; tramadol MR 100 mg twice a day. Rounding: nearest makeable
     * dose; the morning dose drops first; once a day at the smallest strength, then stop.
     */
    @Test
    void e5_tramadolMr_eTg_quarterOfOriginalWeekly() throws Exception {
        Prescription rx = Prescription.builder().medicine("tramadol").form(Form.MR_TABLET).strength(100, StrengthUnit.MG)
                .dose(1, DoseUnit.UNIT).timesPerDay(2).issued(START).daysSupply(28).build();
        List<TaperStep> steps = plan(rx, products("tramadol", Form.MR_TABLET, true, null, 50, 100, 150, 200),
                policy(25, TaperBasis.ORIGINAL, 7, null, null));
        assertEquals(List.of(200.0, 150.0, 100.0, 50.0, 0.0), daily(steps));
        assertEquals(List.of("100 mg in the morning, 100 mg in the evening", "50 mg in the morning, 100 mg in the evening",
                "50 mg in the morning, 50 mg in the evening", "50 mg at night", "stop"), regimens(steps));
        assertEquals(List.of(20.0, 15.0, 10.0, 5.0, 0.0), steps.stream().map(TaperStep::totalDailyMme).toList());
    }

    /**
     * E9, fentanyl 50 microgram/hour, UK patch strengths 12/25/50/75/100, CDC long-term 10% of the ORIGINAL a month:
     * each patch step is 25% of the original, so each step removes one patch strength and steps are spaced at least
     * 10 weeks, rounded up to whole 72-hour patch changes (72 days).
     */
    @Test
    void e9_fentanylPatch_stepsOfOnePatchStrengthTenWeeksApart() throws Exception {
        Prescription rx = Prescription.builder().medicine("fentanyl").form(Form.PATCH)
                .strength(50, StrengthUnit.MICROGRAM_PER_HOUR).dose(1, DoseUnit.UNIT).changeEveryDays(3).issued(START)
                .daysSupply(30).build();
        List<TaperStep> steps = plan(rx, products("fentanyl", Form.PATCH, true, 3.0, 12, 25, 50, 75, 100),
                policy(10, TaperBasis.ORIGINAL, 28, null, null));
        assertEquals(List.of(50.0, 37.0, 25.0, 12.0, 0.0), daily(steps));
        assertEquals(List.of(120.0, 90.0, 60.0, 30.0, 0.0), steps.stream().map(TaperStep::totalDailyMme).toList());
        assertEquals(List.of(72L, 72L, 72L, 72L, 30L), days(steps));
        assertEquals("one 25 microgram/hour patch and one 12 microgram/hour patch, changed every 3 days",
                regimens(steps).get(1));
    }

    /**
     * E10, buprenorphine 7-day patch 20 microgram/hour, Opioids Aware equivalents, 10% of the ORIGINAL a month:
     * 25% steps, so at least 10 weeks apart, on the weekly change day (70 days).
     */
    @Test
    void e10_buprenorphine7DayPatch_weeklyChangeDays() throws Exception {
        Prescription rx = Prescription.builder().medicine("buprenorphine").form(Form.PATCH)
                .strength(20, StrengthUnit.MICROGRAM_PER_HOUR).dose(1, DoseUnit.UNIT).changeEveryDays(7).issued(START)
                .daysSupply(28).build();
        List<TaperStep> steps = plan(rx, products("buprenorphine", Form.PATCH, true, 7.0, 5, 10, 15, 20),
                policy(10, TaperBasis.ORIGINAL, 28, null, null));
        assertEquals(List.of(20.0, 15.0, 10.0, 5.0, 0.0), daily(steps));
        assertEquals(List.of(48.0, 36.0, 24.0, 12.0, 0.0), steps.stream().map(TaperStep::totalDailyMme).toList());
        assertEquals(List.of(70L, 70L, 70L, 70L, 28L), days(steps));
    }

    /**
     * E11, co-codamol 30/500 two tablets four times a day, Opioids Aware 10% of the ORIGINAL every 2 weeks: one
     * tablet (12.5%) is the smallest step, so one tablet is removed every 3 weeks (8.3% per 2 weeks), the morning
     * dose first; 24 weeks to stop.
     */
    @Test
    void e11_coCodamol_oneTabletEveryThreeWeeks() throws Exception {
        Prescription rx = Prescription.builder().medicine("co-codamol").form(Form.TABLET).strength(30, StrengthUnit.MG)
                .dose(2, DoseUnit.UNIT).timesPerDay(4).issued(START).daysSupply(28).build();
        List<TaperStep> steps = plan(rx, products("co-codamol", Form.TABLET, false, null, 8, 15, 30),
                policy(10, TaperBasis.ORIGINAL, 14, null, null));
        assertEquals(List.of(240.0, 210.0, 180.0, 150.0, 120.0, 90.0, 60.0, 30.0, 0.0), daily(steps));
        assertEquals(List.of(24.0, 21.0, 18.0, 15.0, 12.0, 9.0, 6.0, 3.0, 0.0),
                steps.stream().map(TaperStep::totalDailyMme).toList());
        assertEquals(List.of(21L, 21L, 21L, 21L, 21L, 21L, 21L, 21L, 14L), days(steps));
        assertEquals(168, ChronoUnit.DAYS.between(steps.get(0).start(), steps.get(8).start()), "24 weeks to stop");
        assertEquals("30 mg in the morning, 60 mg (2 x 30 mg) at midday, 60 mg (2 x 30 mg) in the late afternoon,"
                + " 60 mg (2 x 30 mg) at bedtime", regimens(steps).get(1));
        assertEquals("30 mg at bedtime", regimens(steps).get(7));
    }

    /** Rounding down instead of to the nearest (R1' in taper.md E1) changes months 2, 4, 7 and 9. */
    @Test
    void e1_roundingDown_givesTheR1PrimeSequence() throws Exception {
        Prescription rx = Prescription.builder().medicine("oxycodone").form(Form.MR_TABLET).strength(40, StrengthUnit.MG)
                .dose(1, DoseUnit.UNIT).timesPerDay(2).issued(START).daysSupply(28).build();
        TaperPolicy down = new TaperPolicy("p", TaperPolicyRole.STANDARD, 10, TaperBasis.ORIGINAL, 28, null, null, true, "test", null, 0);
        List<Double> d = daily(plan(rx, products("oxycodone", Form.MR_TABLET, true, null, 5, 10, 15, 20, 30, 40, 60, 80),
                down));
        assertEquals(60.0, d.get(2));
        assertEquals(45.0, d.get(4));
        assertEquals(20.0, d.get(7));
        assertEquals(5.0, d.get(9));
    }
}

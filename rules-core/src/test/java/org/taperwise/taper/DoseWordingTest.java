package org.taperwise.taper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.taperwise.taper.TaperFixtures.drug;
import static org.taperwise.taper.TaperFixtures.fentanyl;
import static org.taperwise.taper.TaperFixtures.milli;
import static org.taperwise.taper.TaperFixtures.oral;
import static org.taperwise.taper.TaperFixtures.oxycodone;
import static org.taperwise.taper.TaperFixtures.parts;
import static org.taperwise.taper.TaperFixtures.patch;
import static org.taperwise.taper.TaperFixtures.product;
import static org.taperwise.taper.TaperFixtures.products;
import static org.taperwise.taper.TaperFixtures.solution;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.model.Administration;
import org.taperwise.model.Amount;
import org.taperwise.model.Form;
import org.taperwise.model.TaperDose;

class DoseWordingTest {
    private static Drug oxycodoneTimes(int times, boolean asNeeded) throws Drug.NotPlannable {
        return drug(oral("oxycodone", Form.MR_TABLET, 10, 1, times, asNeeded), 10.0 * times,
                products("oxycodone", Form.MR_TABLET, true, null, 5, 10, 15, 20, 30, 40, 60, 80));
    }

    /** The regimen text of a tablet dose taken in these administrations (the last of the day). */
    private static String regimen(Drug d, double... amounts) {
        long[] parts = parts(amounts);
        return DoseWording.describe(d, new Dose(Arrays.stream(parts).sum(), parts, false)).regimen();
    }

    @Test
    void twiceADay_namesTheMorningAndTheEvening() throws Exception {
        Drug d = oxycodone(40, 1, 2);
        TaperDose dose = DoseWording.describe(d, d.original);
        assertEquals("40 mg in the morning, 40 mg in the evening", dose.regimen());
        assertEquals(List.of(new Administration("in the morning", new Amount(40.0, "mg"), "1 x 40 mg"),
                new Administration("in the evening", new Amount(40.0, "mg"), "1 x 40 mg")), dose.administrations());
        assertEquals(new Amount(80.0, "mg"), dose.dailyDose());
        assertEquals("oxycodone", dose.medicine());
        assertEquals(Form.MR_TABLET, dose.form());
    }

    @Test
    void anAdministrationOfSeveralTablets_saysWhatMakesIt() throws Exception {
        Drug d = oxycodone(40, 1, 2);
        TaperDose dose = DoseWording.describe(d, new Dose(milli(65), parts(30, 35), false));
        assertEquals("30 mg in the morning, 35 mg (1 x 30 mg + 1 x 5 mg) in the evening", dose.regimen());
        assertEquals("1 x 30 mg + 1 x 5 mg", dose.administrations().get(1).make());
        assertEquals("50 mg (1 x 40 mg + 1 x 10 mg) in the morning, 50 mg (1 x 40 mg + 1 x 10 mg) in the evening",
                DoseWording.describe(d, new Dose(milli(100), parts(50, 50), false)).regimen(), "largest strength first");
    }

    @Test
    void theLastAdministrationLeftOfSeveral_isTakenAtNight_orAtBedtime() throws Exception {
        assertEquals("5 mg at night", DoseWording.describe(oxycodone(40, 1, 2), new Dose(milli(5), parts(5), false))
                .regimen());
        assertEquals("5 mg at bedtime", DoseWording.describe(oxycodoneTimes(4, false),
                new Dose(milli(5), parts(5), false)).regimen());
    }

    @Test
    void whenAdministrationsAreDropped_theLastOfTheDayKeepTheirNames() throws Exception {
        assertEquals("10 mg at midday, 10 mg in the late afternoon, 10 mg at bedtime",
                regimen(oxycodoneTimes(4, false), 10, 10, 10));
        assertEquals("10 mg in the morning, 10 mg at midday, 10 mg in the evening", regimen(oxycodoneTimes(3, false),
                10, 10, 10));
        assertEquals("10 mg at midday, 10 mg in the evening", regimen(oxycodoneTimes(3, false), 10, 10));
    }

    @Test
    void onceADay_saysOnceADay() throws Exception {
        assertEquals("10 mg once a day", DoseWording.describe(oxycodoneTimes(1, false), oxycodoneTimes(1, false).original)
                .regimen());
    }

    @Test
    void moreThanFourTimesADay_numbersTheDoses() throws Exception {
        Drug d = oxycodoneTimes(5, false);
        assertEquals("10 mg (dose 1 of 5), 10 mg (dose 2 of 5), 10 mg (dose 3 of 5), 10 mg (dose 4 of 5), 10 mg (dose 5"
                + " of 5)", DoseWording.describe(d, d.original).regimen());
        assertEquals("10 mg (dose 4 of 5), 10 mg (dose 5 of 5)", regimen(d, 10, 10));
    }

    @Test
    void asNeeded_saysOnlyWhenNeeded_withTheMostDosesADay() throws Exception {
        Drug d = oxycodoneTimes(3, true);
        TaperDose dose = DoseWording.describe(d, d.original);
        assertEquals("only when needed: 10 mg a dose, at most 3 doses a day", dose.regimen());
        assertEquals(List.of("(dose 1)", "(dose 2)", "(dose 3)"),
                dose.administrations().stream().map(Administration::when).toList());
        assertEquals("only when needed: 10 mg a dose, at most 1 dose a day",
                DoseWording.describe(d, new Dose(milli(10), parts(10), false)).regimen());
    }

    @Test
    void aSolution_givesTheVolume_andNamesAConcentrationOtherThanThePrescribedOne() throws Exception {
        Drug d = drug(solution("morphine", 10, 2, 2, false), 40,
                products("morphine", Form.ORAL_SOLUTION, true, null, 10, 1));
        assertEquals("20 mg (2 ml) in the morning, 20 mg (2 ml) in the evening",
                DoseWording.describe(d, d.original).regimen());
        TaperDose weaker = DoseWording.describe(d, new Dose(milli(3), parts(3), false, milli(1)));
        assertEquals("3 mg (3 ml of 1 mg/ml) at night", weaker.regimen());
        assertEquals("3 ml of 1 mg/ml", weaker.administrations().get(0).make());
        assertEquals("2 ml of 10 mg/ml", DoseWording.describe(d, d.original).administrations().get(0).make());
    }

    @Test
    void patches_nameEachPatchAndTheChangeInterval() throws Exception {
        Drug d = fentanyl(50, 1);
        TaperDose dose = DoseWording.describe(d, new Dose(milli(37), parts(25, 12), true));
        assertEquals("one 25 microgram/hour patch and one 12 microgram/hour patch, changed every 3 days", dose.regimen());
        assertEquals(new Administration("patch", new Amount(25.0, "microgram/hour"),
                "1 x 25 microgram/hour patch, changed every 3 days"), dose.administrations().get(0));
        assertEquals(new Amount(37.0, "microgram/hour"), dose.dailyDose());
        assertEquals(90.0, dose.dailyMme());
    }

    @Test
    void aPatchOnlyMadeWithAnotherChangeInterval_asksToCheckTheChangeDay() throws Exception {
        // the prescribed 35 microgram/hour patch is changed every 4 days; the 20 comes only as a 7-day patch
        Drug d = drug(patch("buprenorphine", 35, 1, 4), 35, List.of(
                product("buprenorphine", Form.PATCH, 20, true, null, null, 7.0),
                product("buprenorphine", Form.PATCH, 35, true, null, null, 4.0)));
        assertEquals("one 35 microgram/hour patch, changed every 4 days", DoseWording.describe(d, d.original).regimen());
        assertEquals("one 20 microgram/hour patch, changed every 7 days (a different patch product: check the change day"
                + " with the patient)", DoseWording.describe(d, new Dose(milli(20), parts(20), true)).regimen());
    }

    @Test
    void aPrescribedStrengthThatIsNotListed_isDescribedAsPrescribed() throws Exception {
        Drug d = drug(oral("oxycodone", Form.MR_TABLET, 7.5, 1, 2, false), 15,
                products("oxycodone", Form.MR_TABLET, true, null, 5, 10, 20));
        TaperDose dose = DoseWording.describe(d, d.original);
        assertEquals("7.5 mg in the morning, 7.5 mg in the evening", dose.regimen());
        assertEquals("1 x 7.5 mg", dose.administrations().get(0).make());
    }

    @Test
    void theDailyMme_isToTwoDecimals_andNullWithoutAFactor() throws Exception {
        Drug oxy = drug(oral("oxycodone", Form.MR_TABLET, 5, 1, 1, false), 5.555,
                products("oxycodone", Form.MR_TABLET, true, null, 5));
        assertEquals(8.33, DoseWording.describe(oxy, oxy.original).dailyMme(), "5.555 x 1.5 = 8.3325");
        Drug tapentadol = drug(oral("tapentadol", Form.MR_TABLET, 50, 1, 2, false), 100,
                products("tapentadol", Form.MR_TABLET, true, null, 50));
        assertNull(DoseWording.describe(tapentadol, tapentadol.original).dailyMme());
    }
}

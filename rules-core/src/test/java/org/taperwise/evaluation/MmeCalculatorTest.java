package org.taperwise.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.evaluation.NormaliserFixtures.PROFILE;
import static org.taperwise.evaluation.NormaliserFixtures.issues;
import static org.taperwise.evaluation.NormaliserFixtures.tablet;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.evaluation.Normaliser.Issue;
import org.taperwise.model.Amount;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.MmeItem;
import org.taperwise.model.MmeStatus;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;
import org.taperwise.rules.MmeTotal;

/**
 * Daily morphine equivalent of the current issues through the fixture conversion table (morphine oral 1, oxycodone
 * oral 1.5, fentanyl transdermal 2.4, buprenorphine excluded), and the total's completeness.
 */
class MmeCalculatorTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final LocalDate ISSUED = AS_OF.minusDays(3);

    private static MmeCalculator.Result mme(Prescription... current) {
        return MmeCalculator.compute(issues(AS_OF, current), PROFILE);
    }

    private static MmeItem item(Prescription rx) {
        MmeCalculator.Result r = mme(rx);
        assertEquals(1, r.items().size());
        return r.items().get(0);
    }

    @Test
    void knownFactor_multipliesTheDailyDose_andTheItemIsComputed() {
        MmeItem i = item(tablet("oxycodone", 10, 2, ISSUED, 28).id("oxy").build());
        assertEquals(MmeStatus.COMPUTED, i.status());
        assertEquals("oxy", i.prescriptionId());
        assertEquals(new Amount(20, "mg"), i.dailyDose());
        assertEquals(1.5, i.factor());
        assertEquals(30.0, i.dailyMme());
        assertEquals("tables/conversion-test.csv line 3", i.factorSource());
    }

    @Test
    void patch_isConvertedFromMicrogramsPerHour() {
        MmeItem i = item(Prescription.builder().medicine("fentanyl").form(Form.PATCH)
                .strength(25, StrengthUnit.MICROGRAM_PER_HOUR).dose(1, DoseUnit.UNIT).changeEveryDays(3)
                .issued(ISSUED).daysSupply(9).build());
        assertEquals(MmeStatus.COMPUTED, i.status());
        assertEquals(new Amount(25, "microgram/hour"), i.dailyDose());
        assertEquals(60.0, i.dailyMme());
    }

    @Test
    void ingredientTheTableExcludes_isExcluded_withTheTablesNote_andTheTotalIsIncomplete() {
        MmeCalculator.Result r = mme(tablet("buprenorphine", 0.2, 3, ISSUED, 28).form(Form.SUBLINGUAL).build(),
                tablet("morphine", 10, 2, ISSUED, 28).build());
        MmeItem bup = r.items().get(0);
        assertEquals(MmeStatus.EXCLUDED, bup.status());
        assertEquals("not in this profile", bup.note());
        assertNull(bup.dailyMme());
        assertEquals(new Amount(0.6, "mg"), bup.dailyDose(), "the daily dose is still reported");
        assertEquals(20.0, r.fact().totalDailyMg(), "excluded: left out of the total");
        assertFalse(r.fact().complete());
    }

    @Test
    void unknownMedicine_isNotComputable_becauseItMayBeAnOpioid() {
        MmeItem i = item(tablet("mysteryol", 10, 2, ISSUED, 28).build());
        assertEquals(MmeStatus.NOT_COMPUTABLE, i.status());
        assertEquals("mysteryol", i.medicine());
        assertNull(i.ingredient());
        assertEquals(new Amount(20, "mg"), i.dailyDose());
        assertTrue(i.note().startsWith("not in the ruleset's medicines table"), i.note());
    }

    @Test
    void dailyDoseThatCannotBeComputed_isNotComputable_withTheReason() {
        MmeItem i = item(Prescription.builder().medicine("morphine").form(Form.TABLET).strength(10, StrengthUnit.MG)
                .dose(1, DoseUnit.UNIT).issued(ISSUED).daysSupply(28).build());
        assertEquals(MmeStatus.NOT_COMPUTABLE, i.status());
        assertNull(i.dailyDose());
        assertEquals("the daily dose cannot be computed: no timesPerDay is given", i.note());
    }

    @Test
    void unknownRoute_isNotComputable() {
        assertEquals("no form is given, so the route is unknown",
                item(tablet("morphine", 10, 2, ISSUED, 28).form(null).build()).note());
        MmeItem other = item(tablet("morphine", 10, 2, ISSUED, 28).form(Form.OTHER).build());
        assertEquals(MmeStatus.NOT_COMPUTABLE, other.status());
        assertEquals("form other has no route to convert from", other.note());
    }

    @Test
    void noFactorForTheRoute_isNotComputable_namingTheProfile() {
        MmeItem i = item(Prescription.builder().medicine("morphine").form(Form.INJECTION).dose(5, DoseUnit.MG)
                .timesPerDay(4).issued(ISSUED).daysSupply(7).build());
        assertEquals(MmeStatus.NOT_COMPUTABLE, i.status());
        assertEquals("profile test has no conversion factor for morphine (injection, mg)", i.note());
        assertEquals(new Amount(20, "mg"), i.dailyDose());
    }

    @Test
    void total_sumsTheComputedItems_andIsCompleteOnlyWhenEveryItemIsComputed() {
        Prescription morphine = tablet("morphine", 30, 2, ISSUED, 28).build();
        Prescription oxycodone = tablet("oxycodone", 10, 2, ISSUED, 28).build();
        MmeCalculator.Result both = mme(morphine, oxycodone);
        assertEquals(new MmeTotal(90.0, true, 2, 2, true), both.fact());
        assertEquals(90.0, both.summary().totalDailyMg());
        assertTrue(both.summary().complete());
        MmeCalculator.Result withUnknown = mme(morphine, oxycodone, tablet("mysteryol", 10, 2, ISSUED, 28).build());
        assertEquals(new MmeTotal(90.0, false, 2, 2, true), withUnknown.fact());
        assertFalse(withUnknown.summary().complete());
        assertEquals(3, withUnknown.summary().items().size());
    }

    @Test
    void reportedTotal_isRoundedToOneDecimal_whileTheRulesSeeItUnrounded() {
        // 0.85 mg three times a day: 2.55 mg of morphine
        MmeCalculator.Result r = mme(Prescription.builder().medicine("morphine").form(Form.ORAL_SOLUTION)
                .dose(0.85, DoseUnit.MG).timesPerDay(3).issued(ISSUED).daysSupply(28).build());
        assertEquals(2.55, r.fact().totalDailyMg());
        assertEquals(2.6, r.summary().totalDailyMg());
    }

    @Test
    void opioidsAndTheirIngredients_areCounted_oncePerIngredient() {
        MmeCalculator.Result r = mme(tablet("morphine", 10, 2, ISSUED, 28).build(),
                tablet("morphine", 30, 1, ISSUED, 28).form(Form.MR_TABLET).build(),
                tablet("oxycodone", 5, 4, ISSUED, 28).build(), tablet("mysteryol", 10, 2, ISSUED, 28).build());
        assertEquals(3, r.fact().currentOpioids(), "an unknown medicine is not counted as an opioid");
        assertEquals(2, r.fact().opioidIngredients());
    }

    @Test
    void regimenFromTheLastSupply_isNotInSupply() {
        List<Issue> expired = issues(AS_OF, tablet("morphine", 10, 2, AS_OF.minusDays(40), 28).build());
        assertFalse(MmeCalculator.compute(expired, PROFILE).fact().inSupply());
        assertTrue(mme(tablet("morphine", 10, 2, ISSUED, 28).build()).fact().inSupply());
    }

    @Test
    void itemsAreFoundByIssue_andIssuesOutsideTheRegimenHaveNone() {
        List<Issue> all = issues(AS_OF, tablet("morphine", 10, 2, ISSUED, 28).build(),
                tablet("oxycodone", 5, 2, ISSUED, 28).build());
        MmeCalculator.Result r = MmeCalculator.compute(List.of(all.get(1)), PROFILE);
        assertNull(r.item(all.get(0)));
        assertSame(r.items().get(0), r.item(all.get(1)));
    }

    @Test
    void noCurrentIssue_isAZeroTotal_thatIsComplete() {
        MmeCalculator.Result r = MmeCalculator.compute(List.of(), PROFILE);
        assertEquals(new MmeTotal(0, true, 0, 0, true), r.fact());
        assertEquals(List.of(), r.summary().items());
    }
}

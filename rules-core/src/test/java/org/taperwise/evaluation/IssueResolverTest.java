package org.taperwise.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.evaluation.NormaliserFixtures.RXNORM;
import static org.taperwise.evaluation.NormaliserFixtures.resolve;
import static org.taperwise.evaluation.NormaliserFixtures.tablet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.evaluation.Normaliser.Issue;
import org.taperwise.model.Dose;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.Prescription;
import org.taperwise.model.Route;
import org.taperwise.model.Strength;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;

/** Each prescription issue on its own: medicine, route, days supply, dates in supply and keys. */
class IssueResolverTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final LocalDate ISSUED = LocalDate.of(2026, 10, 20);

    private static Issue only(List<Warning> warnings, Prescription rx) {
        IssueResolver.Resolved r = resolve(AS_OF, warnings, rx);
        assertEquals(1, r.issues().size());
        return r.issues().get(0);
    }

    private static Issue only(Prescription rx) {
        return only(new ArrayList<>(), rx);
    }

    @Test
    void givenDaysSupply_isUsedAsGiven_andNotAssumed() {
        List<Warning> warnings = new ArrayList<>();
        Issue i = only(warnings, tablet("morphine", 10, 2, ISSUED, 14).quantity(56).build());
        assertEquals(14, i.daysSupply(), "the given days supply wins over the quantity");
        assertFalse(i.daysSupplyAssumed());
        assertEquals(List.of(), warnings);
    }

    @Test
    void daysSupplyFromQuantityAndRegimen_isDerived_withoutAWarning() {
        List<Warning> warnings = new ArrayList<>();
        Issue i = only(warnings, Prescription.builder().medicine("morphine").form(Form.TABLET)
                .strength(10, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(2).quantity(56).issued(ISSUED)
                .build());
        assertEquals(28, i.daysSupply());
        assertFalse(i.daysSupplyAssumed());
        assertEquals(List.of(), warnings);
    }

    @Test
    void daysSupplyThatCannotBeDerived_isTheProfileDefault_assumedWithAWarning() {
        List<Warning> warnings = new ArrayList<>();
        Issue i = only(warnings, Prescription.builder().medicine("morphine").form(Form.TABLET)
                .strength(10, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(2).issued(ISSUED).build());
        assertEquals(28, i.daysSupply(), "the test profile's defaultDaysSupply");
        assertTrue(i.daysSupplyAssumed());
        assertEquals(List.of(new Warning(WarningCode.DAYS_SUPPLY_ASSUMED, "prescriptions[0].daysSupply",
                "no daysSupply, and it cannot be derived from quantity and regimen: the profile's default of 28 days"
                        + " was assumed")), warnings);
    }

    @Test
    void supply_runsFromTheIssueDateThroughItsLastDay_bothIncluded() {
        LocalDate issued = LocalDate.of(2026, 10, 1);
        Prescription rx = tablet("morphine", 10, 2, issued, 28).build();
        Issue onLastDay = resolve(LocalDate.of(2026, 10, 28), new ArrayList<>(), rx).issues().get(0);
        assertEquals(LocalDate.of(2026, 10, 28), onLastDay.lastSupplyDate());
        assertTrue(onLastDay.inSupply());
        assertTrue(resolve(issued, new ArrayList<>(), rx).issues().get(0).inSupply(), "the issue day is in supply");
        assertFalse(resolve(LocalDate.of(2026, 10, 29), new ArrayList<>(), rx).issues().get(0).inSupply());
    }

    @Test
    void medicine_isLookedUpByName_andTheRouteFollowsTheForm() {
        Issue i = only(Prescription.builder().medicine("Fentanyl").form(Form.PATCH)
                .strength(25, StrengthUnit.MICROGRAM_PER_HOUR).dose(1, DoseUnit.UNIT).issued(ISSUED).daysSupply(9)
                .build());
        assertEquals("fentanyl", i.medicine().name());
        assertTrue(i.opioid());
        assertEquals(Route.TRANSDERMAL, i.route());
        assertTrue(i.dose().computable());
        assertNull(only(tablet("morphine", 10, 2, ISSUED, 28).form(null).build()).route(), "no form, no route");
    }

    @Test
    void unknownName_isResolvedByItsMappedCoding() {
        Issue i = only(tablet("oxycontin-brand", 10, 2, ISSUED, 28).coding(RXNORM, "7804").build());
        assertEquals("oxycodone", i.medicine().name());
    }

    @Test
    void repeatIssues_areEachWarnedAboutAtTheirOwnPath_andShareNothingThatDiffers() {
        List<Warning> warnings = new ArrayList<>();
        Prescription.Builder repeat = Prescription.builder().medicine("morphine").form(Form.TABLET)
                .strength(10, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(2).coding(RXNORM, "999");
        IssueResolver.Resolved r = resolve(AS_OF, warnings, repeat.id("a").issued(ISSUED.minusDays(28)).build(),
                repeat.id("b").issued(ISSUED).build(), repeat.id("c").timesPerDay(3).build());
        assertEquals(3, r.unmappedCodings());
        assertEquals(List.of("prescriptions[0].coding[0]", "prescriptions[0].daysSupply", "prescriptions[1].coding[0]",
                "prescriptions[1].daysSupply", "prescriptions[2].coding[0]", "prescriptions[2].daysSupply"),
                warnings.stream().map(Warning::path).toList());
        List<Issue> issues = r.issues();
        assertEquals(List.of("a", "b", "c"), issues.stream().map(Issue::ref).toList());
        assertEquals(ISSUED.minusDays(1), issues.get(0).lastSupplyDate(), "each issue's own dates");
        assertFalse(issues.get(0).inSupply());
        assertTrue(issues.get(1).inSupply());
        assertEquals(issues.get(0).regimenKey(), issues.get(1).regimenKey());
        assertNotEquals(issues.get(1).regimenKey(), issues.get(2).regimenKey(), "three times a day is another regimen");
        assertEquals(0, new BigDecimal("30").compareTo(issues.get(2).dose().amount()));
    }

    @Test
    void codingTheTablesDoNotMap_isWarnedAbout_andTheNameIsStillUsed() {
        List<Warning> warnings = new ArrayList<>();
        IssueResolver.Resolved r = resolve(AS_OF, warnings,
                tablet("morphine", 10, 2, ISSUED, 28).coding(RXNORM, "999").build(),
                tablet("mysteryol", 10, 2, ISSUED, 28).coding(RXNORM, "998").build());
        assertEquals(2, r.unmappedCodings());
        assertEquals("morphine", r.issues().get(0).medicine().name());
        assertNull(r.issues().get(1).medicine(), "neither the name nor the coding is known");
        assertEquals(List.of(
                new Warning(WarningCode.CODING_UNMAPPED, "prescriptions[0].coding[0]", "the ruleset's code tables do"
                        + " not map " + RXNORM + " code 999; the medicine name was used"),
                new Warning(WarningCode.CODING_UNMAPPED, "prescriptions[1].coding[0]", "the ruleset's code tables do"
                        + " not map " + RXNORM + " code 998")), warnings);
    }

    @Test
    void ref_isTheHostIdOrElseTheJsonPath() {
        IssueResolver.Resolved r = resolve(AS_OF, new ArrayList<>(), tablet("morphine", 10, 2, ISSUED, 28).id("rx-a")
                .build(), tablet("morphine", 10, 2, ISSUED, 28).build());
        assertEquals(List.of("rx-a", "prescriptions[1]"), NormaliserFixtures.refs(r.issues()));
        assertEquals(List.of(0, 1), r.issues().stream().map(Issue::index).toList());
    }

    @Test
    void regimenKey_ignoresNameCaseAndHowNumbersAreWritten_butNotFrequencyOrAsNeeded() {
        Issue ten = only(tablet("morphine", 10, 2, ISSUED, 28).build());
        Issue tenPointZero = only(new Prescription(null, "MORPHINE", List.of(), Form.TABLET,
                new Strength(new BigDecimal("10.00"), StrengthUnit.MG), new Dose(new BigDecimal("1.0"), DoseUnit.UNIT),
                new BigDecimal("2.0"), false, null, ISSUED, 7, null));
        Issue moreOften = only(tablet("morphine", 10, 3, ISSUED, 28).build());
        Issue asNeeded = only(tablet("morphine", 10, 2, ISSUED, 28).asNeeded(true).build());
        assertEquals(ten.regimenKey(), tenPointZero.regimenKey());
        assertNotEquals(ten.regimenKey(), moreOften.regimenKey());
        assertNotEquals(ten.regimenKey(), asNeeded.regimenKey());
    }

    @Test
    void productKey_isMedicineFormAndStrength_whateverTheDose() {
        Issue ten = only(tablet("morphine", 10, 2, ISSUED, 28).build());
        assertEquals(ten.productKey(), only(tablet("morphine", 10, 3, ISSUED, 28).asNeeded(true).build()).productKey());
        assertNotEquals(ten.productKey(), only(tablet("morphine", 20, 2, ISSUED, 28).build()).productKey());
        assertNotEquals(ten.productKey(), only(tablet("morphine", 10, 2, ISSUED, 28).form(Form.CAPSULE).build())
                .productKey());
    }
}

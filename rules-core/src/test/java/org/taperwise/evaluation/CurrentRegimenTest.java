package org.taperwise.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.evaluation.NormaliserFixtures.issues;
import static org.taperwise.evaluation.NormaliserFixtures.refs;
import static org.taperwise.evaluation.NormaliserFixtures.tablet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.evaluation.Normaliser.Issue;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;

/** Which issues make up the current regimen: in supply on asOf, one per regimen, later doses superseding. */
class CurrentRegimenTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static LocalDate daysBefore(int days) {
        return AS_OF.minusDays(days);
    }

    private static List<String> current(List<Warning> warnings, List<Issue> issues) {
        return refs(CurrentRegimen.select(issues, AS_OF, warnings));
    }

    @Test
    void repeatIssuesOfOneRegimen_countOnce_asTheLatestIssue() {
        List<Warning> warnings = new ArrayList<>();
        List<String> current = current(warnings, issues(AS_OF,
                tablet("morphine", 10, 2, daysBefore(20), 28).id("first").build(),
                tablet("morphine", 10, 2, daysBefore(5), 28).id("repeat").build()));
        assertEquals(List.of("repeat"), current);
        assertEquals(List.of(), warnings, "a repeat of the same regimen is not a superseded one");
    }

    @Test
    void identicalOrdersIssuedTheSameDay_countOnce_asTheLaterInInputOrder() {
        assertEquals(List.of("b"), current(new ArrayList<>(), issues(AS_OF,
                tablet("oxycodone", 5, 4, daysBefore(3), 7).id("a").build(),
                tablet("oxycodone", 5, 4, daysBefore(3), 7).id("b").build())));
    }

    @Test
    void onlyIssuesWhoseSupplyCoversAsOf_areCurrent_inInputOrder() {
        assertEquals(List.of("oxy", "morph"), current(new ArrayList<>(), issues(AS_OF,
                tablet("morphine", 30, 2, daysBefore(60), 28).id("expired").build(),
                tablet("oxycodone", 5, 4, daysBefore(10), 28).id("oxy").build(),
                tablet("morphine", 10, 2, daysBefore(27), 28).id("morph").build())));
    }

    @Test
    void nonOpioidsAreNeverCurrent_butUnknownMedicinesMayBeOpioidsAndAre() {
        assertEquals(List.of("unknown"), current(new ArrayList<>(), issues(AS_OF,
                tablet("diazepam", 5, 2, daysBefore(3), 28).id("benzo").build(),
                tablet("mysteryol", 5, 2, daysBefore(3), 28).id("unknown").build())));
    }

    @Test
    void laterIssueOfTheSameProductWithAnotherDose_supersedesTheEarlier_withAWarning() {
        List<Warning> warnings = new ArrayList<>();
        List<String> current = current(warnings, issues(AS_OF,
                tablet("morphine", 10, 2, daysBefore(20), 28).id("old").build(),
                tablet("morphine", 10, 3, daysBefore(6), 28).id("new").build()));
        assertEquals(List.of("new"), current);
        assertEquals(List.of(new Warning(WarningCode.REGIMEN_SUPERSEDED, "prescriptions[0]", "superseded by new"
                + " (issued " + daysBefore(6) + ", same product with a different dose): not counted")), warnings);
    }

    @Test
    void twoDosesOfOneProductIssuedTheSameDay_areTakenTogether_andBothCount() {
        List<Warning> warnings = new ArrayList<>();
        assertEquals(List.of("morning", "evening"), current(warnings, issues(AS_OF,
                tablet("morphine", 10, 1, daysBefore(6), 28).id("morning").build(),
                tablet("morphine", 10, 2, daysBefore(6), 28).id("evening").build())));
        assertEquals(List.of(), warnings);
    }

    @Test
    void asNeededAndRegularOfOneProduct_bothCount() {
        assertEquals(List.of("regular", "prn"), current(new ArrayList<>(), issues(AS_OF,
                tablet("morphine", 10, 2, daysBefore(20), 28).id("regular").build(),
                tablet("morphine", 10, 4, daysBefore(6), 28).asNeeded(true).id("prn").build())));
    }

    @Test
    void whenNoSupplyCoversAsOf_theRegimenInSupplyOnTheLastDayOfSupplyIsUsed_withAWarning() {
        List<Warning> warnings = new ArrayList<>();
        // "late" runs out 10 days before asOf; "early" ran out before that, "overlap" ran through that day too
        List<String> current = current(warnings, issues(AS_OF,
                tablet("oxycodone", 5, 4, daysBefore(80), 28).id("early").build(),
                tablet("morphine", 10, 2, daysBefore(37), 28).id("late").build(),
                tablet("oxycodone", 20, 2, daysBefore(40), 31).id("overlap").build()));
        assertEquals(List.of("late", "overlap"), current);
        assertEquals(List.of(new Warning(WarningCode.CURRENT_REGIMEN_FROM_LAST_SUPPLY, "prescriptions",
                "no opioid supply covers " + AS_OF + "; the regimen in supply on " + daysBefore(10)
                        + ", when opioid supply last ran, was used")), warnings);
    }

    @Test
    void noOpioidIssueAtAll_meansNoCurrentRegimen_andNoWarning() {
        List<Warning> warnings = new ArrayList<>();
        assertTrue(current(warnings, issues(AS_OF, tablet("diazepam", 5, 2, daysBefore(3), 28).build())).isEmpty());
        assertTrue(current(warnings, List.of()).isEmpty());
        assertEquals(List.of(), warnings);
    }
}

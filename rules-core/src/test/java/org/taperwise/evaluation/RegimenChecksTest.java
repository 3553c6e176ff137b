package org.taperwise.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.RulesetProblem;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;
import org.taperwise.tables.ProductsTable;

/** A patch recorded as changed less often than its product is made to be worn gets one data-quality warning. */
class RegimenChecksTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final ProductsTable PRODUCTS;

    static {
        List<RulesetProblem> problems = new ArrayList<>();
        PRODUCTS = ProductsTable.parse("medicine,form,strength,unit,combine,paracetamol_mg,doses_per_day,"
                + "change_every_days,examples,source\n"
                + "fentanyl,patch,25,microgram/hour,yes,,,3,Matrifen,s\n"
                + "buprenorphine,patch,10,microgram/hour,yes,,,7,BuTrans,s\n", NormaliserFixtures.MEDICINES, problems);
        assertTrue(problems.isEmpty(), problems::toString);
    }

    private static List<Warning> patchWarnings(String medicine, double strength, double everyDays) {
        PatientFacts.Builder b = PatientFacts.builder("p", AS_OF);
        for (int k = 0; k < 3; k++) {
            b.prescription(Prescription.builder().id("p-" + k).medicine(medicine).form(Form.PATCH)
                    .strength(strength, StrengthUnit.MICROGRAM_PER_HOUR).dose(1, DoseUnit.UNIT)
                    .changeEveryDays(everyDays).issued(AS_OF.minusDays(28L * k)).daysSupply(28).build());
        }
        return Normaliser.prepare(b.build(), NormaliserFixtures.PROFILE, NormaliserFixtures.RESOLVER,
                NormaliserFixtures.CODES, PRODUCTS).warnings().stream()
                .filter(w -> w.code() == WarningCode.PATCH_CHANGED_AFTER_WEAR_TIME).toList();
    }

    @Test
    void aThreeDayFentanylPatch_recordedAsChangedWeekly_isWarnedAboutOnce() {
        List<Warning> w = patchWarnings("fentanyl", 25, 7);
        assertEquals(1, w.size(), w::toString);
        assertEquals("prescriptions[0].changeEveryDays", w.get(0).path());
        assertTrue(w.get(0).message().contains("every 3 days"), w.get(0).message());
    }

    @Test
    void aPatchChangedAsItsProductIsMadeToBe_orSooner_isNotWarnedAbout() {
        assertTrue(patchWarnings("fentanyl", 25, 3).isEmpty());
        assertTrue(patchWarnings("buprenorphine", 10, 7).isEmpty());
        assertTrue(patchWarnings("buprenorphine", 10, 3.5).isEmpty());
    }

    @Test
    void aPatchStrengthTheProductsTableDoesNotList_isNotJudged() {
        assertTrue(patchWarnings("fentanyl", 50, 7).isEmpty());
    }
}

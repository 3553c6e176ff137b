package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taperwise.model.Assessment;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.MmeItem;
import org.taperwise.model.MmeStatus;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;

/**
 * A prescription that carries only a product code (an RxNorm SCD or SBD, a dm+d VMP or AMP under either of its
 * systems) is evaluated with the right morphine equivalent: the code gives the medicine, form and strength; the
 * prescription gives the dose. When the record's own values disagree with the code, its values count and a warning
 * names both.
 */
class CodedProductsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private static Assessment evaluate(String profile, Prescription rx) {
        return Builtin.engine(profile).evaluate(PatientFacts.builder("p", AS_OF).birthDate(LocalDate.of(1970, 1, 1))
                .prescription(rx).build());
    }

    private static Prescription.Builder coded(String system, String code, double units, double times) {
        return Prescription.builder().id("rx").coding(system, code).dose(units, DoseUnit.UNIT).timesPerDay(times)
                .issued(AS_OF.minusDays(3)).daysSupply(28);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "RxNorm SCD oxycodone 10 mg tablet x4, CDC 2022: 40 mg x 1.5 | us-cdc-2022 | " + RXNORM
                + " | 1049683 | 1 | 4 | oxycodone | tablet | 60.0",
        "RxNorm SBD Norco 5 mg x4, CDC 2022: hydrocodone 20 mg x 1 | us-cdc-2022 | " + RXNORM
                + " | 857004 | 1 | 4 | hydrocodone with acetaminophen | tablet | 20.0",
        "RxNorm SCD fentanyl 75 microgram/hour patch, CDC 2022: 75 x 2.4 | us-cdc-2022 | " + RXNORM
                + " | 197696 | 1 | 1 | fentanyl | patch | 180.0",
        "dm+d VMP oxycodone 10 mg MR x2 (dm+d system), UK: 20 mg x 1.5 | uk-opioids-aware | https://dmd.nhs.uk"
                + " | 36129511000001101 | 1 | 2 | oxycodone | mr-tablet | 30.0",
        "dm+d VMP oxycodone 10 mg MR x2 (SNOMED CT system), UK | uk-opioids-aware | http://snomed.info/sct"
                + " | 36129511000001101 | 1 | 2 | oxycodone | mr-tablet | 30.0",
        "dm+d AMP Zydol SR 100 mg x2 (dm+d system), UK: 200 mg x 0.1 | uk-opioids-aware | https://dmd.nhs.uk"
                + " | 306311000001100 | 1 | 2 | tramadol | mr-tablet | 20.0",
        "dm+d AMP Zydol SR 100 mg x2 (SNOMED CT system), UK | uk-opioids-aware | http://snomed.info/sct"
                + " | 306311000001100 | 1 | 2 | tramadol | mr-tablet | 20.0",
        "dm+d VMP co-codamol 30/500 two x4, UK: codeine 240 mg x 0.1 | uk-opioids-aware | https://dmd.nhs.uk"
                + " | 42009811000001101 | 2 | 4 | co-codamol | tablet | 24.0",
    })
    void aProductCodeAlone_givesTheMorphineEquivalent(String name, String profile, String system, String code,
            double units, double times, String medicine, String form, double dailyMme) {
        Assessment a = evaluate(profile, coded(system, code, units, times).changeEveryDays(3).build());
        MmeItem item = a.mme().items().get(0);
        assertEquals(MmeStatus.COMPUTED, item.status(), item::note);
        assertEquals(medicine, item.medicine());
        assertEquals(form, item.form().code());
        assertEquals(dailyMme, item.dailyMme(), 1e-9);
        assertTrue(a.mme().complete());
        assertEquals(List.of(), a.warnings(), a.warnings()::toString);
        assertEquals(0, a.unmappedCodings());
    }

    @Test
    void theRecordsStrength_countsOverTheCodes_andTheWarningNamesBoth() {
        Prescription rx = coded("https://dmd.nhs.uk", "36129511000001101", 1, 2).medicine("oxycodone")
                .form(Form.MR_TABLET).strength(20, StrengthUnit.MG).build();
        Assessment a = evaluate("uk-opioids-aware", rx);
        assertEquals(60.0, a.mme().items().get(0).dailyMme(), 1e-9, "20 mg twice a day x 1.5, not the code's 10 mg");
        List<Warning> disagree = a.warnings().stream().filter(w -> w.code() == WarningCode.CODING_DISAGREES).toList();
        assertEquals(1, disagree.size(), a.warnings()::toString);
        assertEquals("prescriptions[0].strength", disagree.get(0).path());
        assertTrue(disagree.get(0).message().contains("20 mg") && disagree.get(0).message().contains("10 mg"),
                disagree.get(0)::message);
    }
}

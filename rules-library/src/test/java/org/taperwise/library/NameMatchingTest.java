package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.taperwise.loader.LoadedRulesets;
import org.taperwise.model.Assessment;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.FlagCode;
import org.taperwise.model.Form;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.WarningCode;
import org.taperwise.tables.NameMatcher;

/**
 * Names as UK and US records write them, read by the built-in ruleset: the brands and shorthands the issue listed,
 * the matching rules both ways (what is read, what is never guessed), and every ingredient the sources name.
 */
class NameMatchingTest {
    private static final NameMatcher NAMES = LoadedRulesets.of(Builtin.RULESET).names();

    @ParameterizedTest(name = "\"{0}\" is {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "MST | morphine | opioid",
        "MST 30 | morphine | opioid",
        "MST Continus 30mg tablets | morphine | opioid",
        "Zydol SR | tramadol | opioid",
        "Zydol SR 100mg | tramadol | opioid",
        "Effentora | fentanyl | opioid",
        "Instanyl | fentanyl | opioid",
        "Subutex | buprenorphine | opioid",
        "Suboxone | buprenorphine with naloxone | opioid",
        "co-codamol 30/500 | co-codamol | opioid",
        "tramadol MR | tramadol | opioid",
        "MS Contin | morphine | opioid",
        "MS Contin 30 mg | morphine | opioid",
        "Norco | hydrocodone with acetaminophen | opioid",
        "Vicodin | hydrocodone with acetaminophen | opioid",
        "hydrocodone/acetaminophen 10-325 | hydrocodone with acetaminophen | opioid",
        "Percocet | oxycodone with acetaminophen | opioid",
        "oxycodone with paracetamol | oxycodone with acetaminophen | opioid",
        "Duragesic | fentanyl | opioid",
        "Valium | diazepam | benzodiazepine",
        "Xanax | alprazolam | benzodiazepine",
        "Ativan | lorazepam | benzodiazepine",
        "Morphine sulfate 10mg/5ml oral solution | morphine | opioid",
        "Morphine sulphate 10mg/5ml oral solution | morphine | opioid",
        "OxyContin 20mg modified-release tablets | oxycodone | opioid",
        "Oxycodone HCl 5 mg capsules | oxycodone | opioid",
        "Fentanyl 25micrograms/hour transdermal patches | fentanyl | opioid",
        "BuTrans 10 micrograms/hour | buprenorphine | opioid",
        "tapentadol SR | tapentadol | opioid",
        "Dihydrocodeine 30mg tablets | dihydrocodeine | opioid",
        "DHC Continus 60mg | dihydrocodeine | opioid",
        "Co-dydramol 10/500 | co-dydramol | opioid",
        "Tramacet | tramadol with paracetamol | opioid",
        "Targinact 10mg/5mg | oxycodone with naloxone | opioid",
        "Nurofen Plus | codeine with ibuprofen | opioid",
        "Tylenol with Codeine | codeine with acetaminophen | opioid",
        "Zimovane 7.5mg | zopiclone | z-drug",
        "Lunesta | eszopiclone | z-drug",
        "Sonata | zaleplon | z-drug",
        "Lyrica 75mg capsules | pregabalin | gabapentinoid",
        "Horizant | gabapentin enacarbil | gabapentinoid",
        "Dalmane | flurazepam | benzodiazepine",
        "Halcion | triazolam | benzodiazepine",
        "Tranxene | clorazepate | benzodiazepine",
        "Buccolam | midazolam | benzodiazepine",
        "Klonopin | clonazepam | benzodiazepine",
        "Restoril | temazepam | benzodiazepine",
        "Narcan | naloxone | other",
    })
    void aNameAsRecordsWriteIt_isItsMedicine(String written, String medicine, String cls) {
        NameMatcher.Match m = NAMES.match(written);
        assertEquals(medicine, m.medicine() == null ? null : m.medicine().name(), () -> written + ": " + m);
        assertEquals(cls, m.medicine().medicineClass().code());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"levorphanol", "butorphanol", "alfentanil", "sufentanil", "remifentanil", "nalbuphine",
        "opium", "benzhydrocodone", "dextropropoxyphene", "papaveretum", "dipipanone", "dextromoramide", "tilidine",
        "pholcodine", "levomethadyl", "levomethadone", "normethadone"})
    void everyOpioidTheSourcesName_isAnOpioid(String ingredient) {
        assertEquals("opioid", NAMES.match(ingredient).medicine().medicineClass().code(), ingredient);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"flurazepam", "bromazepam", "clorazepate", "estazolam", "flunitrazepam", "halazepam",
        "prazepam", "quazepam", "remimazolam", "triazolam", "midazolam", "clobazam", "chlordiazepoxide", "oxazepam",
        "nitrazepam", "lormetazepam", "loprazolam", "clonazepam", "alprazolam"})
    void everyBenzodiazepineTheSourcesName_isABenzodiazepine(String ingredient) {
        assertEquals("benzodiazepine", NAMES.match(ingredient + " 10mg tablets").medicine().medicineClass().code());
    }

    @ParameterizedTest(name = "\"{0}\" is unrecognised")
    @ValueSource(strings = {"Tramadolex SR 100", "Buvidal", "morphin", "tramad", "Migraine Relief",
        "Migraine Relief tablets", "Dental Pain Relief tablets", "Aceon", "Nurofen", "30mg tablets", "Plus"})
    void aNameTheTablesDoNotHold_isUnrecognised(String written) {
        NameMatcher.Match m = NAMES.match(written);
        assertNull(m.medicine(), () -> written + ": " + m);
        assertEquals(List.of(), m.candidates());
    }

    @Test
    void aNameOfTwoMedicines_isNotGuessed_andTheWarningListsTheCandidates() {
        NameMatcher.Match m = NAMES.match("P-V-Tussin 5mg");
        assertNull(m.medicine());
        assertEquals(List.of("hydrocodone with other ingredients", "hydrocodone with pseudoephedrine"),
                m.candidates());
        LocalDate asOf = LocalDate.of(2026, 11, 1);
        Assessment a = Builtin.engine("us-cdc-2022").evaluate(PatientFacts.builder("p", asOf)
                .birthDate(LocalDate.of(1970, 1, 1)).prescription(Prescription.builder().id("rx").medicine(
                        "P-V-Tussin 5mg").form(Form.TABLET).strength(5, StrengthUnit.MG).dose(1, DoseUnit.UNIT)
                        .timesPerDay(4).issued(asOf.minusDays(3)).daysSupply(28).build()).build());
        assertTrue(a.hasFlag(FlagCode.UNRECOGNISED_MEDICINE));
        assertTrue(a.warnings().stream().anyMatch(w -> w.code() == WarningCode.MEDICINE_NAME_AMBIGUOUS
                && w.message().contains("hydrocodone with other ingredients, hydrocodone with pseudoephedrine")),
                a.warnings()::toString);
    }
}

package org.taperwise.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.RulesetProblem;
import org.taperwise.evaluation.Normaliser.Issue;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.Strength;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.TimeOfDay;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;
import org.taperwise.tables.CodeTables;
import org.taperwise.tables.MedicinesTable;
import org.taperwise.tables.NameMatcher;
import org.taperwise.tables.NameWords;
import org.taperwise.tables.ProductCodesTable;

/** A prescription's medicine from its name and codings; a product code's form and strength; disagreements. */
class MedicineResolverTest {
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final String DMD = "https://dmd.nhs.uk";
    private static final String SCT = "http://snomed.info/sct";
    private static final String ATC = "http://www.whocc.no/atc";
    private static final String PATH = "prescriptions[0]";
    private static final MedicineResolver RESOLVER;

    static {
        List<RulesetProblem> problems = new ArrayList<>();
        MedicinesTable meds = MedicinesTable.parse("name,ingredient,class,synonyms,source\n"
                + "oxycodone,oxycodone,opioid,,s\ntramadol,tramadol,opioid,zydol,s\nco-codamol,codeine,opioid,,s\n"
                + "codeine,codeine,opioid,,s\nfentanyl,fentanyl,opioid,,s\n"
                + "hydrocodone with pseudoephedrine,hydrocodone,opioid,p-v-tussin,s\n"
                + "hydrocodone with other ingredients,hydrocodone,opioid,p-v-tussin syrup,s\n", problems);
        CodeTables codes = CodeTables.parse(null, "system,code,medicine,display,kind,source\n"
                + RXNORM + ",7804,oxycodone,oxycodone,IN,s\n" + ATC + ",N02AA59,codeine,codeine,ATC,s\n", meds, problems);
        ProductCodesTable products = ProductCodesTable.parse("system,code,display,medicine,form,strength,strength_unit,"
                + "source\n"
                + RXNORM + ",1049683,oxycodone hydrochloride 10 MG Oral Tablet,oxycodone,tablet,10,mg,omtk3\n"
                + DMD + ",306311000001100,Zydol SR 100mg tablets,tramadol,mr-tablet,100,mg,os\n"
                + DMD + ",42009811000001101,Co-codamol 30mg/500mg tablets,co-codamol,tablet,30,mg,os\n"
                + RXNORM + ",1237050,fentanyl 0.1 MG Buccal Tablet,fentanyl,buccal,0.1,mg,omtk3\n", meds, codes, problems);
        NameWords words = NameWords.parse("word,kind,source\nmg,unit,s\nsr,release,s\nsyrup,form,s\n", problems);
        assertTrue(problems.isEmpty(), problems::toString);
        RESOLVER = new MedicineResolver(NameMatcher.build(meds, products, words), codes, products);
    }

    private static Prescription.Builder rx() {
        return Prescription.builder().id("rx").dose(1, DoseUnit.UNIT).timesPerDay(2).issued(LocalDate.of(2026, 10, 1));
    }

    private static MedicineResolver.Resolved resolve(Prescription rx, List<Warning> warnings) {
        return RESOLVER.resolve(rx, PATH, warnings);
    }

    @Test
    void anRxNormProductCodeAlone_isItsMedicine_andFillsFormAndStrength() {
        List<Warning> warnings = new ArrayList<>();
        MedicineResolver.Resolved r = resolve(rx().coding(RXNORM, "1049683").build(), warnings);
        assertEquals("oxycodone", r.medicine().name());
        assertEquals(Form.TABLET, r.rx().form());
        assertEquals(new Strength(new BigDecimal("10"), StrengthUnit.MG), r.rx().strength());
        assertEquals(List.of(), warnings);
        assertEquals(0, r.unmapped());
        assertEquals(0, new BigDecimal("20").compareTo(DoseArithmetic.daily(r.rx()).amount()), "the filled strength counts");
    }

    @Test
    void aProductCodeAlone_keepsDosesThatDifferByTimeOfDay() {
        Prescription timed = Prescription.builder().id("rx").issued(LocalDate.of(2026, 10, 1)).coding(RXNORM, "1049683")
                .dose(TimeOfDay.MORNING, 2, DoseUnit.UNIT).dose(TimeOfDay.EVENING, 1, DoseUnit.UNIT).build();
        MedicineResolver.Resolved r = resolve(timed, new ArrayList<>());
        assertEquals(Form.TABLET, r.rx().form());
        assertEquals(timed.doses(), r.rx().doses(), "filling form and strength from the code must not drop the doses");
        assertEquals(0, new BigDecimal("30").compareTo(DoseArithmetic.daily(r.rx()).amount()), "3 tablets of 10 mg a day");
    }

    @Test
    void aDmdCode_resolvesUnderEitherSystem() {
        for (String system : List.of(DMD, SCT)) {
            MedicineResolver.Resolved r = resolve(rx().coding(system, "306311000001100").build(), new ArrayList<>());
            assertEquals("tramadol", r.medicine().name(), system);
            assertEquals(Form.MR_TABLET, r.rx().form(), system);
            assertEquals(new Strength(new BigDecimal("100"), StrengthUnit.MG), r.rx().strength(), system);
        }
    }

    @Test
    void anUnknownName_withAKnownProductCode_isTheProduct() {
        MedicineResolver.Resolved r = resolve(rx().medicine("Tramadolex").coding(DMD, "306311000001100").build(),
                new ArrayList<>());
        assertEquals("tramadol", r.medicine().name());
        assertEquals(Form.MR_TABLET, r.rx().form());
    }

    @Test
    void theRecordsOwnFormAndStrength_areKept_andTheDisagreementIsWarned() {
        List<Warning> warnings = new ArrayList<>();
        Prescription given = rx().medicine("oxycodone").form(Form.CAPSULE).strength(20, StrengthUnit.MG)
                .coding(RXNORM, "1049683").build();
        MedicineResolver.Resolved r = resolve(given, warnings);
        assertEquals(Form.CAPSULE, r.rx().form());
        assertEquals(0, new BigDecimal("20").compareTo(r.rx().strength().value()));
        assertEquals(List.of(WarningCode.CODING_DISAGREES, WarningCode.CODING_DISAGREES),
                warnings.stream().map(Warning::code).toList());
        assertEquals(PATH + ".form", warnings.get(0).path());
        assertTrue(warnings.get(0).message().contains("capsule") && warnings.get(0).message().contains("tablet"),
                warnings.get(0)::message);
        assertEquals(PATH + ".strength", warnings.get(1).path());
        assertTrue(warnings.get(1).message().contains("20 mg") && warnings.get(1).message().contains("10 mg"),
                warnings.get(1)::message);
    }

    /** Repeat issues are worked out once (IssueResolver), but each is read as if on its own. */
    @Test
    void repeatIssuesOfAProductCode_eachHaveTheFormAndStrengthFilled_andTheirOwnWarnings() {
        List<Prescription> repeats = new ArrayList<>();
        for (int month = 1; month <= 3; month++) {
            repeats.add(rx().id("rx-" + month).issued(LocalDate.of(2026, 7 + month, 1)).daysSupply(28).form(Form.CAPSULE)
                    .coding(RXNORM, "1049683").coding(RXNORM, "999").build());
        }
        PatientFacts.Builder facts = PatientFacts.builder("p", LocalDate.of(2026, 11, 1));
        repeats.forEach(facts::prescription);
        List<Warning> warnings = new ArrayList<>();
        IssueResolver.Resolved r = IssueResolver.resolve(facts.build(), NormaliserFixtures.PROFILE.parameters(),
                RESOLVER, warnings);
        assertEquals(3, r.unmappedCodings(), "each issue's unmapped coding counts");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Issue issue = r.issues().get(i);
            List<Warning> own = new ArrayList<>();
            MedicineResolver.Resolved alone = RESOLVER.resolve(repeats.get(i), "prescriptions[" + i + "]", own);
            assertEquals(alone.rx(), issue.rx(), "the issue's own id and date, with the code's strength filled in");
            assertEquals(new Strength(new BigDecimal("10"), StrengthUnit.MG), issue.rx().strength());
            assertEquals(Form.CAPSULE, issue.rx().form(), "the record's own form is kept");
            own.forEach(w -> paths.add(w.path()));
        }
        assertEquals(List.of("prescriptions[0].coding[1]", "prescriptions[0].form", "prescriptions[1].coding[1]",
                "prescriptions[1].form", "prescriptions[2].coding[1]", "prescriptions[2].form"), paths);
        assertEquals(paths, warnings.stream().map(Warning::path).toList(), "every issue warned at its own path");
    }

    @Test
    void theSameStrengthInMicrograms_agreesWithMilligrams() {
        List<Warning> warnings = new ArrayList<>();
        Prescription given = rx().form(Form.BUCCAL).strength(100, StrengthUnit.MICROGRAM).coding(RXNORM, "1237050")
                .build();
        MedicineResolver.Resolved r = resolve(given, warnings);
        assertEquals("fentanyl", r.medicine().name());
        assertSame(given, r.rx(), "nothing to fill");
        assertEquals(List.of(), warnings);
    }

    @Test
    void aNameOfAnotherMedicine_winsOverTheProductCode_withAWarningNamingBoth() {
        List<Warning> warnings = new ArrayList<>();
        Prescription given = rx().medicine("codeine").form(Form.TABLET).strength(30, StrengthUnit.MG)
                .coding(DMD, "42009811000001101").build();
        MedicineResolver.Resolved r = resolve(given, warnings);
        assertEquals("codeine", r.medicine().name());
        assertEquals(1, warnings.size(), warnings::toString);
        Warning w = warnings.get(0);
        assertEquals(WarningCode.CODING_DISAGREES, w.code());
        assertEquals(PATH + ".coding[0]", w.path());
        assertTrue(w.message().contains("co-codamol") && w.message().contains("\"codeine\""), w::message);
    }

    @Test
    void anIngredientCode_agreesWithANameOfTheSameIngredient_andDisagreesWithAnother() {
        List<Warning> same = new ArrayList<>();
        resolve(rx().medicine("co-codamol").coding(ATC, "N02AA59").build(), same);
        assertEquals(List.of(), same, "co-codamol is codeine");
        List<Warning> other = new ArrayList<>();
        MedicineResolver.Resolved r = resolve(rx().medicine("tramadol").coding(RXNORM, "7804").build(), other);
        assertEquals("tramadol", r.medicine().name());
        assertEquals(List.of(WarningCode.CODING_DISAGREES), other.stream().map(Warning::code).toList());
    }

    @Test
    void anAmbiguousName_isNotGuessed_theWarningListsTheCandidates_andACodingStillDecides() {
        List<Warning> warnings = new ArrayList<>();
        MedicineResolver.Resolved r = resolve(rx().medicine("P-V-Tussin 5mg").build(), warnings);
        assertNull(r.medicine());
        assertEquals(1, warnings.size());
        assertEquals(WarningCode.MEDICINE_NAME_AMBIGUOUS, warnings.get(0).code());
        assertEquals(PATH + ".medicine", warnings.get(0).path());
        assertTrue(warnings.get(0).message().contains("hydrocodone with other ingredients, hydrocodone with"
                + " pseudoephedrine"), warnings.get(0)::message);
        List<Warning> coded = new ArrayList<>();
        assertEquals("oxycodone", resolve(rx().medicine("P-V-Tussin 5mg").coding(RXNORM, "7804").build(), coded)
                .medicine().name());
    }

    @Test
    void anUnmappedCoding_isCountedAndWarned_asBefore() {
        List<Warning> warnings = new ArrayList<>();
        MedicineResolver.Resolved r = resolve(rx().medicine("zydol").coding(RXNORM, "999999").build(), warnings);
        assertEquals("tramadol", r.medicine().name());
        assertEquals(1, r.unmapped());
        assertEquals(WarningCode.CODING_UNMAPPED, warnings.get(0).code());
        assertTrue(warnings.get(0).message().endsWith("; the medicine name was used"));
    }
}

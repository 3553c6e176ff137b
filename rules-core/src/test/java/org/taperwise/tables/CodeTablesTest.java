package org.taperwise.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.RulesetProblem;
import org.taperwise.model.Coding;
import org.taperwise.model.ConditionConcept;

/** Coded conditions and medicines: exact, prefix and range matching, and what must never match. */
class CodeTablesTest {
    private static final String ICD = "http://hl7.org/fhir/sid/icd-10";
    private static final String ICD_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    private static final String SCT = "http://snomed.info/sct";
    private static final String CONDITIONS = "system,code,match,concept,display,source\n"
            + ICD + ",Z51.5,exact,END_OF_LIFE_CARE,Palliative care,s\n"
            + ICD + ",F11,prefix,OPIOID_USE_DISORDER,Opioid disorders,s\n"
            + ICD + ",F11.9,prefix,ILLICIT_DRUG_USE,longer prefix wins,s\n"
            + ICD + ",C00-C97,range,ACTIVE_CANCER,Malignant neoplasms,s\n"
            + SCT + ",103735009,exact,END_OF_LIFE_CARE,Palliative care,s\n";
    private static final String MEDICINES = "name,ingredient,class,synonyms,source\n"
            + "oxycodone,oxycodone,opioid,,s\nco-codamol,codeine,opioid,,s\n";
    private static final String MEDICINE_CODES = "system,code,medicine,display,kind,source\n"
            + "http://www.nlm.nih.gov/research/umls/rxnorm,7804,oxycodone,oxycodone,IN,s\n"
            + SCT + ",387024006,oxycodone,Oxycodone hydrochloride,substance,s\n"
            + "http://www.whocc.no/atc,N02AJ06,co-codamol,codeine and paracetamol,ATC,s\n";

    private static CodeTables tables() {
        List<RulesetProblem> problems = new ArrayList<>();
        MedicinesTable meds = MedicinesTable.parse(MEDICINES, problems);
        CodeTables t = CodeTables.parse(CONDITIONS, MEDICINE_CODES, meds, problems);
        assertTrue(problems.isEmpty(), problems::toString);
        return t;
    }

    private static ConditionConcept concept(String system, String code) {
        return tables().concept(new Coding(system, code));
    }

    @Test
    void icdCodes_matchWithOrWithoutTheDotAndInAnyCase() {
        assertEquals(ConditionConcept.END_OF_LIFE_CARE, concept(ICD, "Z51.5"));
        assertEquals(ConditionConcept.END_OF_LIFE_CARE, concept(ICD, "z515"));
    }

    @Test
    void prefixes_matchSubcodes_andTheLongestPrefixWins() {
        assertEquals(ConditionConcept.OPIOID_USE_DISORDER, concept(ICD, "F11.2"));
        assertEquals(ConditionConcept.OPIOID_USE_DISORDER, concept(ICD, "F11"));
        assertEquals(ConditionConcept.ILLICIT_DRUG_USE, concept(ICD, "F11.90"));
        assertNull(concept(ICD, "F12.2"));
    }

    @Test
    void ranges_matchEveryCategoryInside_andNoneOutside() {
        assertEquals(ConditionConcept.ACTIVE_CANCER, concept(ICD, "C00"));
        assertEquals(ConditionConcept.ACTIVE_CANCER, concept(ICD, "C50.9"));
        assertEquals(ConditionConcept.ACTIVE_CANCER, concept(ICD, "C97"));
        assertNull(concept(ICD, "D24"));
        assertNull(concept(ICD, "B99"));
    }

    @Test
    void icd10AndIcd10Cm_areNeverMatchedAgainstEachOther() {
        assertNull(concept(ICD_CM, "Z51.5"));
        assertNull(concept(ICD_CM, "F11.2"));
    }

    @Test
    void snomedCodes_matchExactlyOnly() {
        assertEquals(ConditionConcept.END_OF_LIFE_CARE, concept(SCT, "103735009"));
        assertNull(concept(SCT, "1037350"));
        assertNull(concept(ICD, "103735009"));
    }

    @Test
    void medicineCodings_mapToTheMedicinesTable_dmdUriReadAsSnomed() {
        CodeTables t = tables();
        assertEquals("oxycodone", t.medicine(new Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "7804")).name());
        assertEquals("oxycodone", t.medicine(new Coding("https://dmd.nhs.uk", "387024006")).name());
        assertEquals("codeine", t.medicine(new Coding("http://www.whocc.no/atc", "N02AJ06")).ingredient());
        assertNull(t.medicine(new Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "999999")));
    }

    @Test
    void badRows_areRefusedWithTheirLine() {
        List<RulesetProblem> problems = new ArrayList<>();
        MedicinesTable meds = MedicinesTable.parse(MEDICINES, problems);
        CodeTables.parse("system,code,match,concept,display,source\n"
                + SCT + ",123,prefix,ACTIVE_CANCER,x,s\n"
                + ICD + ",C00,range,ACTIVE_CANCER,x,s\n"
                + ICD + ",Z51.5,exact,TERMINAL,x,s\n",
                "system,code,medicine,display,kind,source\nhttp://x,1,unobtainium,x,x,s\n", meds, problems);
        assertEquals(4, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 2 && "match".equals(p.column())));
        assertTrue(problems.stream().anyMatch(p -> p.line() == 3 && "code".equals(p.column())));
        assertTrue(problems.stream().anyMatch(p -> p.line() == 4 && "concept".equals(p.column())));
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(CodeTables.MEDICINES_FILE) && p.line() == 2));
    }
}

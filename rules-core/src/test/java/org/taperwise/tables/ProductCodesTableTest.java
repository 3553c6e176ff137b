package org.taperwise.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.taperwise.RulesetProblem;
import org.taperwise.model.Coding;
import org.taperwise.model.Form;
import org.taperwise.model.StrengthUnit;

/** The product-code table: rows checked like the other tables, and codes found in either dm+d system. */
class ProductCodesTableTest {
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    static final String DMD = "https://dmd.nhs.uk";
    static final String SCT = "http://snomed.info/sct";
    static final String HEADER = "system,code,display,medicine,form,strength,strength_unit,source\n";
    static final String MEDICINES = "name,ingredient,class,synonyms,source\n"
            + "tramadol,tramadol,opioid,zydol,s\nfentanyl,fentanyl,opioid,,s\nco-codamol,codeine,opioid,,s\n";
    static final String MEDICINE_CODES = "system,code,medicine,display,kind,source\n"
            + RXNORM + ",10689,tramadol,tramadol,IN,s\n";

    private static MedicinesTable medicines() {
        List<RulesetProblem> problems = new ArrayList<>();
        MedicinesTable m = MedicinesTable.parse(MEDICINES, problems);
        assertTrue(problems.isEmpty(), problems::toString);
        return m;
    }

    private static ProductCodesTable parse(String rows, List<RulesetProblem> problems) {
        MedicinesTable meds = medicines();
        CodeTables codes = CodeTables.parse(null, MEDICINE_CODES, meds, problems);
        return ProductCodesTable.parse(HEADER + rows, meds, codes, problems);
    }

    @Test
    void aRow_givesItsMedicineFormAndStrength_andADmdCodeMatchesUnderEitherSystem() {
        List<RulesetProblem> problems = new ArrayList<>();
        ProductCodesTable t = parse(DMD + ",306311000001100,Zydol SR 100mg tablets,zydol,mr-tablet,100,mg,os\n"
                + RXNORM + ",197696,72 HR fentanyl 0.075 MG/HR Transdermal System,fentanyl,patch,75,microgram/hour,"
                + "omtk3\n", problems);
        assertEquals(List.of(), problems);
        ProductCode zydol = t.find(new Coding(DMD, "306311000001100"));
        assertEquals("tramadol", zydol.medicine().name(), "a synonym names its row");
        assertEquals(Form.MR_TABLET, zydol.form());
        assertEquals(0, new BigDecimal("100").compareTo(zydol.strength().value()));
        assertEquals(StrengthUnit.MG, zydol.strength().unit());
        assertSame(zydol, t.find(new Coding(SCT, "306311000001100")), "dm+d identifiers are SNOMED CT identifiers");
        assertSame(zydol, t.find(new Coding("http://dmd.nhs.uk/", " 306311000001100 ")));
        assertEquals(StrengthUnit.MICROGRAM_PER_HOUR, t.find(new Coding(RXNORM, "197696")).strength().unit());
        assertNull(t.find(new Coding(RXNORM, "306311000001100")), "another system's code is another code");
        assertNull(t.find(new Coding(RXNORM, null)));
        assertEquals(2, t.rows().size());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "unknown medicine | " + RXNORM + ",1,x,tapentadolol,tablet,50,mg,s | medicine",
        "unknown form | " + RXNORM + ",1,x,tramadol,pill,50,mg,s | form",
        "unknown unit | " + RXNORM + ",1,x,tramadol,tablet,50,grain,s | strength_unit",
        "strength 0 | " + RXNORM + ",1,x,tramadol,tablet,0,mg,s | strength",
        "strength not a number | " + RXNORM + ",1,x,tramadol,tablet,fifty,mg,s | strength",
        "patch in mg | " + RXNORM + ",1,x,fentanyl,patch,25,mg,s | strength_unit",
        "microgram/hour not a patch | " + RXNORM + ",1,x,fentanyl,buccal,25,microgram/hour,s | strength_unit",
        "unknown system | http://loinc.org,1,x,tramadol,tablet,50,mg,s | system",
        "code not digits | " + RXNORM + ",RX1,x,tramadol,tablet,50,mg,s | code",
        "no source | " + RXNORM + ",1,x,tramadol,tablet,50,mg, | source",
        "no display | " + RXNORM + ",1,,tramadol,tablet,50,mg,s | display",
        "an ingredient code of medicine-codes.csv | " + RXNORM + ",10689,x,tramadol,tablet,50,mg,s | code",
    })
    void aBadRow_isRefusedWithFileLineAndColumn(String why, String row, String column) {
        List<RulesetProblem> problems = new ArrayList<>();
        parse(row + "\n", problems);
        assertEquals(1, problems.size(), problems::toString);
        RulesetProblem p = problems.get(0);
        assertEquals(ProductCodesTable.FILE, p.file());
        assertEquals(2, p.line());
        assertEquals(column, p.column(), p::toString);
    }

    @Test
    void aCodeListedTwice_isRefused_evenUnderTheOtherDmdSystem() {
        List<RulesetProblem> problems = new ArrayList<>();
        parse(DMD + ",306311000001100,Zydol SR 100mg tablets,tramadol,mr-tablet,100,mg,s\n"
                + SCT + ",306311000001100,Zydol SR 100mg tablets,tramadol,mr-tablet,100,mg,s\n", problems);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("already listed on line 2"), problems::toString);
    }

    @Test
    void aMissingColumn_isReported() {
        List<RulesetProblem> problems = new ArrayList<>();
        MedicinesTable meds = medicines();
        ProductCodesTable.parse("system,code,display,medicine,form,strength,source\n", meds, null, problems);
        assertTrue(problems.stream().anyMatch(p -> "strength_unit".equals(p.column())
                && p.message().contains("missing column")), problems::toString);
    }
}

package org.taperwise.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taperwise.RulesetProblem;

/** Reading names as records write them: each step of the matching rules, both ways, and the name-words table. */
class NameMatcherTest {
    private static final String DMD = "https://dmd.nhs.uk";
    private static final String WORDS = "word,kind,source\nsulfate,salt,s\nmr,release,s\nsr,release,s\n"
            + "continus,release,s\ntablets,form,s\noral,form,s\nsolution,form,s\nmg,unit,s\nml,unit,s\nwith,connector,s\n"
            + "and,connector,s\nsyrup,form,s\n";
    private static final NameMatcher MATCHER;

    static {
        List<RulesetProblem> problems = new ArrayList<>();
        MedicinesTable meds = MedicinesTable.parse("name,ingredient,class,synonyms,source\n"
                + "morphine,morphine,opioid,mst continus,s\n"
                + "tramadol,tramadol,opioid,zydol;zydol sr,s\n"
                + "co-codamol,codeine,opioid,paracetamol and codeine,s\n"
                + "hydrocodone with pseudoephedrine,hydrocodone,opioid,p-v-tussin,s\n"
                + "hydrocodone with other ingredients,hydrocodone,opioid,p-v-tussin syrup,s\n", problems);
        ProductCodesTable products = ProductCodesTable.parse(ProductCodesTableTest.HEADER
                + DMD + ",306311000001100,Zydol SR 100mg tablets,tramadol,mr-tablet,100,mg,s\n"
                + DMD + ",3546911000001102,Migraine Relief tablets,co-codamol,tablet,8,mg,s\n", meds, null, problems);
        NameWords words = NameWords.parse(WORDS, problems);
        assertTrue(problems.isEmpty(), problems::toString);
        MATCHER = NameMatcher.build(meds, products, words);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "morphine | morphine",                                    // 1: the name
        "  MST   Continus | morphine",                            // 1: a synonym, case and white space aside
        "Zydol SR 100mg tablets | tramadol",                      // 2: a product's name
        "co-codamol 30/500 | co-codamol",                         // 3: numbers left out
        "tramadol MR | tramadol",                                 // 3: a release word left out
        "MST 30 | morphine",                                      // 3: the key of "mst continus" is "mst"
        "Zydol SR | tramadol",
        "ZYDOL-SR-100MG | tramadol",                              // 3: punctuation splits words, letters from digits
        "Morphine sulfate 10mg/5ml oral solution | morphine",     // 3: salt, strength, form left out
        "codeine with paracetamol | co-codamol",                  // 3: word order and connectors do not matter
        "P-V-Tussin | hydrocodone with pseudoephedrine",          // 1: exact, though its key is shared
    })
    void aNameAsWritten_isItsMedicine(String written, String medicine) {
        NameMatcher.Match m = MATCHER.match(written);
        assertEquals(medicine, m.medicine() == null ? null : m.medicine().name(), () -> written + ": " + m);
        assertEquals(List.of(), m.candidates());
    }

    @ParameterizedTest(name = "\"{0}\" is unrecognised")
    @CsvSource(delimiter = '|', value = {
        "Tramadolex SR 100",      // no part of a word
        "tramad",                 // no prefix
        "morphin",                // no spelling correction
        "Migraine Relief",        // a product name that does not name its medicine is not a name
        "Migraine Relief tablets",
        "100mg tablets",          // nothing left but numbers and name words
        "oxycodone",              // not in the table
    })
    void aNameNotInTheTables_isUnrecognised_withoutCandidates(String written) {
        NameMatcher.Match m = MATCHER.match(written);
        assertNull(m.medicine(), () -> written + ": " + m);
        assertEquals(List.of(), m.candidates());
    }

    @Test
    void aNameOfTwoMedicines_isNeverGuessed_andListsTheCandidates() {
        NameMatcher.Match m = MATCHER.match("P-V-Tussin 5mg");
        assertNull(m.medicine());
        assertEquals(List.of("hydrocodone with other ingredients", "hydrocodone with pseudoephedrine"), m.candidates());
        assertNull(MATCHER.match(null).medicine());
        assertNull(MATCHER.match("  ").medicine());
    }

    @Test
    void theKey_leavesOutNumbersAndNameWords_andSortsTheRest() {
        assertEquals("co codamol", MATCHER.key("Co-codamol 30mg/500mg tablets"));
        assertEquals("morphine", MATCHER.key("Morphine sulfate 10mg/5ml oral solution"));
        assertEquals("acetaminophen hydrocodone", MATCHER.key("hydrocodone/acetaminophen 7.5-325"));
        assertEquals("", MATCHER.key("2.5 mg"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "two words | oral solution,form,s | word",
        "upper case | MR,release,s | word",
        "digits | 24hr,release,s | word",
        "unknown kind | retard,speed,s | kind",
        "no source | retard,release, | source",
    })
    void aBadNameWord_isRefusedWithItsLineAndColumn(String why, String row, String column) {
        List<RulesetProblem> problems = new ArrayList<>();
        NameWords.parse("word,kind,source\n" + row + "\n", problems);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(NameWords.FILE, problems.get(0).file());
        assertEquals(2, problems.get(0).line());
        assertEquals(column, problems.get(0).column());
    }

    @Test
    void aNameWordListedTwice_isRefused() {
        List<RulesetProblem> problems = new ArrayList<>();
        NameWords w = NameWords.parse("word,kind,source\nmr,release,s\nmr,release,s\n", problems);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(3, problems.get(0).line());
        assertTrue(w.contains("mr"));
        assertEquals(1, w.size());
    }
}

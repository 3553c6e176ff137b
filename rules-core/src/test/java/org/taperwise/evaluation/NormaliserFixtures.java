package org.taperwise.evaluation;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.taperwise.RulesetProblem;
import org.taperwise.evaluation.Normaliser.Issue;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.Warning;
import org.taperwise.tables.CodeTables;
import org.taperwise.tables.ConversionTable;
import org.taperwise.tables.MedicinesTable;
import org.taperwise.tables.NameMatcher;
import org.taperwise.tables.NameWords;
import org.taperwise.tables.ProductCodesTable;
import org.taperwise.tables.Profile;
import org.taperwise.tables.ProfileLoader;

/**
 * Small tables for the normaliser's unit tests, built with the ruleset parsers: a medicines table, code tables, a
 * conversion table, and the minimal test ruleset's profile ({@code rulesets/minimal/profiles/test.json}: supply gap
 * 14 days, default days supply 28, supply review 180 days, early-issue fraction 0.85) using that conversion table.
 */
final class NormaliserFixtures {
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    static final String SNOMED = "http://snomed.info/sct";
    static final MedicinesTable MEDICINES;
    static final CodeTables CODES;
    static final ConversionTable CONVERSIONS;
    static final Profile PROFILE;
    /** Reads medicines with the fixture tables, no product codes and no name words. */
    static final MedicineResolver RESOLVER;

    static {
        List<RulesetProblem> problems = new ArrayList<>();
        MEDICINES = MedicinesTable.parse("name,ingredient,class,synonyms,source\n"
                + "morphine,morphine,opioid,,s\noxycodone,oxycodone,opioid,,s\nfentanyl,fentanyl,opioid,,s\n"
                + "buprenorphine,buprenorphine,opioid,,s\ndiazepam,diazepam,benzodiazepine,,s\n", problems);
        CODES = CodeTables.parse("system,code,match,concept,display,source\n"
                + SNOMED + ",103735009,exact,END_OF_LIFE_CARE,Palliative care,s\n"
                + SNOMED + ",363346000,exact,ACTIVE_CANCER,Malignant neoplastic disease,s\n",
                "system,code,medicine,display,kind,source\n" + RXNORM + ",7804,oxycodone,oxycodone,IN,s\n",
                MEDICINES, problems);
        CONVERSIONS = ConversionTable.parse("tables/conversion-test.csv",
                "ingredient,route,unit,strength,above,up_to,factor,status,note,source\n"
                        + "morphine,oral,mg,,,,1,factor,,s\noxycodone,oral,mg,,,,1.5,factor,,s\n"
                        + "fentanyl,transdermal,microgram/hour,,,,2.4,factor,,s\n"
                        + "buprenorphine,,,,,,,excluded,not in this profile,s\n", MEDICINES, problems);
        PROFILE = ProfileLoader.load("profiles/test.json", resource("/rulesets/minimal/profiles/test.json"),
                path -> CONVERSIONS, problems);
        assertTrue(problems.isEmpty(), problems::toString);
        assertNotNull(PROFILE);
        RESOLVER = new MedicineResolver(NameMatcher.build(MEDICINES, ProductCodesTable.empty(), NameWords.none()), CODES,
                ProductCodesTable.empty());
    }

    private NormaliserFixtures() {
    }

    private static String resource(String name) {
        try (InputStream in = NormaliserFixtures.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tablet issue: {@code mg} mg, one tablet {@code times} a day, {@code days} days from {@code issued}. */
    static Prescription.Builder tablet(String medicine, double mg, double times, LocalDate issued, int days) {
        return Prescription.builder().medicine(medicine).form(Form.TABLET).strength(mg, StrengthUnit.MG)
                .dose(1, DoseUnit.UNIT).timesPerDay(times).issued(issued).daysSupply(days);
    }

    /** The patient's issues, resolved against the fixture tables on {@code asOf}. */
    static List<Issue> issues(LocalDate asOf, Prescription... prescriptions) {
        return resolve(asOf, new ArrayList<>(), prescriptions).issues();
    }

    static IssueResolver.Resolved resolve(LocalDate asOf, List<Warning> warnings, Prescription... prescriptions) {
        PatientFacts.Builder facts = PatientFacts.builder("p", asOf);
        for (Prescription rx : prescriptions) {
            facts.prescription(rx);
        }
        return IssueResolver.resolve(facts.build(), PROFILE.parameters(), RESOLVER, warnings);
    }

    /** The refs of some issues, in order. */
    static List<String> refs(List<Issue> issues) {
        return issues.stream().map(Issue::ref).toList();
    }
}

package org.taperwise.examples.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taperwise.TaperwiseEngine;
import org.taperwise.examples.cohort.RealisticProducts.Family;
import org.taperwise.examples.cohort.RealisticProducts.Product;
import org.taperwise.json.ParsedPatient;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.Assessment;
import org.taperwise.model.FlagCode;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;

/** Pins the shape issue 16 asks of the realistic cohort, and that every product in it is one the ruleset knows. */
class RealisticCohortTest {
    private static final int N = 3_000;
    private static TaperwiseEngine engine;
    private static List<PatientFacts> cohort;
    private static final Map<String, Boolean> OPIOID_BY_CODE = new HashMap<>();

    @BeforeAll
    static void setUp() {
        engine = TaperwiseEngine.builder().build();
        cohort = new RealisticCohort(16L).patients(N);
        for (List<Family> list : RealisticProducts.all()) {
            for (Family f : list) {
                for (Product p : f.strengths()) {
                    OPIOID_BY_CODE.put(p.display(), list == RealisticProducts.OPIOIDS);
                    OPIOID_BY_CODE.put(p.code(), list == RealisticProducts.OPIOIDS);
                }
                OPIOID_BY_CODE.put(f.generic(), list == RealisticProducts.OPIOIDS);
            }
        }
    }

    private static boolean opioid(Prescription rx) {
        String key = rx.medicine() != null ? rx.medicine() : rx.coding().get(0).code();
        Boolean opioid = OPIOID_BY_CODE.get(key);
        assertNotNull(opioid, key);
        return opioid;
    }

    /** Regimens of a patient by their id prefix (rx-REGIMEN-ISSUE), each with whether it is an opioid. */
    private static Map<String, Boolean> regimens(PatientFacts p) {
        Map<String, Boolean> out = new HashMap<>();
        for (Prescription rx : p.prescriptions()) {
            String id = rx.id();
            out.put(id.substring(0, id.lastIndexOf('-')), opioid(rx));
        }
        return out;
    }

    @Test
    void sameSeed_givesTheSamePatients_anotherSeedOthers() {
        List<PatientFacts> again = new RealisticCohort(16L).patients(200);
        assertEquals(cohort.subList(0, 200), again);
        assertNotEquals(cohort.subList(0, 200), new RealisticCohort(17L).patients(200));
    }

    @Test
    void everyPatient_hasOneToThreeOpioids_mostOne_someThree() {
        int[] byCount = new int[4];
        for (PatientFacts p : cohort) {
            long opioids = regimens(p).values().stream().filter(o -> o).count();
            assertTrue(opioids >= 1 && opioids <= 3, p.patientId() + ": " + opioids);
            byCount[(int) opioids]++;
        }
        assertTrue(byCount[1] > 0.48 * N && byCount[1] < 0.62 * N, "one opioid: " + byCount[1]);
        assertTrue(byCount[2] > 0.26 * N && byCount[2] < 0.40 * N, "two: " + byCount[2]);
        assertTrue(byCount[3] > 0.08 * N && byCount[3] < 0.16 * N, "three: " + byCount[3]);
    }

    @Test
    void aboutAThird_haveACoPrescribedSedative() {
        long withSedative = cohort.stream().filter(p -> regimens(p).containsValue(false)).count();
        assertTrue(withSedative > 0.29 * N && withSedative < 0.38 * N, "with a sedative: " + withSedative);
    }

    @Test
    void issues_spanAtMostThirteenMonths_monthlyMostly_upToAsOf() {
        int monthly = 0;
        int gaps = 0;
        for (PatientFacts p : cohort) {
            Map<String, java.time.LocalDate> previous = new HashMap<>();
            for (Prescription rx : p.prescriptions()) {
                assertFalse(rx.issued().isBefore(p.asOf().minusMonths(13)), rx.id() + " " + rx.issued());
                assertFalse(rx.issued().isAfter(p.asOf()), rx.id() + " " + rx.issued());
                String regimen = rx.id().substring(0, rx.id().lastIndexOf('-'));
                java.time.LocalDate before = previous.put(regimen, rx.issued());
                if (before != null) {
                    long gap = rx.issued().toEpochDay() - before.toEpochDay();
                    assertTrue(gap >= 21 && gap <= 35, rx.id() + ": " + gap + " days after the issue before");
                    gaps++;
                    monthly += gap == 28 ? 1 : 0;
                }
            }
        }
        assertTrue(monthly > 0.7 * gaps && monthly < 0.95 * gaps, monthly + " of " + gaps + " every 28 days");
    }

    @Test
    void everyPatient_passesStrictValidation_andReadsBackEqualFromItsJson() {
        for (PatientFacts p : cohort) {
            assertEquals(List.of(), engine.validate(p), p.patientId());
            String json = PatientJson.write(p);
            ParsedPatient read = TaperwiseJson.strict().readPatient(json);
            assertEquals(List.of(), read.warnings(), json);
            assertEquals(p, read.facts(), json);
        }
    }

    @Test
    void everyMedicine_isRecognised_andEveryDoseComputed() {
        Set<String> warnings = new HashSet<>();
        for (PatientFacts p : cohort.subList(0, 600)) {
            Assessment a = engine.evaluate(p);
            assertFalse(a.hasFlag(FlagCode.UNRECOGNISED_MEDICINE), () -> TaperwiseJson.write(a));
            assertFalse(a.hasFlag(FlagCode.DOSE_NOT_COMPUTABLE), () -> PatientJson.write(p) + "\n" + TaperwiseJson.write(a));
            a.warnings().forEach(w -> warnings.add(w.code().code()));
        }
        assertFalse(warnings.contains("CODING_DISAGREES"), warnings.toString());
        assertFalse(warnings.contains("CODING_UNMAPPED"), warnings.toString());
        assertFalse(warnings.contains("MEDICINE_NAME_AMBIGUOUS"), warnings.toString());
    }

    @Test
    void hasTheVarietyOfRealRecords() {
        int asNeeded = 0;
        int patches = 0;
        int codeOnly = 0;
        int timed = 0;
        int dispensing = 0;
        int conditions = 0;
        int birthDates = 0;
        for (PatientFacts p : cohort) {
            conditions += p.conditions().isEmpty() ? 0 : 1;
            birthDates += p.birthDate() == null ? 0 : 1;
            for (Prescription rx : p.prescriptions()) {
                asNeeded += rx.asNeeded() ? 1 : 0;
                patches += rx.changeEveryDays() != null ? 1 : 0;
                codeOnly += rx.medicine() == null ? 1 : 0;
                timed += rx.timed() ? 1 : 0;
                dispensing += rx.dose() == null && !rx.timed() ? 1 : 0;
            }
        }
        assertTrue(asNeeded > 0 && patches > 0 && codeOnly > 0 && timed > 0 && dispensing > 0,
                asNeeded + " " + patches + " " + codeOnly + " " + timed + " " + dispensing);
        assertTrue(conditions > 0.12 * N && conditions < 0.22 * N, "with a condition: " + conditions);
        assertTrue(birthDates > 0.95 * N && birthDates < N, "with a birth date: " + birthDates);
    }

    @Test
    void writeCohort_shapeRealistic_writesTheSameFileForTheSameSeed_andRefusesAnUnknownShape(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws IOException {
        java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        java.nio.file.Path a = tmp.resolve("a.jsonl");
        java.nio.file.Path b = tmp.resolve("b.jsonl");
        assertEquals(0, WriteCohort.run(new String[] {"--shape", "realistic", "50", "7", a.toString()}, quiet));
        assertEquals(0, WriteCohort.run(new String[] {"--shape", "realistic", "50", "7", b.toString()}, quiet));
        List<String> lines = java.nio.file.Files.readAllLines(a);
        assertEquals(lines, java.nio.file.Files.readAllLines(b));
        assertEquals(50, lines.size());
        assertEquals(PatientJson.write(new RealisticCohort(7).next()), lines.get(0));
        assertEquals(2, WriteCohort.run(new String[] {"--shape", "real", "50", "7", a.toString()}, quiet));
    }

    /** Every product's dm+d code is a row of tables/product-codes.csv with the same name, form and strength. */
    @Test
    void everyProduct_isARowOfTheBuiltinProductCodeTable() throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("taperwise/rulesets/builtin/tables/product-codes.csv")) {
            assertNotNull(in);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(RealisticCohort.DMD + ",")) {
                    String[] c = line.split(",");
                    rows.put(c[1], c);
                }
            }
        }
        for (List<Family> list : RealisticProducts.all()) {
            for (Family f : list) {
                for (Product p : f.strengths()) {
                    String[] row = rows.get(p.code());
                    assertNotNull(row, p.toString());
                    assertEquals(p.display(), row[2], p.code());
                    assertEquals(p.form().code(), row[4], p.code());
                    assertEquals(0, new java.math.BigDecimal(row[5]).compareTo(java.math.BigDecimal.valueOf(p.strength())),
                            p.code());
                    assertEquals(p.unit().code(), row[6], p.code());
                }
            }
        }
    }
}

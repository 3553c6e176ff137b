package org.taperwise.examples.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.taperwise.examples.worklist.AssessmentJson.ids;
import static org.taperwise.examples.worklist.AssessmentJson.patient;
import static org.taperwise.examples.worklist.AssessmentJson.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worklist's order (RiskOrder): more HIGH flags, then more MODERATE, then the higher daily MME, then more INFO,
 * then the patient id, then the input line; pinned on hand-made assessments, and over seeded random ones: the order
 * does not depend on the order of the input lines, and {@code --limit N} keeps exactly the first N.
 */
class RiskOrderTest {
    private static List<String> handMade() {
        return List.of(
                // one HIGH flag, lower MME, but two MODERATE: above one HIGH with one MODERATE and a higher MME
                patient("high1-mod2-mme60").mme(60).flag("BENZODIAZEPINE_COPRESCRIBED", "HIGH")
                        .flag("GABAPENTINOID_COPRESCRIBED", "MODERATE").flag("MULTIPLE_OPIOIDS", "MODERATE").json(),
                patient("high1-mod1-mme200").mme(200)
                        .flag("HIGH_DOSE", "HIGH", "highDoseMgPerDay", "120", "above")
                        .flag("MULTIPLE_OPIOIDS", "MODERATE").json(),
                patient("high1-mod1-mme150").mme(150)
                        .flag("HIGH_DOSE", "HIGH", "highDoseMgPerDay", "120", "above")
                        .flag("EARLY_OR_OVERLAPPING_SUPPLY", "MODERATE").json(),
                // two HIGH flags at a low dose: first
                patient("high2-mme10").mme(10).flag("MISUSE_SCREEN_POSITIVE", "HIGH")
                        .flag("Z_DRUG_COPRESCRIBED", "HIGH").json(),
                // no HIGH, one MODERATE
                patient("mod1-mme90").mme(90).flag("ELEVATED_DOSE", "MODERATE", "elevatedDoseMgPerDay", "50",
                        "atOrAbove").json(),
                // no flag but INFO: MME decides before INFO
                patient("info2-mme30").mme(30).flag("NALOXONE_RECOMMENDED", "INFO").flag("OLDER_ADULT_OPIOID", "INFO")
                        .json(),
                patient("info0-mme40").mme(40).json(),
                // same MME: INFO decides
                patient("info1-mme40").mme(40).flag("OLDER_ADULT_OPIOID", "INFO").json(),
                // DATA_QUALITY does not rank: ties with info0-mme40 except for the id
                patient("dq1-mme40").mme(40).flag("UNRECOGNISED_MEDICINE", "DATA_QUALITY").incomplete().json());
    }

    private static final List<String> EXPECTED = List.of("high2-mme10", "high1-mod2-mme60", "high1-mod1-mme200",
            "high1-mod1-mme150", "mod1-mme90", "info1-mme40", "dq1-mme40", "info0-mme40", "info2-mme30");

    @Test
    void rankedByHighThenModerateThenMmeThenInfoThenPatientId() {
        assertEquals(EXPECTED, ids(read(handMade()).ranked()));
    }

    @Test
    void theOrderDoesNotDependOnTheInputOrder() {
        List<String> lines = new ArrayList<>(handMade());
        Collections.reverse(lines);
        assertEquals(EXPECTED, ids(read(lines).ranked()));
        Collections.shuffle(lines, new Random(3));
        assertEquals(EXPECTED, ids(read(lines).ranked()));
    }

    @Test
    void tiesAreBrokenByPatientId_thenByInputLine() {
        List<String> lines = List.of(patient("p-b").mme(50).json(), patient("p-c").mme(50).json(),
                patient("p-a").mme(50).json(), patient("P-z").mme(50).json(),
                // the same id twice (two assessments of one patient): both listed, in input order
                patient("p-a").mme(50).asOf("2026-10-01").json());
        List<WorklistEntry> ranked = read(lines).ranked();
        // String order: upper case before lower case
        assertEquals(List.of("P-z", "p-a", "p-a", "p-b", "p-c"), ids(ranked));
        assertEquals(List.of(3L, 5L), List.of(ranked.get(1).line(), ranked.get(2).line()));
    }

    @Test
    void undeterminedPatients_areListedApart_inTheSameOrder_andNotEligibleOnlyCounted() {
        List<String> lines = List.of(
                patient("u-low").status("UNDETERMINED").reason("BIRTH_DATE_MISSING", "no birth date").mme(10).json(),
                patient("e-1").mme(10).json(),
                patient("u-high").status("UNDETERMINED").reason("UNRECOGNISED_MEDICINE", "unknown medicine")
                        .mme(130).flag("HIGH_DOSE", "HIGH", "highDoseMgPerDay", "120", "above").json(),
                patient("n-1").status("NOT_ELIGIBLE").reason("END_OF_LIFE_CARE", "end of life care").mme(300)
                        .flag("HIGH_DOSE", "HIGH", "highDoseMgPerDay", "120", "above")
                        .flag("HIGH_DOSE", "HIGH").json());   // one patient carrying the code, however many times
        Worklist w = read(lines);
        assertEquals(List.of("e-1"), ids(w.ranked()));
        assertEquals(List.of("u-high", "u-low"), ids(w.undetermined()));
        assertEquals("UNRECOGNISED_MEDICINE", w.undetermined().get(0).eligibilityReasons());
        assertEquals("UNRECOGNISED_MEDICINE: unknown medicine", w.undetermined().get(0).undeterminedWhy());
        assertEquals(1, w.notEligible());
        // the NOT_ELIGIBLE patient's HIGH_DOSE is counted under its status
        assertEquals(List.of(0L, 1L, 1L), java.util.Arrays.stream(w.flagCounts().get("HIGH_DOSE")).boxed().toList());
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 12).boxed();
    }

    private static final String[][] FLAGS = {
        {"HIGH_DOSE", "HIGH"}, {"BENZODIAZEPINE_COPRESCRIBED", "HIGH"}, {"MISUSE_SCREEN_POSITIVE", "HIGH"},
        {"ELEVATED_DOSE", "MODERATE"}, {"GABAPENTINOID_COPRESCRIBED", "MODERATE"}, {"MULTIPLE_OPIOIDS", "MODERATE"},
        {"NALOXONE_RECOMMENDED", "INFO"}, {"OLDER_ADULT_OPIOID", "INFO"}, {"UNRECOGNISED_MEDICINE", "DATA_QUALITY"}};

    /**
     * Random ELIGIBLE assessments with few distinct values, so that every key and the id tie-break are exercised;
     * ids are distinct (a repeated id falls back to the input line: {@link #tiesAreBrokenByPatientId_thenByInputLine}).
     */
    private static List<String> random(long seed, int n) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AssessmentJson a = patient("p" + i).mme(10 * r.nextInt(4));
            for (String[] f : FLAGS) {
                if (r.nextInt(4) == 0) {
                    a.flag(f[0], f[1]);
                }
            }
            lines.add(a.json());
        }
        return lines;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seeded_orderFollowsTheKey_isTheSameForAnyInputOrder_andLimitKeepsTheFirstN(long seed) {
        List<String> lines = random(seed, 300);
        List<WorklistEntry> ranked = read(lines).ranked();
        for (int i = 1; i < ranked.size(); i++) {
            WorklistEntry a = ranked.get(i - 1);
            WorklistEntry b = ranked.get(i);
            int cmp = Integer.compare(b.high(), a.high());
            if (cmp == 0) {
                cmp = Integer.compare(b.moderate(), a.moderate());
            }
            if (cmp == 0) {
                cmp = Double.compare(b.dailyMme(), a.dailyMme());
            }
            if (cmp == 0) {
                cmp = Integer.compare(b.info(), a.info());
            }
            if (cmp == 0) {
                cmp = a.patientId().compareTo(b.patientId());
            }
            if (cmp == 0) {
                cmp = Long.compare(a.line(), b.line());
            }
            assertEquals(-1, Integer.signum(cmp), "rank " + i + " before rank " + (i + 1));
        }
        List<String> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(seed + 100));
        List<String> key = ranked.stream().map(e -> e.patientId() + " " + e.flags() + " " + e.dailyMme()).toList();
        assertEquals(key, read(shuffled).ranked().stream()
                .map(e -> e.patientId() + " " + e.flags() + " " + e.dailyMme()).toList());
        for (int limit : IntStream.of(1, 7, 50, 299, 300, 1000).toArray()) {
            List<WorklistEntry> top = read(limit, lines, new ArrayList<>()).ranked();
            assertEquals(ranked.subList(0, Math.min(limit, ranked.size())), top, "--limit " + limit);
        }
    }
}

package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.model.Assessment;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.MmeItem;
import org.taperwise.model.MmeStatus;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;

/**
 * One named case per row of every conversion table, dose-band edges included: the factor the row gives, the
 * daily morphine equivalent it produces, and that the engine used exactly that row. A row added without a case
 * here fails {@link #everyRow_hasACase()}.
 */
class ConversionFactorRowsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final String UK = "uk-opioids-aware";
    private static final String CDC22 = "us-cdc-2022";
    private static final String CDC16 = "us-cdc-2016";
    private static final Set<String> ROWS_USED = ConcurrentHashMap.newKeySet();

    private static Prescription oral(String medicine, Form form, double strengthMg, double units, double times) {
        return Prescription.builder().id("rx").medicine(medicine).form(form).strength(strengthMg, StrengthUnit.MG)
                .dose(units, DoseUnit.UNIT).timesPerDay(times).issued(AS_OF.minusDays(3)).daysSupply(28).build();
    }

    private static Prescription dose(String medicine, Form form, double mg, double times) {
        return Prescription.builder().id("rx").medicine(medicine).form(form).dose(mg, DoseUnit.MG).timesPerDay(times)
                .issued(AS_OF.minusDays(3)).daysSupply(28).build();
    }

    private static Prescription patch(String medicine, double microgramPerHour, double patches, double days) {
        return Prescription.builder().id("rx").medicine(medicine).form(Form.PATCH)
                .strength(microgramPerHour, StrengthUnit.MICROGRAM_PER_HOUR).dose(patches, DoseUnit.UNIT)
                .changeEveryDays(days).issued(AS_OF.minusDays(2)).daysSupply(28).build();
    }

    private static Arguments c(String name, String profile, Prescription rx, Double factor, Double mme) {
        return Arguments.of(profile + ": " + name, profile, rx, factor, mme);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // uk-opioids-aware
                c("codeine oral 0.1: co-codamol 30 mg x2 four times a day = 24", UK, oral("co-codamol", Form.TABLET, 30, 2, 4), 0.1, 24.0),
                c("codeine rectal 0.1: codeine 30 mg suppository four times a day = 12", UK, oral("codeine", Form.SUPPOSITORY, 30, 1, 4), 0.1, 12.0),
                c("dihydrocodeine oral 0.1: 30 mg four times a day = 12", UK, oral("dihydrocodeine", Form.TABLET, 30, 1, 4), 0.1, 12.0),
                c("tramadol oral 0.1: 50 mg four times a day = 20", UK, oral("tramadol", Form.CAPSULE, 50, 1, 4), 0.1, 20.0),
                c("tapentadol oral 0.4: MR 100 mg twice a day = 80", UK, oral("tapentadol", Form.MR_TABLET, 100, 1, 2), 0.4, 80.0),
                c("morphine oral 1: MST 30 mg twice a day = 60", UK, oral("MST Continus", Form.MR_TABLET, 30, 1, 2), 1.0, 60.0),
                c("morphine rectal 1: 10 mg suppository four times a day = 40", UK, oral("morphine", Form.SUPPOSITORY, 10, 1, 4), 1.0, 40.0),
                c("morphine injection 2: 5 mg four times a day = 40", UK, dose("morphine", Form.INJECTION, 5, 4), 2.0, 40.0),
                c("oxycodone oral 1.5: MR 20 mg twice a day = 60", UK, oral("OxyContin", Form.MR_TABLET, 20, 1, 2), 1.5, 60.0),
                c("oxycodone rectal 1.5: 30 mg suppository twice a day = 90", UK, oral("oxycodone", Form.SUPPOSITORY, 30, 1, 2), 1.5, 90.0),
                c("oxycodone injection 3: 5 mg four times a day = 60", UK, dose("oxycodone", Form.INJECTION, 5, 4), 3.0, 60.0),
                c("hydromorphone oral 5: 2.6 mg four times a day = 52", UK, oral("hydromorphone", Form.CAPSULE, 2.6, 1, 4), 5.0, 52.0),
                c("pethidine oral 0.1: 50 mg four times a day = 20", UK, oral("pethidine", Form.TABLET, 50, 1, 4), 0.1, 20.0),
                c("diamorphine injection 3.3: 5 mg four times a day = 66", UK, dose("diamorphine", Form.INJECTION, 5, 4), 3.3, 66.0),
                c("buprenorphine sublingual 40: 200 microgram three times a day = 24", UK,
                        Prescription.builder().id("rx").medicine("Temgesic").form(Form.SUBLINGUAL).strength(200, StrengthUnit.MICROGRAM)
                                .dose(1, DoseUnit.UNIT).timesPerDay(3).issued(AS_OF.minusDays(3)).daysSupply(28).build(), 40.0, 24.0),
                c("buprenorphine patch 2.4: 10 microgram/hour = 24", UK, patch("BuTrans", 10, 1, 7), 2.4, 24.0),
                c("buprenorphine patch 2.4: 52.5 microgram/hour = 126", UK, patch("Transtec", 52.5, 1, 3.5), 2.4, 126.0),
                c("fentanyl 12 microgram/hour patch 2.5 = 30", UK, patch("fentanyl", 12, 1, 3), 2.5, 30.0),
                c("fentanyl 12 microgram/hour, two patches = 60", UK, patch("fentanyl", 12, 2, 3), 2.5, 60.0),
                c("fentanyl patch 2.4: 25 microgram/hour = 60", UK, patch("Matrifen", 25, 1, 3), 2.4, 60.0),
                c("fentanyl patch 2.4: 100 microgram/hour = 240", UK, patch("Durogesic", 100, 1, 3), 2.4, 240.0),
                c("methadone excluded: specialist advice", UK, dose("methadone", Form.ORAL_SOLUTION, 30, 1), null, null),
                // us-cdc-2022
                c("codeine 0.15: 30 mg x2 four times a day = 36", CDC22, oral("codeine", Form.TABLET, 30, 2, 4), 0.15, 36.0),
                c("hydrocodone 1: 5 mg four times a day = 20 (MMWR table footnote)", CDC22, oral("hydrocodone", Form.TABLET, 5, 1, 4), 1.0, 20.0),
                c("hydromorphone 5: 4 mg four times a day = 80", CDC22, oral("hydromorphone", Form.TABLET, 4, 1, 4), 5.0, 80.0),
                c("methadone 4.7: 40 mg a day = 188", CDC22, dose("methadone", Form.ORAL_SOLUTION, 40, 1), 4.7, 188.0),
                c("morphine 1: 15 mg three times a day = 45", CDC22, oral("morphine", Form.MR_TABLET, 15, 1, 3), 1.0, 45.0),
                c("oxycodone 1.5: ER 10 mg twice a day = 30 (MMWR table footnote)", CDC22, oral("oxycodone", Form.MR_TABLET, 10, 1, 2), 1.5, 30.0),
                c("oxymorphone 3: 10 mg twice a day = 60", CDC22, oral("oxymorphone", Form.MR_TABLET, 10, 1, 2), 3.0, 60.0),
                c("tapentadol 0.4: 100 mg twice a day = 80", CDC22, oral("tapentadol", Form.MR_TABLET, 100, 1, 2), 0.4, 80.0),
                c("tramadol 0.2: 50 mg four times a day = 40", CDC22, oral("tramadol", Form.CAPSULE, 50, 1, 4), 0.2, 40.0),
                c("fentanyl patch 2.4: 75 microgram/hour = 180", CDC22, patch("fentanyl", 75, 1, 3), 2.4, 180.0),
                c("buprenorphine excluded", CDC22, patch("buprenorphine", 10, 1, 7), null, null),
                // us-cdc-2016
                c("codeine 0.15: 60 mg four times a day = 36", CDC16, oral("codeine", Form.TABLET, 60, 1, 4), 0.15, 36.0),
                c("hydrocodone 1: 10 mg three times a day = 30", CDC16, oral("hydrocodone", Form.TABLET, 10, 1, 3), 1.0, 30.0),
                c("hydromorphone 4: 1 mg twice a day = 8", CDC16, oral("hydromorphone", Form.TABLET, 1, 1, 2), 4.0, 8.0),
                c("methadone band (0,20] factor 4: 0.5 mg a day = 2 (below 1 mg: defect D1)", CDC16, dose("methadone", Form.ORAL_SOLUTION, 0.5, 1), 4.0, 2.0),
                c("methadone band (0,20] factor 4: 10 mg a day = 40", CDC16, dose("methadone", Form.ORAL_SOLUTION, 10, 1), 4.0, 40.0),
                c("methadone band (0,20] factor 4: edge 20 mg a day = 80", CDC16, dose("methadone", Form.ORAL_SOLUTION, 20, 1), 4.0, 80.0),
                c("methadone band (20,40] factor 8: 20.5 mg a day = 164 (defect D1)", CDC16, dose("methadone", Form.ORAL_SOLUTION, 20.5, 1), 8.0, 164.0),
                c("methadone band (20,40] factor 8: edge 40 mg a day = 320", CDC16, dose("methadone", Form.ORAL_SOLUTION, 40, 1), 8.0, 320.0),
                c("methadone band (40,60] factor 10: 40.5 mg a day = 405", CDC16, dose("methadone", Form.ORAL_SOLUTION, 40.5, 1), 10.0, 405.0),
                c("methadone band (40,60] factor 10: edge 60 mg a day = 600 (CDC fixture M4)", CDC16, oral("methadone", Form.TABLET, 10, 2, 3), 10.0, 600.0),
                c("methadone band (60,) factor 12: 60.5 mg a day = 726", CDC16, dose("methadone", Form.ORAL_SOLUTION, 60.5, 1), 12.0, 726.0),
                c("methadone band (60,) factor 12: 100 mg a day = 1200", CDC16, dose("methadone", Form.ORAL_SOLUTION, 100, 1), 12.0, 1200.0),
                c("morphine 1: MS Contin 15 mg three times a day = 45 (COSRI M22)", CDC16, oral("morphine", Form.MR_TABLET, 15, 1, 3), 1.0, 45.0),
                c("oxycodone 1.5: 10 mg four times a day = 60 (CDC fixture M8)", CDC16, oral("oxycodone", Form.TABLET, 10, 1, 4), 1.5, 60.0),
                c("oxymorphone 3: 5 mg four times a day = 60", CDC16, oral("oxymorphone", Form.TABLET, 5, 1, 4), 3.0, 60.0),
                c("fentanyl patch 2.4: 25 microgram/hour = 60 (CDC fixture M1)", CDC16, patch("fentanyl", 25, 1, 3), 2.4, 60.0),
                c("buprenorphine excluded", CDC16, patch("buprenorphine", 5, 1, 7), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(String name, String profile, Prescription rx, Double factor, Double dailyMme) {
        Assessment a = Builtin.engine(profile).evaluate(PatientFacts.builder("p", AS_OF)
                .birthDate(LocalDate.of(1970, 1, 1)).prescription(rx).build());
        MmeItem item = a.mme().items().get(0);
        if (factor == null) {
            assertEquals(MmeStatus.EXCLUDED, item.status(), item::note);
            assertNull(item.dailyMme());
            assertNull(item.factor());
        } else {
            assertEquals(MmeStatus.COMPUTED, item.status(), item::note);
            assertEquals(factor, item.factor());
            assertEquals(dailyMme, item.dailyMme());
        }
        ROWS_USED.add(item.factorSource());
    }

    @Test
    void everyRow_hasACase() throws IOException {
        rows().forEach(a -> {
            Object[] args = a.get();
            row((String) args[0], (String) args[1], (Prescription) args[2], (Double) args[3], (Double) args[4]);
        });
        Set<String> missing = new TreeSet<>();
        for (String table : new String[] {"conversion-uk-opioids-aware.csv", "conversion-us-cdc-2022.csv",
            "conversion-us-cdc-2016.csv"}) {
            String path = "tables/" + table;
            String[] lines;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(
                    "taperwise/rulesets/builtin/" + path)) {
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            }
            boolean header = true;
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                if (l.startsWith("#") || l.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String where = path + " line " + (i + 1);
                if (!ROWS_USED.contains(where)) {
                    missing.add(where + ": " + l.substring(0, Math.min(40, l.length())));
                }
            }
        }
        assertEquals(Set.of(), missing, "conversion-table rows without a case");
    }

    @AfterAll
    static void clear() {
        ROWS_USED.clear();
    }
}

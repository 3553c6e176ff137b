package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.taperwise.model.Administration;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.Taper;
import org.taperwise.model.TaperDose;
import org.taperwise.model.TaperRequest;
import org.taperwise.model.TaperStatus;
import org.taperwise.model.TaperStep;

/**
 * Plans are made of the profile's products: a US patient's steps only of FDA-labelled US strengths
 * ({@code tables/products-us.csv}), a UK MXL patient's only of once-daily MXL capsules taken once a day.
 */
class ProductFamilyPlansTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final Pattern UNIT = Pattern.compile("(\\d+) x (\\d+(?:\\.\\d+)?) mg");

    /** Six monthly issues up to the review date, and a taper requested. */
    private static Taper plan(String profile, String medicine, Form form, double strengthMg, int timesPerDay) {
        PatientFacts.Builder b = PatientFacts.builder("p-products", AS_OF).birthDate(LocalDate.of(1970, 6, 15))
                .taperRequest(new TaperRequest(null, null, List.of()));
        for (int i = 0; i < 6; i++) {
            b.prescription(Prescription.builder().id("rx-" + i).medicine(medicine).form(form)
                    .strength(strengthMg, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(timesPerDay)
                    .issued(AS_OF.minusDays(5 + 28L * (5 - i))).daysSupply(28).build());
        }
        Taper t = Builtin.engine(profile).evaluate(b.build()).taper();
        assertEquals(TaperStatus.PROPOSED, t.status(), t::message);
        assertTrue(t.steps().size() > 2, () -> t.steps().toString());
        return t;
    }

    private static List<Administration> administrations(TaperStep s) {
        List<Administration> out = new ArrayList<>();
        for (TaperDose d : s.doses()) {
            out.addAll(d.administrations());
        }
        return out;
    }

    /** Every strength any step's doses are made of (from "1 x 30 mg + 1 x 15 mg"). */
    private static Set<String> strengthsUsed(Taper t) {
        Set<String> out = new TreeSet<>();
        for (TaperStep s : t.steps()) {
            for (Administration a : administrations(s)) {
                Matcher m = UNIT.matcher(a.make());
                boolean any = false;
                while (m.find()) {
                    out.add(m.group(2));
                    any = true;
                }
                assertTrue(any, () -> "step " + s.step() + ": " + a.make());
            }
        }
        return out;
    }

    @Test
    void usMsContinPatient_isPlannedOnlyWithUsMsContinStrengths() {
        Taper t = plan("us-cdc-2022", "MS Contin", Form.MR_TABLET, 60, 2);
        Set<String> used = strengthsUsed(t);
        assertTrue(Set.of("15", "30", "60", "100", "200").containsAll(used), used::toString);
        assertFalse(used.contains("5") || used.contains("10"), "UK-only MST 5 and 10 mg: " + used);
        assertEquals(0.0, t.steps().get(t.steps().size() - 1).totalDailyMme());
    }

    @Test
    void usHydrocodoneAcetaminophenPatient_isPlannedOnlyWithUsStrengths() {
        Taper t = plan("us-cdc-2022", "Norco", Form.TABLET, 10, 4);
        Set<String> used = strengthsUsed(t);
        // a combination product steps down through the strengths with the same acetaminophen per tablet (Norco
        // 10/325, 7.5/325, 5/325), one strength a step, never more tablets a dose than now (the acetaminophen never rises)
        assertTrue(Set.of("10", "7.5", "5").containsAll(used), used::toString);
        for (TaperStep s : t.steps()) {
            for (Administration a : administrations(s)) {
                assertTrue(a.make().startsWith("1 x "), () -> "step " + s.step() + ": " + a.make());
            }
        }
        assertEquals("hydrocodone with acetaminophen", t.steps().get(0).doses().get(0).medicine());
        assertEquals(0.0, t.steps().get(t.steps().size() - 1).totalDailyMme());
    }

    @Test
    void usHydrocodoneExtendedReleasePatient_isPlannedOnceADayWithHysinglaStrengths() {
        Taper t = plan("us-cdc-2022", "Hysingla ER", Form.MR_TABLET, 60, 1);
        assertTrue(Set.of("20", "30", "40", "60", "80", "100", "120").containsAll(strengthsUsed(t)));
        for (TaperStep s : t.steps()) {
            assertTrue(administrations(s).size() <= 1, () -> "step " + s.step() + ": " + administrations(s));
        }
    }

    @Test
    void ukMxlPatient_isPlannedWithOnceDailyMxl_thenTwelveHourlyZomorphTakenTwiceADay() {
        Taper t = plan("uk-opioids-aware", "MXL", Form.MR_CAPSULE, 60, 1);
        Set<String> used = strengthsUsed(t);
        // MXL 30-200 mg, then (taperSwitchOnceDailyMr) Zomorph 10-200 mg: never MST tablets or other forms
        assertTrue(Set.of("10", "30", "60", "90", "100", "120", "150", "200").containsAll(used), used::toString);
        assertEquals("once a day", administrations(t.steps().get(0)).get(0).when());
        for (TaperStep s : t.steps().subList(1, t.steps().size())) {
            List<Administration> doses = administrations(s);
            assertTrue(doses.size() <= 2, () -> "step " + s.step() + ": " + doses);
            s.doses().forEach(d -> d.supply().forEach(q -> assertTrue(q.product().startsWith("Zomorph"), q::product)));
        }
    }

    @Test
    void ukZydolSrPatient_keepsTheTwelveHourlyFamily_andZydolXlTheOnceDailyOne() {
        Set<String> sr = strengthsUsed(plan("uk-opioids-aware", "Zydol SR 100mg tablets", Form.MR_TABLET, 100, 2));
        assertTrue(Set.of("50", "75", "100", "150", "200").containsAll(sr), sr::toString);
        Taper xl = plan("uk-opioids-aware", "Zydol XL 200mg tablets", Form.MR_TABLET, 200, 1);
        // once a day on the XL family until its strengths allow no step within the pacing, then twice a day on the
        // 12-hourly (SR) family (taperSwitchOnceDailyMr)
        assertTrue(Set.of("50", "75", "100", "150", "200", "300", "400").containsAll(strengthsUsed(xl)));
        boolean twice = false;
        for (TaperStep s : xl.steps()) {
            int n = administrations(s).size();
            assertTrue(n <= 1 || xl.notes().stream().anyMatch(x -> x.contains("taperSwitchOnceDailyMr")),
                    () -> "step " + s.step() + ": " + administrations(s));
            assertTrue(!twice || n != 1 || s == xl.steps().get(xl.steps().size() - 2), "no going back to once a day"
                    + " before the last dose");
            twice |= n == 2;
        }
    }
}

package org.taperwise.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.handout.HandoutFixtures.assessment;
import static org.taperwise.handout.HandoutFixtures.fentanylPatch;
import static org.taperwise.handout.HandoutFixtures.none;
import static org.taperwise.handout.HandoutFixtures.oxycodoneMr;
import static org.taperwise.handout.HandoutFixtures.twoOpioids;
import static org.taperwise.handout.HandoutFixtures.withAsNeeded;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.model.Assessment;
import org.taperwise.model.FlagCode;
import org.taperwise.model.TaperReason;
import org.taperwise.model.TaperStatus;

/** What the handout says, as text and as HTML (tags removed), for each shape of plan. */
class PatientHandoutTest {
    static Stream<Arguments> renderings() {
        Function<Assessment, String> text = PatientHandout::text;
        Function<Assessment, String> html = a -> visible(PatientHandout.html(a));
        return Stream.of(Arguments.of("text", text), Arguments.of("html", html));
    }

    /** The page's text as a reader sees it: tags removed, the escapes HTML uses decoded, spaces collapsed. */
    static String visible(String html) {
        String body = html.substring(html.indexOf("<body>"));
        return body.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void oralModifiedReleasePlan_givesEachStepsDatesTabletsAndTimesOfDay(String kind, Function<Assessment, String> r) {
        String out = flat(r.apply(assessment(oxycodoneMr())));
        assertTrue(out.contains("Now: Sunday 1 November 2026 to Saturday 14 November 2026 (2 weeks)"), out);
        assertTrue(out.contains("Oxycodone 40 mg slow-release tablets"), out);
        assertTrue(out.contains("1 tablet in the morning and 1 tablet in the evening."), out);
        // a dose of two strengths: one line a strength, so the patient can match each box
        assertTrue(out.contains("Step 1: Sunday 15 November 2026 to Saturday 28 November 2026 (2 weeks)"), out);
        assertTrue(out.contains("Oxycodone 30 mg slow-release tablets"), out);
        assertTrue(out.contains("Oxycodone 5 mg slow-release tablets"), out);
        assertTrue(out.contains("1 tablet at night."), out);
        assertTrue(out.contains("Step 3: Sunday 13 December 2026 to Saturday 9 January 2027 (4 weeks)"), out);
        assertTrue(out.contains("Step 4: from Sunday 10 January 2027"), out);
        assertTrue(out.contains("Stop taking oxycodone slow-release tablets. Your plan is finished."), out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void patchPlan_saysWhichPatchAndWhenToChangeIt(String kind, Function<Assessment, String> r) {
        String out = flat(r.apply(assessment(fentanylPatch())));
        assertTrue(out.contains("Fentanyl 50 micrograms an hour patches"), out);
        assertTrue(out.contains("Fentanyl 37.5 micrograms an hour patches"), out);
        assertTrue(out.contains("Wear 1 patch. Every 3 days, take it off and put on a new one."), out);
        assertTrue(out.contains("Stop using fentanyl patches."), out);
        assertTrue(out.contains("(36 days)"), out);
        assertFalse(out.contains("tablet"), out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void severalOpioids_eachHasItsLinesAndTheFirstStoppedIsNamed(String kind, Function<Assessment, String> r) {
        String out = flat(r.apply(assessment(twoOpioids())));
        assertTrue(out.contains("Co-codamol 30 mg tablets"), out);
        assertTrue(out.contains("2 tablets in the morning, 2 tablets at midday, 2 tablets in the late afternoon and"
                + " 2 tablets at bedtime."), out);
        assertTrue(out.contains("Oxycodone 15 mg slow-release tablets"), out);
        assertTrue(out.contains("Stop taking oxycodone slow-release tablets."), out);
        assertTrue(out.contains("Stop taking co-codamol tablets. Your plan is finished."), out);
        // oxycodone stops in step 2, before co-codamol's last step
        assertTrue(out.indexOf("Stop taking oxycodone") < out.indexOf("Step 3:"), out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void asNeededItem_saysOnlyWhenNeededHowMuchAtATimeAndHowOften(String kind, Function<Assessment, String> r) {
        String out = flat(r.apply(assessment(withAsNeeded())));
        assertTrue(out.contains("Morphine liquid, 2 mg in each ml"), out);
        assertTrue(out.contains("Only when you need it: 5 ml at a time. No more than 4 times a day."), out);
        assertTrue(out.contains("Only when you need it: 2.5 ml at a time. No more than 3 times a day."), out);
        assertTrue(out.contains("Morphine 30 mg slow-release tablets"), out);
        assertTrue(out.contains("Stop taking morphine slow-release tablets and morphine liquid."), out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void reviews_nextOneAndEveryDateIncludingThoseWithinLongSteps(String kind, Function<Assessment, String> r) {
        String out = flat(r.apply(assessment(fentanylPatch())));
        assertTrue(out.contains("Your next review is by Thursday 19 November 2026."), out);
        for (String d : List.of("Thursday 19 November 2026", "Sunday 6 December 2026", "Thursday 24 December 2026",
                "Monday 11 January 2027", "Sunday 7 March 2027", "Friday 26 March 2027", "Wednesday 14 April 2027")) {
            assertTrue(out.contains("See your prescriber by " + d + "."), d + " in " + out);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyPlan_explainsWithdrawalToleranceAndOverdose(String kind, Function<Assessment, String> r) {
        String out = flat(r.apply(assessment(oxycodoneMr())));
        assertTrue(out.contains("This is called withdrawal."), out);
        assertTrue(out.contains("They can slow down or pause your plan."), out);
        assertTrue(out.contains("So your old dose is now too strong for you."), out);
        assertTrue(out.contains("could cause an overdose"), out);
        assertTrue(out.contains("If you see any of these, call 999 straight away."), out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void naloxone_onlyWhenTheAssessmentRecommendsIt(String kind, Function<Assessment, String> r) {
        String with = flat(r.apply(assessment(oxycodoneMr(), FlagCode.NALOXONE_RECOMMENDED)));
        String without = flat(r.apply(assessment(oxycodoneMr(), FlagCode.ELEVATED_DOSE)));
        assertTrue(with.contains("Your prescriber thinks you should keep naloxone at home."), with);
        assertTrue(with.contains("they must still call 999"), with);
        assertFalse(without.toLowerCase(Locale.ROOT).contains("naloxone"), without);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void usProfile_givesTheUsEmergencyNumber(String kind, Function<Assessment, String> r) {
        String out = flat(r.apply(assessment("us-cdc-2022", oxycodoneMr(), FlagCode.NALOXONE_RECOMMENDED)));
        assertTrue(out.contains("call 911 straight away"), out);
        assertFalse(out.contains("999"), out);
        assertTrue(PatientHandout.text(assessment(oxycodoneMr()), Locale.US).contains("call 911"));
    }

    static Stream<Arguments> noPlan() {
        return Stream.of(
                Arguments.of(TaperStatus.SPECIALIST_REQUIRED, TaperReason.SPECIALIST_REQUIRED),
                Arguments.of(TaperStatus.NOT_PROPOSED, TaperReason.NOT_ELIGIBLE),
                Arguments.of(TaperStatus.NOT_PROPOSED, TaperReason.END_OF_LIFE_CARE),
                Arguments.of(TaperStatus.NOT_PROPOSED, TaperReason.DOSE_UNKNOWN),
                Arguments.of(TaperStatus.NOT_PROPOSED, TaperReason.REGIMEN_NOT_PLANNABLE),
                Arguments.of(TaperStatus.NOT_PROPOSED, TaperReason.PRODUCTS_UNKNOWN),
                Arguments.of(TaperStatus.NO_CURRENT_OPIOID, TaperReason.NO_CURRENT_OPIOID),
                Arguments.of(null, null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("noPlan")
    void noPlan_saysTalkToYourPrescriberAndGivesNoSchedule(TaperStatus status, TaperReason reason) {
        Assessment a = assessment(status == null ? null : none(status, reason));
        for (String out : List.of(flat(PatientHandout.text(a)), visible(PatientHandout.html(a)))) {
            assertTrue(out.contains("This leaflet does not have a plan to change your medicine."), out);
            assertTrue(out.contains("Talk to your prescriber about your medicine and what happens next."), out);
            assertTrue(out.contains("Do not stop it suddenly."), out);
            assertFalse(out.contains("Step 1"), out);
            assertFalse(Pattern.compile("(?i)what to take|tablet|patch|review is by|Now:").matcher(out).find(), out);
            assertEquals(reason == TaperReason.SPECIALIST_REQUIRED, out.contains("A specialist team"), out);
            assertFalse(out.toLowerCase(Locale.ROOT).contains("naloxone"), out);
        }
        String withNaloxone = PatientHandout.text(assessment(none(TaperStatus.SPECIALIST_REQUIRED,
                TaperReason.SPECIALIST_REQUIRED), FlagCode.NALOXONE_RECOMMENDED));
        assertTrue(withNaloxone.contains("keep naloxone at home"), withNaloxone);
    }

    static Stream<Assessment> everyShape() {
        return Stream.of(assessment(oxycodoneMr(), FlagCode.NALOXONE_RECOMMENDED), assessment(fentanylPatch()),
                assessment(twoOpioids()), assessment(withAsNeeded()),
                assessment(none(TaperStatus.SPECIALIST_REQUIRED, TaperReason.SPECIALIST_REQUIRED)));
    }

    @ParameterizedTest
    @MethodSource("everyShape")
    void clinicianOnlyParts_neverAppear(Assessment a) {
        String html = PatientHandout.html(a);
        for (String id : List.of("TAPER-07", "DOSE-02", "NAL-01", HandoutFixtures.SHA.substring(0, 12), "patient-secret-id")) {
            assertFalse(html.contains(id), id + " in the page's source");
        }
        for (String out : List.of(PatientHandout.text(a), visible(html))) {
            for (String clinical : List.of("TAPER-07", "DOSE-02", "NAL-01", "sha256", HandoutFixtures.SHA.substring(0, 12),
                    "MME", "morphine equivalent", "uk-standard", "policy", "rounding", HandoutFixtures.ROUNDING,
                    "patient-secret-id", "taperwise-builtin", "1.1.0", "FPM", "Opioids Aware", "CDC", "eligib")) {
                assertFalse(out.toLowerCase(Locale.ROOT).contains(clinical.toLowerCase(Locale.ROOT)),
                        clinical + " in the handout: " + out);
            }
            assertFalse(Pattern.compile("\\d+(\\.\\d+)? ?mg (a|per) day").matcher(out).find(), out);
        }
    }
}

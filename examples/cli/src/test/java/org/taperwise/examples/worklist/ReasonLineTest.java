package org.taperwise.examples.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.taperwise.examples.worklist.AssessmentJson.patient;
import static org.taperwise.examples.worklist.AssessmentJson.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-line reasons: built from the assessment's flags, parameters and regimens; no number of its own. */
class ReasonLineTest {
    private static String reasons(AssessmentJson a) {
        return read(List.of(a.json())).ranked().get(0).reasons();
    }

    @Test
    void doseWithTheThresholdTheAssessmentGives_thenOtherFlagsMostSevereFirst() {
        assertEquals("Daily MME 160 mg (above 120: HIGH_DOSE); benzodiazepine co-prescribed; 3 opioids (fentanyl,"
                + " morphine, oxycodone); naloxone recommended", reasons(patient("p").mme(160)
                        .regimens("fentanyl", "morphine", "oxycodone", "morphine")
                        .flag("NALOXONE_RECOMMENDED", "INFO")
                        .flag("MULTIPLE_OPIOIDS", "MODERATE")
                        .flag("HIGH_DOSE", "HIGH", "highDoseMgPerDay", "120", "above")
                        .flag("BENZODIAZEPINE_COPRESCRIBED", "HIGH")));
    }

    @Test
    void aTunedThreshold_isShownAsTheAssessmentReportsIt() {
        assertEquals("Daily MME 100 mg (above 90: HIGH_DOSE)", reasons(patient("p").mme(100)
                .flag("HIGH_DOSE", "HIGH", "highDoseMgPerDay", "90", "above")));
        assertEquals("Daily MME 37.5 mg (at or above 30: ELEVATED_DOSE)", reasons(patient("p").mme(37.5)
                .flag("ELEVATED_DOSE", "MODERATE", "elevatedDoseMgPerDay", "30", "atOrAbove")));
    }

    @Test
    void anIncompleteTotal_isALowerBound() {
        assertEquals("Daily MME at least 40 mg (incomplete); unrecognised medicine (MME may be understated)",
                reasons(patient("p").mme(40).incomplete().flag("UNRECOGNISED_MEDICINE", "DATA_QUALITY")));
    }

    @Test
    void specialistReasons_andAnUnknownFlagCode_areShown() {
        assertEquals("Daily MME 0 mg; specialist input required: methadone, opioid use disorder; SOME_LATER_FLAG",
                reasons(patient("p").specialist("METHADONE", "OPIOID_USE_DISORDER")
                        .flag("SOME_LATER_FLAG", "MODERATE")));
    }

    @Test
    void aDoseFlagWithoutAParameter_namesItsCodeOnly() {
        assertEquals("Daily MME 130 mg (HIGH_DOSE)", reasons(patient("p").mme(130).flag("HIGH_DOSE", "HIGH")));
    }
}

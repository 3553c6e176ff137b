package org.taperwise.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.taperwise.handout.HandoutFixtures.admin;
import static org.taperwise.handout.HandoutFixtures.dose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.model.Form;

/** A dose's lines: one a product strength, counts and times in words a patient reads. */
class DoseWordsTest {
    private static List<Handout.Line> lines(Form form, String regimen, org.taperwise.model.Administration... a) {
        return DoseWords.lines(dose("codeine", form, regimen, a));
    }

    @Test
    void halfTablets_andSeveralTabletsOfOneStrength() {
        List<Handout.Line> l = lines(Form.TABLET, "r", admin("in the morning", 7.5, "0.5 x 15 mg"),
                admin("at bedtime", 45, "1.5 x 30 mg"), admin("at midday", 60, "2 x 30 mg"));
        assertEquals(List.of(new Handout.Line("Codeine 30 mg tablets", "1 and a half tablets at bedtime and 2 tablets"
                + " at midday.", false), new Handout.Line("Codeine 15 mg tablets", "half a tablet in the morning.",
                false)), l);
    }

    @Test
    void asNeeded_onceOrTwiceADay_andADoseOfTwoStrengths() {
        assertEquals("Only when you need it: 1 tablet at a time. No more than once a day.",
                lines(Form.TABLET, "only when needed: 30 mg a dose, at most 1 dose a day",
                        admin("(dose 1)", 30, "1 x 30 mg")).get(0).how());
        assertEquals("Only when you need it: 1 capsule at a time. No more than twice a day.",
                lines(Form.CAPSULE, "only when needed: 30 mg a dose, at most 2 doses a day",
                        admin("(dose 1)", 30, "1 x 30 mg"), admin("(dose 2)", 30, "1 x 30 mg")).get(0).how());
        Handout.Line two = lines(Form.TABLET, "only when needed: 45 mg a dose, at most 1 dose a day",
                admin("(dose 1)", 45, "1 x 30 mg + 1 x 15 mg")).get(0);
        assertEquals(new Handout.Line("Codeine tablets", "Only when you need it: 1 tablet of 30 mg and 1 tablet of"
                + " 15 mg at a time. No more than once a day.", true), two);
    }

    @Test
    void fiveDosesADay_useThePlannersGenericLabels() {
        assertEquals("1 tablet as dose 1 of 5 in the day and 1 tablet as dose 2 of 5 in the day.",
                lines(Form.TABLET, "r", admin("(dose 1 of 5)", 30, "1 x 30 mg"),
                        admin("(dose 2 of 5)", 30, "1 x 30 mg")).get(0).how());
    }

    @Test
    void unreadableMake_fallsBackToTheRegimenSentence() {
        assertEquals(List.of(new Handout.Line("Codeine tablets", "30 mg four times a day.", false)),
                lines(Form.TABLET, "30 mg four times a day", admin("in the morning", 30, "thirty mg")));
    }
}

package org.taperwise.handout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.handout.HandoutFixtures.admin;
import static org.taperwise.handout.HandoutFixtures.assessment;
import static org.taperwise.handout.HandoutFixtures.dose;
import static org.taperwise.handout.HandoutFixtures.proposed;
import static org.taperwise.handout.HandoutFixtures.step;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.model.Amount;
import org.taperwise.model.Assessment;
import org.taperwise.model.Form;
import org.taperwise.model.Supply;
import org.taperwise.model.TaperDose;

/** Each step says what to collect from the pharmacy, by the product's name, in plain words (issue 12 review). */
class HandoutCollectTest {
    private static Assessment plan() {
        TaperDose now = dose("oxycodone", Form.MR_TABLET, "20 mg in the morning, 20 mg in the evening",
                admin("in the morning", 20, "1 x 20 mg"), admin("in the evening", 20, "1 x 20 mg"));
        TaperDose next = dose("oxycodone", Form.MR_TABLET, "15 mg in the morning, 20 mg (1 x 15 mg + 1 x 5 mg) in"
                + " the evening", admin("in the morning", 15, "1 x 15 mg"), admin("in the evening", 20,
                        "1 x 15 mg + 1 x 5 mg")).withSupply(List.of(
                                new Supply("OxyContin 5mg modified-release tablets", new Amount(5, "mg"), 42, "tablet",
                                        30, 30),
                                new Supply("OxyContin 15mg modified-release tablets", new Amount(15, "mg"), 84,
                                        "tablet", 30, 60)));
        return assessment(proposed(step(0, "2026-11-01", "2026-11-15", false, List.of(), now),
                step(1, "2026-11-16", "2026-12-27", true, List.of("2026-12-06"), next),
                step(2, "2026-12-28", "2027-01-10", true, List.of())));
    }

    @Test
    void aStepListsWhatToCollect_byProductName_withQuantitiesInWords() {
        for (String out : List.of(PatientHandout.text(plan()).replaceAll("\\s+", " "),
                PatientHandoutTest.visible(PatientHandout.html(plan())))) {
            assertTrue(out.contains("Collect it from your pharmacy before"), out);
            assertTrue(out.contains("OxyContin 5mg modified-release tablets: 42 tablets (30 tablets at a time, every"
                    + " 30 days)"), out);
            assertTrue(out.contains("OxyContin 15mg modified-release tablets: 84 tablets"), out);
            assertFalse(out.contains("1 tablet of"), out);
        }
    }

    @Test
    void theDoseNow_hasNothingToCollect() {
        String text = PatientHandout.text(plan());
        String now = text.substring(text.indexOf("Now:"), text.indexOf("Step 1:"));
        assertFalse(now.contains("Collect"), now);
    }
}

package org.taperwise.taper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.taperwise.taper.TaperFixtures.drug;
import static org.taperwise.taper.TaperFixtures.fentanyl;
import static org.taperwise.taper.TaperFixtures.milli;
import static org.taperwise.taper.TaperFixtures.oxycodone;
import static org.taperwise.taper.TaperFixtures.parts;
import static org.taperwise.taper.TaperFixtures.products;
import static org.taperwise.taper.TaperFixtures.solution;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.model.Form;
import org.taperwise.model.Supply;

class QuantitiesTest {
    private static String text(List<Supply> s) {
        return String.join(", ", s.stream().map(q -> q.quantity() + " " + q.unit() + " " + q.product()).toList());
    }

    @Test
    void tablets_areEachStrengthsUnitsADay_timesTheStepsDays() throws Exception {
        Drug d = oxycodone(35, 1, 2);
        Dose dose = d.products.make(milli(65), null); // 30 + 35: 1 x 30 in the morning, 1 x 30 + 1 x 5 at night
        assertEquals("14.0 tablet oxycodone mr-tablet 5 mg, 28.0 tablet oxycodone mr-tablet 30 mg",
                text(Quantities.of(d, dose, 14)));
    }

    @Test
    void patches_areThePatchesWornTimesTheChangesTheStepHolds_roundedUp() throws Exception {
        Drug d = fentanyl(75, 1);
        assertEquals("9.0 patch fentanyl patch 25 microgram/hour (each worn 3 days), 9.0 patch fentanyl patch 50 microgram/hour (each worn 3 days)",
                text(Quantities.of(d, new Dose(milli(75), parts(50, 25), true), 25)));
    }

    @Test
    void solutions_areTheMillilitresADayTimesTheDays_asNeededAtTheMost() throws Exception {
        Drug d = drug(solution("morphine", 2, 5, 4, true), 40, products("morphine", Form.ORAL_SOLUTION, true, null, 2));
        assertEquals("280.0 ml morphine oral-solution 2 mg/ml", text(Quantities.of(d, d.original, 14)));
    }

    @Test
    void theStop_needsNothing() throws Exception {
        assertEquals(List.of(), Quantities.of(oxycodone(10, 1, 2), Dose.NONE, 14));
    }
}

package org.taperwise.taper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.taperwise.taper.TaperFixtures.MEDICINES;
import static org.taperwise.taper.TaperFixtures.START;
import static org.taperwise.taper.TaperFixtures.oral;
import static org.taperwise.taper.TaperFixtures.parts;
import static org.taperwise.taper.TaperFixtures.patch;
import static org.taperwise.taper.TaperFixtures.products;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.Prescription;
import org.taperwise.model.Route;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.TaperReason;
import org.taperwise.model.TimeOfDay;
import org.taperwise.taper.TaperAssembler.CurrentOpioid;

class RegimensTest {
    private static CurrentOpioid item(String ref, Prescription rx, double daily) {
        return new CurrentOpioid(ref, MEDICINES.find(rx.medicine()), rx, Route.of(rx.form()),
                BigDecimal.valueOf(daily));
    }

    private static Drug drug(Regimens.Regimen r, List<org.taperwise.tables.Product> products) throws Exception {
        CurrentOpioid o = r.combined();
        return new Drug(o.ref(), r.refs(), o.medicine(), o.rx(), o.route(), Thousandths.of(o.dailyAmount()),
                r.patchesWorn(), products, TaperFixtures.UK, 1, 10, 0);
    }

    @Test
    void twoItemsOfOneMedicineAndForm_takenTogether_areOneRegimen_doseByDose() throws Exception {
        List<Regimens.Regimen> regimens = Regimens.of(List.of(
                item("rx-30", oral("oxycodone", Form.MR_TABLET, 30, 1, 2, false), 60),
                item("rx-5", oral("oxycodone", Form.MR_TABLET, 5, 1, 2, false), 10)));
        assertEquals(1, regimens.size());
        assertEquals(List.of("rx-30", "rx-5"), regimens.get(0).refs());
        Drug d = drug(regimens.get(0), products("oxycodone", Form.MR_TABLET, true, null, 5, 10, 30));
        assertArrayEquals(parts(35, 35), d.original.parts(), "35 mg twice a day, not two opioids");
        assertEquals(2, d.admins0);
    }

    @Test
    void itemsWithDosesByTimeOfDay_addUpAtEachTimeOfDay() throws Exception {
        Prescription morning = Prescription.builder().medicine("oxycodone").form(Form.MR_TABLET)
                .strength(20, StrengthUnit.MG).dose(TimeOfDay.MORNING, 1, DoseUnit.UNIT).issued(START).build();
        Prescription night = Prescription.builder().medicine("oxycodone").form(Form.MR_TABLET)
                .strength(30, StrengthUnit.MG).dose(TimeOfDay.NIGHT, 1, DoseUnit.UNIT).issued(START).build();
        List<Regimens.Regimen> regimens = Regimens.of(List.of(item("am", morning, 20), item("pm", night, 30)));
        Drug d = drug(regimens.get(0), products("oxycodone", Form.MR_TABLET, true, null, 10, 20, 30));
        assertArrayEquals(parts(20, 30), d.original.parts(), "20 mg in the morning, 30 mg at night");
        assertEquals(List.of("in the morning", "at night"), d.timeLabels);
    }

    @Test
    void patchesOfOneMedicine_wornTogether_areOneRegimen_ofEveryPatchWorn() throws Exception {
        List<Regimens.Regimen> regimens = Regimens.of(List.of(item("f100", patch("fentanyl", 100, 1, 3), 100),
                item("f50", patch("fentanyl", 50, 1, 3), 50)));
        assertEquals(1, regimens.size());
        assertArrayEquals(parts(100, 50), regimens.get(0).patchesWorn());
        Drug d = drug(regimens.get(0), products("fentanyl", Form.PATCH, true, 3.0, 12, 25, 50, 75, 100));
        assertEquals(TaperFixtures.milli(150), d.original.daily());
        assertArrayEquals(parts(100, 50), d.original.parts());
    }

    @Test
    void itemsTakenADifferentNumberOfTimesADay_areNotPlannable_theHostIsAskedForTimesOfDay() {
        Drug.NotPlannable e = assertThrows(Drug.NotPlannable.class, () -> Regimens.of(List.of(
                item("a", oral("oxycodone", Form.MR_TABLET, 10, 1, 2, false), 20),
                item("b", oral("oxycodone", Form.MR_TABLET, 5, 1, 1, false), 5))));
        assertEquals(TaperReason.REGIMEN_NOT_PLANNABLE, e.code);
        assertEquals("oxycodone mr-tablet items a + b are taken together but not at the same times of day: record"
                + " their doses by time of day (prescriptions[].doses) so that they can be planned as one regimen",
                e.getMessage());
    }

    @Test
    void patchesChangedAtDifferentIntervals_areNotPlannable() {
        Drug.NotPlannable e = assertThrows(Drug.NotPlannable.class, () -> Regimens.of(List.of(
                item("a", patch("buprenorphine", 20, 1, 7), 20), item("b", patch("buprenorphine", 35, 1, 3.5), 35))));
        assertEquals(TaperReason.REGIMEN_NOT_PLANNABLE, e.code);
    }

    @Test
    void asNeededAndRegularItems_andOtherForms_stayApart() throws Exception {
        List<Regimens.Regimen> regimens = Regimens.of(List.of(
                item("mr", oral("morphine", Form.MR_TABLET, 30, 1, 2, false), 60),
                item("ir", oral("morphine", Form.TABLET, 10, 1, 4, true), 40),
                item("ir2", oral("morphine", Form.TABLET, 10, 1, 4, false), 40)));
        assertEquals(3, regimens.size());
        assertNull(regimens.get(0).patchesWorn());
        assertEquals(List.of("mr"), regimens.get(0).refs());
    }
}

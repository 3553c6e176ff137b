package org.taperwise.taper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.taper.TaperFixtures.MEDICINES;
import static org.taperwise.taper.TaperFixtures.START;
import static org.taperwise.taper.TaperFixtures.UK;
import static org.taperwise.taper.TaperFixtures.milli;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.RulesetProblem;
import org.taperwise.model.Form;
import org.taperwise.model.Prescription;
import org.taperwise.model.Route;
import org.taperwise.model.TaperBasis;
import org.taperwise.model.TaperStep;
import org.taperwise.tables.Product;
import org.taperwise.tables.ProductsTable;
import org.taperwise.tables.TaperPolicy;

/**
 * MXL 60 mg once a day (the issue 12 review): with taperSwitchOnceDailyMr the plan moves to the 12-hourly Zomorph
 * capsules at the same daily dose and steps down 10 mg at a time; without it, the once-daily product is kept and its
 * 50% step comes after a proportionally longer hold.
 */
class ProductSwitchTest {
    private static final ProductsTable TABLE;

    static {
        List<RulesetProblem> problems = new ArrayList<>();
        StringBuilder csv = new StringBuilder("medicine,form,strength,unit,combine,paracetamol_mg,doses_per_day,"
                + "change_every_days,family,examples,source,name\n");
        for (int s : new int[] {30, 60, 90, 120, 150, 200}) {
            csv.append("morphine,mr-capsule,").append(s).append(",mg,yes,,1,,MXL,MXL,test,MXL ").append(s)
                    .append("mg capsules\n");
        }
        for (int s : new int[] {10, 30, 60, 100, 200}) {
            csv.append("morphine,mr-capsule,").append(s).append(",mg,yes,,2,,Zomorph,Zomorph,test,Zomorph ").append(s)
                    .append("mg modified-release capsules\n");
        }
        TABLE = ProductsTable.parse("tables/p.csv", csv.toString(), MEDICINES, problems);
        assertTrue(problems.isEmpty(), problems::toString);
    }

    private static final TaperPolicy POLICY = TaperFixtures.policy(10, TaperBasis.CURRENT, 14);
    private static final Pacing PACING = new Pacing(25, 28, 30, true, false, 6);

    private static List<TaperStep> plan(boolean switchOn, List<String> notes) throws Exception {
        Prescription rx = TaperFixtures.oral("MXL", Form.MR_CAPSULE, 60, 1, 1, false);
        List<Product> mxl = TABLE.forRegimen("morphine", Form.MR_CAPSULE, "MXL", 1, null);
        Drug d = new Drug("rx", List.of("rx"), MEDICINES.find("morphine"), rx, Route.ORAL, milli(60), null, mxl, UK, 1,
                10, 2);
        d.switchTo = switchOn ? ProductSwitch.of(d, mxl, TABLE, UK, 1, 10, 2) : null;
        return TaperSchedule.steps(List.of(d), POLICY, PACING, START, notes);
    }

    @Test
    void mxl60_switchesToTwelveHourlyZomorph_andNoStepCutsMoreThanAQuarterIn14Days() throws Exception {
        List<String> notes = new ArrayList<>();
        List<TaperStep> steps = plan(true, notes);
        assertEquals("60 mg once a day", steps.get(0).doses().get(0).regimen());
        TaperStep first = steps.get(1);
        assertEquals(2, first.doses().get(0).administrations().size(), first::toString);
        assertTrue(first.doses().get(0).supply().stream().allMatch(s -> s.product().startsWith("Zomorph")),
                first::toString);
        for (int i = 1; i < steps.size() - 1; i++) {
            TaperStep prev = steps.get(i - 1);
            double cut = (prev.totalDailyMme() - steps.get(i).totalDailyMme()) / prev.totalDailyMme();
            long held = java.time.temporal.ChronoUnit.DAYS.between(prev.start(), prev.end()) + 1;
            assertTrue(cut * 14 / held <= 0.25 + 1e-9, "step " + i + " cuts " + cut + " after " + held + " days");
        }
        assertNotNull(notes.stream().filter(n -> n.contains("taperSwitchOnceDailyMr")).findFirst().orElse(null),
                notes::toString);
    }

    @Test
    void mxl60_withoutTheSwitch_staysOnceDaily_andHoldsLongerBeforeTheHalvingStep() throws Exception {
        List<String> notes = new ArrayList<>();
        List<TaperStep> steps = plan(false, notes);
        assertEquals("30 mg once a day", steps.get(1).doses().get(0).regimen());
        long held = java.time.temporal.ChronoUnit.DAYS.between(steps.get(0).start(), steps.get(0).end()) + 1;
        assertTrue(held >= 28, "a 50% step after at least two 14-day intervals: " + held);
        assertNull(notes.stream().filter(n -> n.contains("taperSwitchOnceDailyMr")).findFirst().orElse(null));
    }
}

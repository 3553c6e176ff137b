package org.taperwise.examples.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.taperwise.model.Condition;
import org.taperwise.model.ConditionConcept;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.Instrument;
import org.taperwise.model.InstrumentScore;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;

/**
 * Seeded synthetic patients shaped like the seed cohorts (UK primary care, long-term opioids): one or two opioid
 * regimens issued every 28 days (sometimes early or late), now and then a benzodiazepine, a gabapentinoid, a
 * condition, a questionnaire, a missing birth date or an unrecognised medicine. The same seed always gives the
 * same patients. Not clinical data: for tests, benchmarks and {@code screen} demonstrations.
 */
public final class SyntheticCohort implements Cohort {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    /** One regimen a synthetic patient may be on. */
    private record Regimen(String medicine, Form form, double strength, StrengthUnit unit, double dose, DoseUnit doseUnit,
            Double timesPerDay, Double changeEveryDays, boolean asNeeded) {
    }

    private static final List<Regimen> OPIOIDS = List.of(
            new Regimen("co-codamol", Form.TABLET, 30, StrengthUnit.MG, 2, DoseUnit.UNIT, 4.0, null, false),
            new Regimen("co-codamol", Form.TABLET, 8, StrengthUnit.MG, 2, DoseUnit.UNIT, 4.0, null, true),
            new Regimen("codeine", Form.TABLET, 30, StrengthUnit.MG, 1, DoseUnit.UNIT, 4.0, null, false),
            new Regimen("dihydrocodeine", Form.TABLET, 30, StrengthUnit.MG, 1, DoseUnit.UNIT, 3.0, null, false),
            new Regimen("tramadol", Form.CAPSULE, 50, StrengthUnit.MG, 1, DoseUnit.UNIT, 4.0, null, false),
            new Regimen("tramadol", Form.MR_TABLET, 100, StrengthUnit.MG, 1, DoseUnit.UNIT, 2.0, null, false),
            new Regimen("tapentadol", Form.MR_TABLET, 50, StrengthUnit.MG, 1, DoseUnit.UNIT, 2.0, null, false),
            new Regimen("morphine", Form.MR_TABLET, 30, StrengthUnit.MG, 1, DoseUnit.UNIT, 2.0, null, false),
            new Regimen("morphine", Form.MR_TABLET, 60, StrengthUnit.MG, 1, DoseUnit.UNIT, 2.0, null, false),
            new Regimen("Oramorph", Form.ORAL_SOLUTION, 2, StrengthUnit.MG_PER_ML, 5, DoseUnit.ML, 4.0, null, true),
            new Regimen("oxycodone", Form.MR_TABLET, 20, StrengthUnit.MG, 1, DoseUnit.UNIT, 2.0, null, false),
            new Regimen("oxycodone", Form.MR_TABLET, 40, StrengthUnit.MG, 1, DoseUnit.UNIT, 2.0, null, false),
            new Regimen("oxycodone", Form.CAPSULE, 5, StrengthUnit.MG, 1, DoseUnit.UNIT, 4.0, null, true),
            new Regimen("fentanyl", Form.PATCH, 25, StrengthUnit.MICROGRAM_PER_HOUR, 1, DoseUnit.UNIT, null, 3.0, false),
            new Regimen("fentanyl", Form.PATCH, 50, StrengthUnit.MICROGRAM_PER_HOUR, 1, DoseUnit.UNIT, null, 3.0, false),
            new Regimen("BuTrans", Form.PATCH, 10, StrengthUnit.MICROGRAM_PER_HOUR, 1, DoseUnit.UNIT, null, 7.0, false),
            new Regimen("buprenorphine", Form.PATCH, 20, StrengthUnit.MICROGRAM_PER_HOUR, 1, DoseUnit.UNIT, null, 7.0, false),
            new Regimen("methadone", Form.ORAL_SOLUTION, 1, StrengthUnit.MG_PER_ML, 30, DoseUnit.ML, 1.0, null, false));
    private static final List<Regimen> SEDATIVES = List.of(
            new Regimen("diazepam", Form.TABLET, 5, StrengthUnit.MG, 1, DoseUnit.UNIT, 2.0, null, false),
            new Regimen("zopiclone", Form.TABLET, 7.5, StrengthUnit.MG, 1, DoseUnit.UNIT, 1.0, null, false),
            new Regimen("pregabalin", Form.CAPSULE, 75, StrengthUnit.MG, 1, DoseUnit.UNIT, 2.0, null, false),
            new Regimen("gabapentin", Form.CAPSULE, 300, StrengthUnit.MG, 1, DoseUnit.UNIT, 3.0, null, false));
    private static final ConditionConcept[] CONDITIONS = ConditionConcept.values();

    private final SplittableRandom random;

    public SyntheticCohort(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private int sequence;

    /** The next patient. */
    @Override
    public PatientFacts next() {
        int id = ++sequence;
        PatientFacts.Builder b = PatientFacts.builder(String.format("syn-%07d", id), AS_OF);
        if (random.nextInt(50) != 0) {
            b.birthDate(AS_OF.minusYears(17 + random.nextInt(70)).minusDays(random.nextInt(365)));
        }
        int rx = 0;
        int regimens = random.nextInt(10) < 8 ? 1 : 2;
        for (int r = 0; r < regimens; r++) {
            rx = issues(b, OPIOIDS.get(random.nextInt(OPIOIDS.size())), 1 + random.nextInt(8), rx);
        }
        if (random.nextInt(6) == 0) {
            rx = issues(b, SEDATIVES.get(random.nextInt(SEDATIVES.size())), 1 + random.nextInt(4), rx);
        }
        if (random.nextInt(40) == 0) {
            b.prescription(Prescription.builder().id("rx-" + (++rx)).medicine("unlisted-analgesic").form(Form.TABLET)
                    .strength(10, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(2)
                    .issued(AS_OF.minusDays(random.nextInt(20))).build());
        }
        if (random.nextInt(12) == 0) {
            b.condition(new Condition(CONDITIONS[random.nextInt(CONDITIONS.length)], null,
                    AS_OF.minusDays(random.nextInt(700))));
        }
        if (random.nextInt(10) == 0) {
            b.assessment(InstrumentScore.of(Instrument.COMM, random.nextInt(20), AS_OF.minusDays(random.nextInt(120))));
        }
        if (random.nextInt(30) == 0) {
            b.pregnant(true);
        }
        return b.build();
    }

    /** Adds repeat issues of one regimen every 28 days (now and then a few days early or late). */
    private int issues(PatientFacts.Builder b, Regimen g, int count, int rx) {
        LocalDate last = AS_OF.minusDays(random.nextInt(40));
        for (int k = count - 1; k >= 0; k--) {
            LocalDate issued = last.minusDays(28L * k + (random.nextInt(8) == 0 ? random.nextInt(-6, 7) : 0));
            if (issued.isAfter(AS_OF)) {
                issued = AS_OF;
            }
            Prescription.Builder p = Prescription.builder().id("rx-" + (++rx)).medicine(g.medicine()).form(g.form())
                    .strength(g.strength(), g.unit()).dose(g.dose(), g.doseUnit()).asNeeded(g.asNeeded())
                    .issued(issued).daysSupply(28);
            if (g.timesPerDay() != null) {
                p.timesPerDay(g.timesPerDay());
            }
            if (g.changeEveryDays() != null) {
                p.changeEveryDays(g.changeEveryDays());
            }
            b.prescription(p.build());
        }
        return rx;
    }
}

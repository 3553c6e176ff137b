package org.taperwise.examples.cohort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.taperwise.examples.cohort.RealisticProducts.Family;
import org.taperwise.examples.cohort.RealisticProducts.Product;
import org.taperwise.model.Coding;
import org.taperwise.model.Condition;
import org.taperwise.model.ConditionConcept;
import org.taperwise.model.Dose;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.Sex;
import org.taperwise.model.Strength;
import org.taperwise.model.TimeOfDay;
import org.taperwise.model.TimedDose;

/**
 * Seeded synthetic patients shaped like the records a primary care screen of long-term opioid users reads (issue
 * 16): not clinical data, but every product, code, strength and dose is a real one of the built-in ruleset's tables
 * ({@link RealisticProducts}). The same seed always gives the same patients. Each patient has:
 * <ul>
 * <li>one to three opioid regimens (about 55% one, 33% two, 12% three), each a product family issued monthly:
 * every 28 days, one issue in eight up to a week early or late, and one patient in twenty asking early every
 * time (21 to 25 days); a regimen's issues run from 1 to 14 months back, never more than 13 months before
 * {@code asOf} (2026-11-01), most for 10 months or more;</li>
 * <li>about a third a co-prescribed sedative issued the same way and current (a benzodiazepine 40%, a Z-drug 25%,
 * a gabapentinoid 45% of them, one in five of them two of these);</li>
 * <li>the variety real records have: a regimen named by its dm+d product name with its code (35%), by its code
 * only (15%), by its product name only (25%) or by its generic name or a synonym ({@code morphine sulfate},
 * {@code paracetamol and codeine}: 25%); brands (MST Continus, Zomorph, OxyContin, Zydol SR, Palexia SR, Matrifen,
 * BuTrans, Transtec, ...); as-needed items (Oramorph, OxyNorm, co-codamol, tramadol) with a quantity; combination
 * products (co-codamol, co-dydramol, Tramacet, Targinact); patches every 3, 4 or 7 days; a quarter of regimens with
 * a dose change (the next strength up or down, or one unit more) part-way; one in twelve twice-daily regimens with
 * doses that differ by time of day; one in twenty regular regimens as dispensing records (quantity and days
 * supply, no dose instruction); about one regimen in ten stopped two to six months before {@code asOf};</li>
 * <li>a birth date (98%; ages 25 to 92, most 45 to 75), sex (99%; 57% female), and for about one in six a coded
 * condition (SNOMED CT or ICD-10 codes of tables/condition-codes.csv: COPD, CKD, cirrhosis, alcohol dependence,
 * sleep apnoea, now and then cancer or palliative care).</li>
 * </ul>
 * About 19 prescriptions a patient on average (median 18, 1 to about 70): a 5 KB JSON line. {@code RealisticCohortTest}
 * pins the shape.
 */
public final class RealisticCohort implements Cohort {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    /** No issue is older than this: 13 months of history. */
    static final LocalDate EARLIEST = AS_OF.minusMonths(13);
    static final String DMD = "https://dmd.nhs.uk";
    private static final String SNOMED = "http://snomed.info/sct";
    private static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";

    /** Coded conditions, each a row of tables/condition-codes.csv (system, code, display), weighted by repetition. */
    private static final List<Coding> CONDITIONS = List.of(
            new Coding(SNOMED, "13645005", "Chronic obstructive lung disease"),
            new Coding(SNOMED, "13645005", "Chronic obstructive lung disease"),
            new Coding(SNOMED, "313296004", "Mild chronic obstructive pulmonary disease"),
            new Coding(ICD10, "J44.9", "Chronic obstructive pulmonary disease, unspecified"),
            new Coding(SNOMED, "1101000119103", "Obstructive sleep apnea of adult (disorder)"),
            new Coding(ICD10, "G47.3", "Sleep apnoea"),
            new Coding(SNOMED, "431857002", "Chronic kidney disease stage 4"),
            new Coding(SNOMED, "433146000", "Chronic kidney disease stage 5"),
            new Coding(ICD10, "N18.4", "Chronic kidney disease, stage 4"),
            new Coding(ICD10, "K70.3", "Alcoholic cirrhosis of liver"),
            new Coding(ICD10, "K74.6", "Other and unspecified cirrhosis of liver"),
            new Coding(SNOMED, "66590003", "Alcohol dependence (disorder)"),
            new Coding(SNOMED, "7200002", "Alcoholism (disorder)"),
            new Coding(ICD10, "C50.9", "Malignant neoplasm of breast, unspecified"),
            new Coding(SNOMED, "182964004", "Terminal care"));

    private final SplittableRandom random;
    private int sequence;

    public RealisticCohort(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public PatientFacts next() {
        PatientFacts.Builder b = PatientFacts.builder(String.format("rc-%07d", ++sequence), AS_OF);
        if (random.nextInt(50) != 0) {
            int age = 25 + random.nextInt(35) + random.nextInt(33);
            b.birthDate(AS_OF.minusYears(age).minusDays(random.nextInt(365)));
        }
        if (random.nextInt(100) != 0) {
            b.sex(random.nextInt(100) < 57 ? Sex.FEMALE : Sex.MALE);
        }
        boolean earlyRequester = random.nextInt(20) == 0;
        List<Prescription> rx = new ArrayList<>();
        int regimens = 0;
        int u = random.nextInt(100);
        int opioids = u < 55 ? 1 : u < 88 ? 2 : 3;
        for (int i = 0; i < opioids; i++) {
            boolean stopped = random.nextInt(10) == 0;
            regimen(rx, ++regimens, pick(RealisticProducts.OPIOIDS), stopped, earlyRequester);
        }
        if (random.nextInt(3) == 0) {
            int sedatives = random.nextInt(5) == 0 ? 2 : 1;
            for (int i = 0; i < sedatives; i++) {
                int k = random.nextInt(110);
                List<Family> kind = k < 40 ? RealisticProducts.BENZODIAZEPINES
                        : k < 65 ? RealisticProducts.Z_DRUGS : RealisticProducts.GABAPENTINOIDS;
                regimen(rx, ++regimens, pick(kind), false, earlyRequester);
            }
        }
        for (Prescription p : rx) {
            b.prescription(p);
        }
        if (random.nextInt(6) == 0) {
            b.condition(new Condition(null, CONDITIONS.get(random.nextInt(CONDITIONS.size())),
                    AS_OF.minusDays(30 + random.nextInt(2000))));
        }
        return b.build();
    }

    private Family pick(List<Family> families) {
        int total = 0;
        for (Family f : families) {
            total += f.weight();
        }
        int r = random.nextInt(total);
        for (Family f : families) {
            r -= f.weight();
            if (r < 0) {
                return f;
            }
        }
        throw new AssertionError();
    }

    /** How a regimen's issues name the medicine, as different record systems do. */
    private enum Naming { PRODUCT_AND_CODE, CODE_ONLY, PRODUCT_NAME, GENERIC_NAME }

    /** Adds one regimen's monthly issues, newest last, with ids {@code rx-REGIMEN-ISSUE}. */
    private void regimen(List<Prescription> rx, int regimen, Family f, boolean stopped, boolean earlyRequester) {
        int n = random.nextInt(10) < 7 ? 10 + random.nextInt(5) : 1 + random.nextInt(9);
        LocalDate last = stopped ? AS_OF.minusDays(60 + random.nextInt(121)) : AS_OF.minusDays(random.nextInt(28));
        LocalDate[] dates = new LocalDate[n];
        LocalDate d = last;
        for (int k = n - 1; k >= 0; k--) {
            dates[k] = d;
            int gap = earlyRequester ? 21 + random.nextInt(5)
                    : random.nextInt(8) == 0 ? 28 + random.nextInt(-7, 8) : 28;
            d = d.minusDays(gap);
        }
        int u = random.nextInt(100);
        Naming naming = u < 35 ? Naming.PRODUCT_AND_CODE : u < 50 ? Naming.CODE_ONLY
                : u < 75 ? Naming.PRODUCT_NAME : Naming.GENERIC_NAME;
        int strength = random.nextInt(f.strengths().size());
        double dose = f.dose();
        int changeAt = random.nextInt(4) == 0 && n > 1 ? 1 + random.nextInt(n - 1) : -1;
        boolean timed = !f.asNeeded() && !f.patch() && f.timesPerDay() == 2 && random.nextInt(12) == 0;
        boolean dispensing = !f.asNeeded() && !f.patch() && !timed && random.nextInt(20) == 0
                && naming != Naming.CODE_ONLY;
        for (int k = 0; k < n; k++) {
            if (k == changeAt) {
                int s = strength + (random.nextBoolean() ? 1 : -1);
                if (s >= 0 && s < f.strengths().size()) {
                    strength = s;
                } else if (f.doseUnit() == DoseUnit.UNIT && dose == 1 && !f.patch()) {
                    dose = 2;
                }
            }
            if (dates[k].isBefore(EARLIEST)) {
                continue;
            }
            rx.add(issue("rx-" + regimen + "-" + (k + 1), f, f.strengths().get(strength), naming, dose, timed, dispensing,
                    dates[k]));
        }
    }

    private static Prescription issue(String id, Family f, Product p, Naming naming, double dose, boolean timed,
            boolean dispensing, LocalDate issued) {
        String medicine = switch (naming) {
            case PRODUCT_AND_CODE, PRODUCT_NAME -> p.display();
            case CODE_ONLY -> null;
            case GENERIC_NAME -> f.generic();
        };
        List<Coding> coding = naming == Naming.PRODUCT_AND_CODE || naming == Naming.CODE_ONLY
                ? List.of(new Coding(DMD, p.code(), p.display())) : List.of();
        boolean stated = naming != Naming.CODE_ONLY;
        Strength strength = stated ? Strength.of(p.strength(), p.unit()) : null;
        int days = 28;
        double perDay = f.patch() ? 0 : dose * f.timesPerDay();
        BigDecimal quantity = null;
        Dose one = Dose.of(dose, f.doseUnit());
        BigDecimal times = f.timesPerDay() == null ? null : BigDecimal.valueOf(f.timesPerDay());
        List<TimedDose> doses = List.of();
        if (f.patch()) {
            quantity = BigDecimal.valueOf(Math.round(days / f.changeEveryDays()));
        } else if (f.asNeeded()) {
            quantity = BigDecimal.valueOf(perDay * days);
        } else if (timed) {
            doses = List.of(new TimedDose(TimeOfDay.MORNING, one),
                    new TimedDose(TimeOfDay.NIGHT, Dose.of(dose + 1, f.doseUnit())));
            one = null;
            times = null;
        } else if (dispensing) {
            quantity = BigDecimal.valueOf(perDay * days);
            one = null;
            times = null;
        }
        BigDecimal change = f.changeEveryDays() == null ? null
                : BigDecimal.valueOf(f.changeEveryDays());
        return new Prescription(id, medicine, coding, stated ? p.form() : null, strength, one, times, f.asNeeded(),
                change, issued, days, quantity, doses);
    }
}

package org.taperwise.taper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.taperwise.RulesetProblem;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.Prescription;
import org.taperwise.model.Route;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.TaperBasis;
import org.taperwise.rules.TaperPolicyRole;
import org.taperwise.tables.ConversionTable;
import org.taperwise.tables.MedicinesTable;
import org.taperwise.tables.Product;
import org.taperwise.tables.TaperPolicy;

/**
 * Small tables, products and regimens for the taper package's unit tests: UK-style factors (oxycodone 1.5, morphine
 * 1, tramadol and codeine 0.1, fentanyl 2.5 at 12 microgram/hour and 2.4 above, buprenorphine 2.4) and tapentadol
 * with no factor at all.
 */
final class TaperFixtures {
    static final LocalDate START = LocalDate.of(2026, 11, 1);
    static final MedicinesTable MEDICINES;
    static final ConversionTable UK;
    static final List<Long> OXYCODONE_MR = mg(5, 10, 15, 20, 30, 40, 60, 80);

    static {
        List<RulesetProblem> problems = new ArrayList<>();
        MEDICINES = MedicinesTable.parse("name,ingredient,class,synonyms,source\n"
                + "oxycodone,oxycodone,opioid,,s\nmorphine,morphine,opioid,,s\ntramadol,tramadol,opioid,,s\n"
                + "fentanyl,fentanyl,opioid,,s\nbuprenorphine,buprenorphine,opioid,,s\nco-codamol,codeine,opioid,,s\n"
                + "tapentadol,tapentadol,opioid,,s\n", problems);
        UK = ConversionTable.parse("tables/c.csv", "ingredient,route,unit,strength,above,up_to,factor,status,note,source\n"
                + "oxycodone,oral,mg,,,,1.5,factor,,s\nmorphine,oral,mg,,,,1,factor,,s\ntramadol,oral,mg,,,,0.1,factor,,s\n"
                + "codeine,oral,mg,,,,0.1,factor,,s\nfentanyl,transdermal,microgram/hour,12,,,2.5,factor,,s\n"
                + "fentanyl,transdermal,microgram/hour,,,,2.4,factor,,s\n"
                + "buprenorphine,transdermal,microgram/hour,,,,2.4,factor,,s\n", MEDICINES, problems);
        assertTrue(problems.isEmpty(), problems::toString);
    }

    private TaperFixtures() {
    }

    /** Thousandths of each amount: mg(5, 10) is [5000, 10000]. */
    static List<Long> mg(double... amounts) {
        return Arrays.stream(amounts).mapToObj(a -> Thousandths.of(BigDecimal.valueOf(a))).toList();
    }

    /** Thousandths of each amount, as an array. */
    static long[] parts(double... amounts) {
        return mg(amounts).stream().mapToLong(Long::longValue).toArray();
    }

    static long milli(double amount) {
        return Thousandths.of(BigDecimal.valueOf(amount));
    }

    /** Products of one medicine and form, in the strengths given. */
    static List<Product> products(String medicine, Form form, boolean combine, Double changeDays,
            double... strengths) {
        List<Product> out = new ArrayList<>();
        for (double s : strengths) {
            out.add(new Product(medicine, form, BigDecimal.valueOf(s), form == Form.PATCH ? "microgram/hour" : "mg",
                    combine, null, null, changeDays == null ? null : BigDecimal.valueOf(changeDays), null, "test", 0));
        }
        return out;
    }

    /** A product with every column. */
    static Product product(String medicine, Form form, double strength, boolean combine, Double paracetamolMg,
            Integer dosesPerDay, Double changeDays) {
        return new Product(medicine, form, BigDecimal.valueOf(strength), form == Form.PATCH ? "microgram/hour" : "mg",
                combine, paracetamolMg == null ? null : BigDecimal.valueOf(paracetamolMg), dosesPerDay,
                changeDays == null ? null : BigDecimal.valueOf(changeDays), null, "test", 0);
    }

    static TaperPolicy policy(double percent, TaperBasis basis, int days) {
        return new TaperPolicy("p", TaperPolicyRole.STANDARD, percent, basis, days, null, null, false, "test", null, 0);
    }

    /** A two-phase policy: {@code slowPercent} of the target reached once it is below {@code slowBelow}% of the start. */
    static TaperPolicy policy(double percent, TaperBasis basis, int days, double slowBelow, double slowPercent) {
        return new TaperPolicy("p", TaperPolicyRole.STANDARD, percent, basis, days, slowBelow, slowPercent, false, "test",
                null, 0);
    }

    /** Tablets or capsules: {@code units} of {@code strength} mg, {@code times} a day. */
    static Prescription oral(String medicine, Form form, double strength, double units, double times,
            boolean asNeeded) {
        return Prescription.builder().medicine(medicine).form(form).strength(strength, StrengthUnit.MG)
                .dose(units, DoseUnit.UNIT).timesPerDay(times).asNeeded(asNeeded).issued(START).daysSupply(28).build();
    }

    /** Patches: {@code count} of {@code strength} microgram/hour, changed every {@code changeDays} days. */
    static Prescription patch(String medicine, double strength, int count, double changeDays) {
        return Prescription.builder().medicine(medicine).form(Form.PATCH).strength(strength, StrengthUnit.MICROGRAM_PER_HOUR)
                .dose(count, DoseUnit.UNIT).changeEveryDays(changeDays).issued(START).daysSupply(28).build();
    }

    /** Oral solution: {@code ml} of {@code mgPerMl}, {@code times} a day. */
    static Prescription solution(String medicine, double mgPerMl, double ml, double times, boolean asNeeded) {
        return Prescription.builder().medicine(medicine).form(Form.ORAL_SOLUTION).strength(mgPerMl, StrengthUnit.MG_PER_ML)
                .dose(ml, DoseUnit.ML).timesPerDay(times).asNeeded(asNeeded).issued(START).daysSupply(28).build();
    }

    /** The drug for a regimen of {@code daily} mg (or microgram/hour) a day, 1 ml solution steps, 10 ml at most. */
    static Drug drug(Prescription rx, double daily, List<Product> products) throws Drug.NotPlannable {
        return new Drug(rx.medicine(), MEDICINES.find(rx.medicine()), rx, Route.of(rx.form()), milli(daily), products,
                UK, 1, 10);
    }

    /** Oxycodone MR tablets 5-80 mg: {@code units} x {@code strength} mg, {@code times} a day. */
    static Drug oxycodone(double strength, double units, int times) throws Drug.NotPlannable {
        return drug(oral("oxycodone", Form.MR_TABLET, strength, units, times, false), strength * units * times,
                products("oxycodone", Form.MR_TABLET, true, null, 5, 10, 15, 20, 30, 40, 60, 80));
    }

    /** Fentanyl patches 12/25/50/75/100 microgram/hour, changed every 3 days. */
    static Drug fentanyl(double strength, int count) throws Drug.NotPlannable {
        return drug(patch("fentanyl", strength, count, 3), strength * count,
                products("fentanyl", Form.PATCH, true, 3.0, 12, 25, 50, 75, 100));
    }
}

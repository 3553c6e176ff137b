package org.taperwise.examples.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;

/**
 * Seeded patients with five current opioid orders each, coded by RxNorm only, one order of each of the five products
 * the CQL peer comparison uses (issue 16): oxycodone 5 mg tablet (RxNorm 1049621), morphine 30 mg extended-release
 * tablet (891888), fentanyl 75 microgram/hour 72-hour patch (197696), hydrocodone/acetaminophen 7.5/325 mg tablet
 * (857005) and tramadol/acetaminophen 37.5/325 mg tablet [Ultracet] (836397); every code is in the built-in
 * product-codes table. Tablets 1 or 2 every 4, 6, 8 or 12 hours, patches 1 or 2 every 3 days; about a quarter of the
 * tablet orders as needed; each issued in the last 20 days for 30 days. Order of the five and the doses vary by
 * patient; the same seed gives the same patients. Not clinical data: for benchmarks and equality checks.
 *
 * <pre>
 * java -cp examples/target/taperwise.jar org.taperwise.examples.cohort.WriteCohort --shape five-order 2000 5 five.jsonl
 * </pre>
 */
public final class FiveOrderCohort implements Cohort {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final String FENTANYL_PATCH = "197696";
    private static final List<String> CODES = List.of("1049621", "891888", FENTANYL_PATCH, "857005", "836397");
    private static final int[] TIMES_PER_DAY = {6, 4, 3, 2};

    private final SplittableRandom random;
    private int sequence;

    public FiveOrderCohort(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next patient. */
    @Override
    public PatientFacts next() {
        int id = ++sequence;
        PatientFacts.Builder b = PatientFacts.builder(String.format("five-%07d", id), AS_OF)
                .birthDate(AS_OF.minusYears(25 + random.nextInt(60)).minusDays(random.nextInt(365)));
        List<String> codes = new ArrayList<>(CODES);
        for (int i = codes.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            codes.set(j, codes.set(i, codes.get(j)));
        }
        int rx = 0;
        for (String code : codes) {
            Prescription.Builder p = Prescription.builder().id("rx-" + (++rx)).coding(RXNORM, code)
                    .dose(1 + random.nextInt(2), DoseUnit.UNIT).issued(AS_OF.minusDays(random.nextInt(21)))
                    .daysSupply(30);
            if (code.equals(FENTANYL_PATCH)) {
                p.changeEveryDays(3);
            } else {
                p.timesPerDay(TIMES_PER_DAY[random.nextInt(TIMES_PER_DAY.length)]).asNeeded(random.nextInt(4) == 0);
            }
            b.prescription(p.build());
        }
        return b.build();
    }
}

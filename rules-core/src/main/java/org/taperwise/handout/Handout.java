package org.taperwise.handout;

import java.time.LocalDate;
import java.util.List;
import org.taperwise.model.TaperReason;

/**
 * What a patient handout says, before it is rendered as text or HTML: read from an assessment by
 * {@link HandoutReader}. Holds no rule id, hash, policy, algorithm or morphine equivalent: only what the patient takes
 * and when, who to see and when.
 *
 * @param prepared  the assessment's date
 * @param planned   whether there is a dose plan (the taper was PROPOSED); false: no schedule, talk to the prescriber
 * @param whyNot    when not planned, why (for the wording only; never printed as a code); null when planned
 * @param periods   the plan, one period a step, the current dose first; empty when not planned
 * @param reviews   every date by which the patient sees the prescriber, in order; empty when not planned
 * @param naloxone  whether the assessment recommends naloxone (flag NALOXONE_RECOMMENDED)
 * @param emergency the emergency telephone number for the reader's country ("999", "911")
 */
record Handout(LocalDate prepared, boolean planned, TaperReason whyNot, List<Period> periods, List<LocalDate> reviews,
        boolean naloxone, String emergency) {
    Handout {
        periods = List.copyOf(periods);
        reviews = List.copyOf(reviews);
    }

    /** The first review date, or null. */
    LocalDate nextReview() {
        return reviews.isEmpty() ? null : reviews.get(0);
    }

    /**
     * One step of the plan.
     *
     * @param number 0 for the dose now, then 1, 2, ...
     * @param from   first day
     * @param to     last day; for the final period (nothing left to take) the day the plan ends
     * @param lines  what to take, one line a product (strength) and how it is taken; empty when nothing is taken
     * @param stops  medicines taken in the period before and not in this one, with their form ("oxycodone
     *               slow-release tablets")
     * @param seeBy  dates in this period by which the patient sees the prescriber
     * @param last   whether this is the final period (every opioid stopped)
     * @param collect what to collect from the pharmacy for this step, one line a product ("Zomorph 10mg
     *                modified-release capsules: 56 capsules"); empty for the dose now and the final period
     */
    record Period(int number, LocalDate from, LocalDate to, List<Line> lines, List<String> stops,
            List<LocalDate> seeBy, boolean last, List<String> collect) {
        Period {
            collect = List.copyOf(collect);
            lines = List.copyOf(lines);
            stops = List.copyOf(stops);
            seeBy = List.copyOf(seeBy);
        }
    }

    /**
     * One product and how to take it: "Oxycodone 30 mg slow-release tablets", "1 tablet in the morning and
     * 1 tablet in the evening". Both are unescaped text; renderers escape them.
     *
     * @param asNeeded whether it is taken only when needed
     */
    record Line(String product, String how, boolean asNeeded) {
    }
}

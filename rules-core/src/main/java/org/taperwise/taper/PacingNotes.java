package org.taperwise.taper;

import java.util.List;
import org.taperwise.rules.Text;
import org.taperwise.tables.TaperPolicy;

/**
 * What the prescriber and the patient are told when the profile's {@link Pacing} changed one opioid's steps: holds
 * lengthened because the products allow no step small enough, and how a patch's last strength is stopped. Read from
 * the segments {@link StepPlan} made, so a note never claims what the plan does not do.
 */
final class PacingNotes {
    private PacingNotes() {
    }

    static void add(Drug d, List<StepPlan.Segment> segments, TaperPolicy policy, double held, Pacing pacing,
            long smallest, List<String> notes) {
        String limit = Text.num(pacing.maxCutPercentOfCurrent()) + "% of the current daily dose in "
                + policy.intervalDays() + " days";
        int longest = 0;
        int last = segments.size() - 2;
        for (int i = 0; i + 1 < segments.size(); i++) {
            if (d.patch && i == last) {
                continue; // a patch's last stop has a note of its own
            }
            Dose current = segments.get(i).dose();
            Dose next = segments.get(i + 1).dose();
            int days = segments.get(i).days();
            // only holds the pacing set: a longer one the policy's unit steps set is explained by their own note
            if (paced(d, current, next, held, pacing, smallest)
                    && days <= StepPlan.pacedHold(d, policy, pacing, current, next, held)) {
                longest = Math.max(longest, days);
            }
        }
        if (longest > 0) {
            notes.add(d.label() + ": no step removes more than " + limit + "; where the listed "
                    + (d.patch ? "patches" : "products") + " allow no smaller step, the dose before it is held longer"
                    + " (up to " + longest + " days), as the pace slows near the end of a taper (CDC 2022: the taper may"
                    + " need to slow at low doses).");
        }
        if (d.patch && last >= 0 && pacing.share() < 1) {
            StepPlan.Segment lastPatch = segments.get(last);
            double share = share(d, lastPatch.dose(), Dose.NONE, held);
            String what = lastPatch.dose().count() == 1
                    ? "patch (" + Text.num(Thousandths.value(lastPatch.dose().daily())) + " microgram/hour)"
                    : "patches (" + Text.num(Thousandths.value(lastPatch.dose().daily())) + " microgram/hour)";
            notes.add(d.label() + ": the last " + what + " " + (lastPatch.dose().count() == 1 ? "is" : "are")
                    + " worn for " + lastPatch.days() + " days, then removed and not replaced. The listed patches allow"
                    + " no smaller dose, so removing " + (lastPatch.dose().count() == 1 ? "it" : "them") + " is a cut of "
                    + Math.round(share * 100) + "% of the current daily dose; the hold before it keeps that within "
                    + limit + " on average. A prescriber may instead switch the last steps to a small oral dose; this"
                    + " plan does not make that switch.");
        }
    }

    /** Whether the step from {@code current} to {@code next} is larger than the pacing allows in one interval. */
    private static boolean paced(Drug d, Dose current, Dose next, double held, Pacing pacing, long smallest) {
        return next.daily() < current.daily() && !StepPlan.finalOralStop(d, current, next, smallest)
                && share(d, current, next, held) > pacing.share() + 1e-9;
    }

    /** The cut from {@code current} to {@code next} as a share of the regimen's current total. */
    private static double share(Drug d, Dose current, Dose next, double held) {
        return (d.weight(current) - d.weight(next)) / (d.weight(current) + held);
    }
}

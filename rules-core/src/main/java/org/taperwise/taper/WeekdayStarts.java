package org.taperwise.taper;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Step starts on weekdays (the profile's {@code taperStepsStartOnWeekdays}): a step that changes a tablet, capsule or
 * liquid dose and would start on a Saturday or Sunday, when most surgeries and community pharmacies are closed,
 * starts on the Monday; the step before is held one or two days longer, so the pace only slows. A patch step keeps
 * its date: it falls on a patch change day.
 */
final class WeekdayStarts {
    private WeekdayStarts() {
    }

    /**
     * Lengthens {@code lengths} (days of each step, step 0 first) so that no step {@code k > 0} whose
     * {@code patchChange} is false starts on a weekend.
     */
    static void shift(LocalDate start, List<Integer> lengths, List<Boolean> patchChange, List<String> notes) {
        LocalDate from = start;
        boolean moved = false;
        for (int k = 1; k < lengths.size(); k++) {
            from = from.plusDays(lengths.get(k - 1));
            if (patchChange.get(k)) {
                continue;
            }
            int extra = from.getDayOfWeek() == DayOfWeek.SATURDAY ? 2 : from.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : 0;
            if (extra > 0) {
                lengths.set(k - 1, lengths.get(k - 1) + extra);
                from = from.plusDays(extra);
                moved = true;
            }
        }
        if (moved) {
            notes.add("Dose changes start on a weekday: a step that would start on a Saturday or Sunday, when most"
                    + " surgeries and pharmacies are closed, starts on the Monday, and the dose before it is taken one"
                    + " or two days longer than the pace above says (profile parameter taperStepsStartOnWeekdays).");
        }
    }
}

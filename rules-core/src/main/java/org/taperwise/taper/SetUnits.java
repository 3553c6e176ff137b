package org.taperwise.taper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One regimen's sets of strengths a step may hold ({@link StrengthSets#subsets}) and, for each set, the fewest
 * allowed units that make an amount one administration holds ({@link StrengthSets#fewestFrom}), each found the
 * first time it is asked: {@link StrengthSets#compose} and {@link StrengthPlan} ask every set for the same amounts
 * again and again over a plan. One regimen's, on one thread; dropped with it.
 */
final class SetUnits {
    /** A held answer: no allowed units. */
    private static final long[] NONE = new long[0];

    private final List<List<Long>> sets;
    private final List<Map<Long, long[]>> made;
    private final int maxUnits;
    private final Predicate<long[]> allowed;

    /**
     * @param strengths the listed strengths, ascending
     * @param most      the most strengths in a set
     * @param maxUnits  the most units one administration holds
     * @param allowed   whether one administration's units are allowed (a combination product's paracetamol)
     */
    SetUnits(List<Long> strengths, int most, int maxUnits, Predicate<long[]> allowed) {
        this.sets = StrengthSets.subsets(strengths, most);
        this.made = new ArrayList<>(sets.size());
        for (int i = 0; i < sets.size(); i++) {
            made.add(new HashMap<>());
        }
        this.maxUnits = maxUnits;
        this.allowed = allowed;
    }

    /** How many sets there are. */
    int size() {
        return sets.size();
    }

    /** The {@code i}th set, ascending, in the order of {@link StrengthSets#subsets}. */
    List<Long> set(int i) {
        return sets.get(i);
    }

    /** The fewest units of set {@code i} (largest first) that make {@code amount} and are allowed; null when none. */
    long[] fewest(int i, long amount) {
        Map<Long, long[]> held = made.get(i);
        long[] units = held.get(amount);
        if (units == null) {
            List<Long> set = sets.get(i);
            units = StrengthSets.fewestFrom(set, set.size() - 1, amount, maxUnits);
            units = units != null && allowed.test(units) ? units : NONE;
            held.put(amount, units);
        }
        return units == NONE ? null : units;
    }
}

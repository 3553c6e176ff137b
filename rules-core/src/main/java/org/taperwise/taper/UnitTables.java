package org.taperwise.taper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tablets and capsules: every amount one administration can hold from the listed strengths, each with the fewest
 * units that make it. A table depends only on the strengths and limits, never on the patient, so each is built once
 * and shared.
 */
final class UnitTables {
    /**
     * @param makeUp  each amount one administration can hold, with the fewest units that make it
     * @param amounts the keys of makeUp, ascending, indexed for {@link DaySplit}; shared, never changed
     */
    record UnitTable(Map<Long, long[]> makeUp, ListedAmounts amounts) {
        /** The keys of makeUp, ascending; shared, never changed. */
        long[] perAdmin() {
            return amounts.ascending();
        }
    }

    /** What a set of tablet strengths can make per administration; the same for every patient on them. */
    private record UnitKey(List<Long> strengths, int maxUnits, long paracetamolCap, Map<Long, Long> paracetamol) {
    }

    /** Unit tables by strengths and limits (a few dozen in practice; bounded against odd input). */
    private static final Map<UnitKey, UnitTable> CACHE = new ConcurrentHashMap<>();

    private UnitTables() {
    }

    /**
     * The table for the strengths (thousandths of mg, ascending), built once per set of strengths and limits.
     *
     * @param maxUnits       the most units in one administration
     * @param paracetamolCap the most paracetamol (thousandths of mg) one administration may hold; -1: no limit
     * @param paracetamol    combination products: paracetamol (thousandths of mg) per unit of each strength
     */
    static UnitTable of(List<Long> strengths, int maxUnits, long paracetamolCap, Map<Long, Long> paracetamol) {
        UnitTable table = CACHE.get(new UnitKey(strengths, maxUnits, paracetamolCap, paracetamol));
        if (table == null) {
            table = build(strengths, maxUnits, paracetamolCap, paracetamol);
            if (CACHE.size() < 10_000) {
                CACHE.put(new UnitKey(List.copyOf(strengths), maxUnits, paracetamolCap, Map.copyOf(paracetamol)),
                        table);
            }
        }
        return table;
    }

    /** Every sum of 1..maxUnits units, with the fewest units for each amount. */
    private static UnitTable build(List<Long> strengths, int maxUnits, long paracetamolCap,
            Map<Long, Long> paracetamol) {
        Map<Long, long[]> best = new HashMap<>();
        best.put(0L, new long[0]);
        List<Long> frontier = List.of(0L);
        for (int u = 1; u <= maxUnits; u++) {
            List<Long> next = new ArrayList<>();
            for (long base : frontier) {
                for (long s : strengths) {
                    long sum = base + s;
                    if (!best.containsKey(sum)) {
                        long[] prev = best.get(base);
                        long[] combo = Arrays.copyOf(prev, prev.length + 1);
                        combo[prev.length] = s;
                        if (paracetamolCap >= 0 && paracetamolOf(combo, paracetamol) > paracetamolCap) {
                            continue;
                        }
                        best.put(sum, combo);
                        next.add(sum);
                    }
                }
            }
            frontier = next;
        }
        best.remove(0L);
        long[] amounts = best.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        return new UnitTable(Map.copyOf(best), ListedAmounts.of(amounts));
    }

    private static long paracetamolOf(long[] units, Map<Long, Long> paracetamol) {
        long total = 0;
        for (long u : units) {
            total += paracetamol.getOrDefault(u, 0L);
        }
        return total;
    }
}

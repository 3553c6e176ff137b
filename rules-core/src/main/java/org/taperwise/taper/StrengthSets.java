package org.taperwise.taper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which tablets make a day's doses when a step's prescription may hold at most so many strengths of a product (issue
 * 12: default two). The fewest units for each dose come first; when they need more strengths than allowed, every set
 * of allowed size is tried and the one needing the fewest units in all is kept (45 + 60 mg of MS Contin as 30 + 15
 * and 30 + 30, not 30 + 15 and one 60). Which strengths the steps of a whole plan share is {@link StrengthPlan}'s.
 */
final class StrengthSets {
    private StrengthSets() {
    }

    /**
     * Each part's units (thousandths of mg each, largest first), or null when no set of at most {@code most}
     * strengths makes every part within {@code maxUnits} units a part.
     *
     * @param fewest    the fewest units for each amount, from all listed strengths
     * @param strengths the listed strengths, ascending
     * @param most      the most strengths in all; 0 or less: any
     * @param allowed   whether one administration's units are allowed (a combination product's paracetamol)
     */
    static long[][] compose(long[] parts, Map<Long, long[]> fewest, List<Long> strengths, int most, int maxUnits,
            java.util.function.Predicate<long[]> allowed) {
        return compose(parts, fewest, most <= 0 ? null : new SetUnits(strengths, most, maxUnits, allowed), most);
    }

    /**
     * As {@link #compose(long[], Map, List, int, int, java.util.function.Predicate)}, with the sets of at most
     * {@code most} strengths and their units already at hand (null when {@code most} is 0 or less).
     */
    static long[][] compose(long[] parts, Map<Long, long[]> fewest, SetUnits sets, int most) {
        long[][] out = new long[parts.length][];
        boolean all = true;
        for (int i = 0; i < parts.length; i++) {
            out[i] = fewest.get(parts[i]);
            all &= out[i] != null;
        }
        boolean fewestFits = all && (most <= 0 || distinct(out, most + 1) <= most);
        if (fewestFits) {
            return out;
        }
        if (most <= 0) {
            return null;
        }
        long[][] best = null;
        int bestCost = Integer.MAX_VALUE;
        for (int s = 0; s < sets.size(); s++) {
            long[][] c = new long[parts.length][];
            boolean made = true;
            for (int i = 0; i < parts.length && made; i++) {
                c[i] = sets.fewest(s, parts[i]);
                made = c[i] != null;
            }
            if (!made) {
                continue;
            }
            int cost = tablets(c);
            if (cost < bestCost) {
                best = c;
                bestCost = cost;
            }
        }
        return best;
    }

    private static int tablets(long[][] units) {
        int n = 0;
        for (long[] u : units) {
            n += u.length;
        }
        return n;
    }

    /** How many different strengths the units hold, counting no further than {@code enough}. */
    private static int distinct(long[][] units, int enough) {
        long[] seen = new long[enough];
        int n = 0;
        for (long[] u : units) {
            for (long x : u) {
                int i = 0;
                while (i < n && seen[i] != x) {
                    i++;
                }
                if (i == n) {
                    if (n == enough) {
                        return n;
                    }
                    seen[n++] = x;
                }
            }
        }
        return n;
    }

    /** Every set of 1 to {@code most} of the strengths, each ascending. */
    static List<List<Long>> subsets(List<Long> strengths, int most) {
        List<List<Long>> out = new ArrayList<>();
        int n = strengths.size();
        for (int mask = 1; mask < (1 << Math.min(n, 16)); mask++) {
            if (Integer.bitCount(mask) > most) {
                continue;
            }
            List<Long> s = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    s.add(strengths.get(i));
                }
            }
            out.add(s);
        }
        return out;
    }

    /** The fewest units of the strengths up to index {@code top} that add up to {@code amount}, at most {@code left}. */
    static long[] fewestFrom(List<Long> set, int top, long amount, int left) {
        if (amount == 0) {
            return new long[0];
        }
        if (top < 0 || left <= 0) {
            return null;
        }
        long s = set.get(top);
        long[] best = null;
        for (long k = Math.min(amount / s, left); k >= 0; k--) {
            long[] rest = fewestFrom(set, top - 1, amount - k * s, (int) (left - k));
            if (rest != null && (best == null || k + rest.length < best.length)) {
                best = Arrays.copyOf(rest, (int) (k + rest.length));
                System.arraycopy(rest, 0, best, (int) k, rest.length);
                Arrays.fill(best, 0, (int) k, s);
            }
        }
        return best;
    }
}

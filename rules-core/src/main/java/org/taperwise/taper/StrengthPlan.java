package org.taperwise.taper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which tablet strengths make each step's doses, chosen over the whole plan rather than step by step (issue 12 review:
 * oxycodone 30 + 5, 15 + 5, 20 + 5, 20, 15 + 20... was a new prescription almost every step). Every step keeps within
 * the profile's strengths a step ({@code taperMaxStrengthsPerProduct}) and the units a dose the planner allows; of the
 * ways to make the plan's doses, the one with the least cost is kept. A step's choice is a set of strengths (at most
 * the profile's number) and the fewest of its tablets for each dose; it costs its tablets a day, and each strength not
 * in the step before's set costs the profile's {@code taperNewStrengthCostTablets} tablets more (one more product to
 * prescribe, dispense and explain). A set may hold a strength a step does not use (15 + 5 mg, a step of 15 mg): the
 * patient keeps the same two products, so taking the 5 mg again later is no change. Step 0 is the regimen as prescribed.
 */
final class StrengthPlan {
    private StrengthPlan() {
    }

    /**
     * The units of each administration for each dose in turn (tablets and capsules), the first as prescribed; null
     * entries where no listed set makes the dose (the caller words it as before).
     */
    static List<long[][]> choose(Drug d, List<Dose> doses, int newStrengthCost) {
        int n = doses.size();
        List<long[][]> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        if (newStrengthCost <= 0) {
            // no weight on changes: each step's usual make-up, the fewest tablets (within the strengths a step)
            for (Dose x : doses) {
                out.add(DoseWording.units(d, x));
            }
            return out;
        }
        ProductCombinations p = d.products;
        SetUnits sets = p.setUnits();
        List<Set<Long>> keys = new ArrayList<>(sets.size());
        for (int s = 0; s < sets.size(); s++) {
            keys.add(new TreeSet<>(sets.set(s)));
        }
        StrengthBits bits = new StrengthBits(p.strengths);
        long[][] first = DoseWording.units(d, doses.get(0));
        Map<Set<Long>, long[][]> start = new HashMap<>();
        start.put(used(first), first);
        Choices[] steps = new Choices[n];
        steps[0] = Choices.in(start, new int[] {0}, new int[] {-1}, bits, orderOf(start));
        for (int k = 1; k < n; k++) {
            // the cheapest composition for each set of strengths actually used
            Map<Set<Long>, long[][]> opts = new HashMap<>();
            long[] parts = doses.get(k).parts();
            long[][] usual = DoseWording.units(d, doses.get(k));
            for (int s = 0; s < sets.size(); s++) {
                long[][] units = new long[parts.length][];
                boolean ok = true;
                for (int i = 0; i < parts.length && ok; i++) {
                    units[i] = sets.fewest(s, parts[i]);
                    ok = units[i] != null;
                }
                if (ok) {
                    opts.put(keys.get(s), units);
                }
            }
            if (opts.isEmpty()) {
                opts.put(used(usual), usual);
            }
            steps[k] = leastCost(steps[k - 1], opts, usual, newStrengthCost, bits);
        }
        // the last step's cheapest choice (the first found of equal cost), then back from it
        Choices last = steps[n - 1];
        int at = 0;
        for (int i = 1; i < last.cost.length; i++) {
            if (last.cost[i] < last.cost[at]) {
                at = i;
            }
        }
        long[][][] chosen = new long[n][][];
        for (int k = n - 1; k >= 0; k--) {
            chosen[k] = steps[k].units[at];
            at = steps[k].from[at];
        }
        for (long[][] c : chosen) {
            out.add(c);
        }
        return out;
    }

    /**
     * One step's choices, each with the least cost of the plan up to it and the choice before it (an index into the
     * step before's), in the order the least cost is searched: the order of a hash map of the sets of strengths,
     * so that of choices of equal cost the same one is kept as by the map-based search this replaces.
     */
    private record Choices(Set<Long>[] sets, long[] masks, long[][][] units, int[] cost, int[] from) {
        /**
         * The options (their map's order is the search's) with their costs and froms (by the options' order),
         * laid out in {@code order} (indices into the options' order).
         */
        @SuppressWarnings("unchecked")
        static Choices in(Map<Set<Long>, long[][]> options, int[] cost, int[] from, StrengthBits bits, int[] order) {
            int m = options.size();
            Set<Long>[] sets = new Set[m];
            long[][][] units = new long[m][][];
            int i = 0;
            for (Map.Entry<Set<Long>, long[][]> o : options.entrySet()) {
                sets[i] = o.getKey();
                units[i++] = o.getValue();
            }
            Choices c = new Choices(new Set[m], new long[m], new long[m][][], new int[m], new int[m]);
            for (int j = 0; j < m; j++) {
                int o = order[j];
                c.sets[j] = sets[o];
                c.masks[j] = bits.of(sets[o]);
                c.units[j] = units[o];
                c.cost[j] = cost[o];
                c.from[j] = from[o];
            }
            return c;
        }
    }

    /**
     * The least cost to each of a step's options from the step before's choices. Ties go to the fewest strengths
     * added, then to the step's usual make-up (the fewest tablets of the largest strengths): lower places of the
     * cost (a plan has far fewer than 64 steps); of equal costs, the first found.
     */
    private static Choices leastCost(Choices before, Map<Set<Long>, long[][]> opts, long[][] usual,
            int newStrengthCost, StrengthBits bits) {
        int m = opts.size();
        int[] cost = new int[m];
        int[] from = new int[m];
        int o = 0;
        for (Map.Entry<Set<Long>, long[][]> option : opts.entrySet()) {
            long mask = bits.of(option.getKey());
            int tablets = tablets(option.getValue());
            int usualMakeUp = java.util.Arrays.deepEquals(option.getValue(), usual) ? 0 : 1;
            int best = Integer.MAX_VALUE;
            int bestFrom = -1;
            for (int q = 0; q < before.cost.length; q++) {
                int added = bits.added(mask, option.getKey(), before.masks[q], before.sets[q]);
                int c = before.cost[q] + ((added * newStrengthCost + tablets) * 64 + added) * 64 + usualMakeUp;
                if (c < best) {
                    best = c;
                    bestFrom = q;
                }
            }
            cost[o] = best;
            from[o++] = bestFrom;
        }
        return Choices.in(opts, cost, from, bits, orderOf(opts));
    }

    /**
     * The order a hash map keyed by the same sets, filled in the options' order, lists them (indices into the
     * options' order): the order the search reads a step's choices in.
     */
    private static int[] orderOf(Map<Set<Long>, long[][]> opts) {
        Map<Set<Long>, Integer> byIndex = new HashMap<>();
        for (Set<Long> key : opts.keySet()) {
            byIndex.put(key, byIndex.size());
        }
        int[] order = new int[byIndex.size()];
        int j = 0;
        for (int i : byIndex.values()) {
            order[j++] = i;
        }
        return order;
    }

    /** Sets of strengths as bits (bit i: the i-th listed strength), to count what one set adds to another. */
    private static final class StrengthBits {
        private final Map<Long, Integer> bit = new HashMap<>();

        StrengthBits(List<Long> strengths) {
            for (int i = 0; i < strengths.size() && strengths.size() < 64; i++) {
                bit.putIfAbsent(strengths.get(i), i);
            }
        }

        /** The set's bits; -1 when one of its strengths has none (then {@link #added} compares the sets). */
        long of(Set<Long> set) {
            long mask = 0;
            for (Long s : set) {
                Integer i = bit.get(s);
                if (i == null) {
                    return -1;
                }
                mask |= 1L << i;
            }
            return mask;
        }

        /** How many strengths of {@code set} (bits {@code mask}) {@code before} (bits {@code beforeMask}) lacks. */
        int added(long mask, Set<Long> set, long beforeMask, Set<Long> before) {
            if (mask != -1 && beforeMask != -1) {
                return Long.bitCount(mask & ~beforeMask);
            }
            int added = 0;
            for (long s : set) {
                added += before.contains(s) ? 0 : 1;
            }
            return added;
        }
    }

    private static Set<Long> used(long[][] units) {
        Set<Long> s = new TreeSet<>();
        for (long[] u : units) {
            for (long x : u == null ? new long[0] : u) {
                s.add(x);
            }
        }
        return s;
    }

    static int tablets(long[][] units) {
        int t = 0;
        for (long[] u : units) {
            t += u == null ? 0 : u.length;
        }
        return t;
    }
}

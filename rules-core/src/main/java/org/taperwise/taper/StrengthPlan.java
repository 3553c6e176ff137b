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
        int most = p.maxStrengthsOrAny();
        List<List<Long>> sets = StrengthSets.subsets(p.strengths, most <= 0 ? p.strengths.size() : most);
        // per step: the cheapest composition for each set of strengths actually used
        List<Map<Set<Long>, long[][]>> options = new ArrayList<>();
        long[][] first = DoseWording.units(d, doses.get(0));
        Map<Set<Long>, long[][]> start = new HashMap<>();
        start.put(used(first), first);
        options.add(start);
        List<long[][]> usual = new ArrayList<>();
        usual.add(first);
        for (int k = 1; k < n; k++) {
            Map<Set<Long>, long[][]> opts = new HashMap<>();
            long[] parts = doses.get(k).parts();
            usual.add(DoseWording.units(d, doses.get(k)));
            for (List<Long> set : sets) {
                long[][] units = new long[parts.length][];
                boolean made = true;
                for (int i = 0; i < parts.length && made; i++) {
                    units[i] = StrengthSets.fewestFrom(set, set.size() - 1, parts[i], p.maxUnits());
                    made = units[i] != null && p.allowed(units[i]);
                }
                if (!made) {
                    continue;
                }
                opts.put(new TreeSet<>(set), units);
            }
            if (opts.isEmpty()) {
                long[][] own = DoseWording.units(d, doses.get(k));
                opts.put(used(own), own);
            }
            options.add(opts);
        }
        // least cost to each step's choice, then back from the last step
        List<Map<Set<Long>, Integer>> cost = new ArrayList<>();
        List<Map<Set<Long>, Set<Long>>> from = new ArrayList<>();
        Map<Set<Long>, Integer> c0 = new HashMap<>();
        c0.put(options.get(0).keySet().iterator().next(), 0);
        cost.add(c0);
        from.add(new HashMap<>());
        for (int k = 1; k < n; k++) {
            Map<Set<Long>, Integer> ck = new HashMap<>();
            Map<Set<Long>, Set<Long>> fk = new HashMap<>();
            for (Map.Entry<Set<Long>, long[][]> o : options.get(k).entrySet()) {
                int best = Integer.MAX_VALUE;
                Set<Long> bestFrom = null;
                for (Map.Entry<Set<Long>, Integer> prev : cost.get(k - 1).entrySet()) {
                    int added = 0;
                    for (long s : o.getKey()) {
                        added += prev.getKey().contains(s) ? 0 : 1;
                    }
                    // ties go to the fewest strengths added, then to the step's usual make-up (the fewest tablets
                    // of the largest strengths): lower places of the cost (a plan has far fewer than 64 steps)
                    int usualMakeUp = java.util.Arrays.deepEquals(o.getValue(), usual.get(k)) ? 0 : 1;
                    int c = prev.getValue() + ((added * newStrengthCost + tablets(o.getValue())) * 64 + added) * 64
                            + usualMakeUp;
                    if (c < best) {
                        best = c;
                        bestFrom = prev.getKey();
                    }
                }
                ck.put(o.getKey(), best);
                fk.put(o.getKey(), bestFrom);
            }
            cost.add(ck);
            from.add(fk);
        }
        Set<Long> at = cost.get(n - 1).entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        long[][][] chosen = new long[n][][];
        for (int k = n - 1; k >= 0; k--) {
            chosen[k] = options.get(k).get(at);
            at = k > 0 ? from.get(k).get(at) : at;
        }
        for (long[][] c : chosen) {
            out.add(c);
        }
        return out;
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

    private static int tablets(long[][] units) {
        int t = 0;
        for (long[] u : units) {
            t += u == null ? 0 : u.length;
        }
        return t;
    }
}

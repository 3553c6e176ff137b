package org.taperwise.examples.worklist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * The worklist being gathered, one assessment at a time, in memory that grows only with the patients listed: each
 * ELIGIBLE patient's small record (with a limit, only the top {@code limit} of them, in a heap), each UNDETERMINED
 * patient's, and counts. NOT_ELIGIBLE patients are counted, never kept.
 */
public final class Worklist {
    /** Distinct rulesets (and profiles) named one by one; beyond them the assessments are counted together. */
    static final int MAX_RULESETS = 20;
    /** Distinct flag codes counted one by one; beyond them, under "other codes". */
    static final int MAX_FLAG_CODES = 200;
    /** Bad line numbers kept to show on the page. */
    static final int MAX_BAD_LINES_SHOWN = 100;

    /** The ruleset and profile assessments name, with how many did. */
    public record RulesetUse(String id, String version, String sha256, String profile, long assessments) {
    }

    private final int limit;
    private final PriorityQueue<WorklistEntry> top;
    private final List<WorklistEntry> all;
    private final List<WorklistEntry> undetermined = new ArrayList<>();
    private final Map<String, Integer> rulesetIndex = new HashMap<>();
    private final List<String[]> rulesets = new ArrayList<>();
    private final List<long[]> rulesetCounts = new ArrayList<>();
    private long otherRulesets;
    private final Map<String, long[]> flagCounts = new TreeMap<>();
    private final long[] otherFlagCounts = new long[3];
    private long eligible;
    private long notEligible;
    private long undeterminedCount;
    private long bad;
    private long blank;
    private final List<Long> badLines = new ArrayList<>();
    private String firstAsOf;
    private String lastAsOf;

    /** @param limit the most ELIGIBLE patients to list, or 0 for all of them */
    public Worklist(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit);
        }
        this.limit = limit;
        this.top = limit > 0 ? new PriorityQueue<>(Math.min(limit, 1 << 16) + 1,
                RiskOrder.MOST_AT_RISK_FIRST.reversed()) : null;
        this.all = limit > 0 ? null : new ArrayList<>();
    }

    /** Counts and, when listed, keeps the assessment read from {@code line}. */
    void add(Assessed a, long line) {
        int statusIndex = switch (a.status()) {
            case "ELIGIBLE" -> 0;
            case "UNDETERMINED" -> 1;
            default -> 2;
        };
        Set<String> seen = new HashSet<>();
        for (Assessed.FlagRead f : a.flags()) {
            if (!seen.add(f.code())) {
                continue;   // patients carrying the flag: a code raised twice for one patient counts once
            }
            long[] counts = flagCounts.get(f.code());
            if (counts == null && flagCounts.size() < MAX_FLAG_CODES) {
                counts = new long[3];
                flagCounts.put(f.code(), counts);
            }
            (counts == null ? otherFlagCounts : counts)[statusIndex]++;
        }
        if (firstAsOf == null || a.asOf().compareTo(firstAsOf) < 0) {
            firstAsOf = a.asOf();
        }
        if (lastAsOf == null || a.asOf().compareTo(lastAsOf) > 0) {
            lastAsOf = a.asOf();
        }
        int ruleset = ruleset(a);
        switch (statusIndex) {
            case 0 -> {
                eligible++;
                WorklistEntry e = entry(a, line, ruleset, "", "");
                if (top == null) {
                    all.add(e);
                } else {
                    top.add(e);
                    if (top.size() > limit) {
                        top.poll();   // the least at risk of those kept
                    }
                }
            }
            case 1 -> {
                undeterminedCount++;
                List<String> codes = new ArrayList<>();
                List<String> why = new ArrayList<>();
                for (Assessed.Reason r : a.reasons()) {
                    codes.add(r.code());
                    why.add(r.message().isEmpty() ? r.code() : r.code() + ": " + r.message());
                }
                undetermined.add(entry(a, line, ruleset, String.join(";", codes),
                        why.isEmpty() ? "no reason given" : String.join(" ", why)));
            }
            default -> notEligible++;
        }
    }

    private static WorklistEntry entry(Assessed a, long line, int ruleset, String reasonCodes, String why) {
        int[] bySeverity = new int[4];
        List<String> codes = new ArrayList<>();
        for (int s = 0; s < ReasonLine.SEVERITY_ORDER.size(); s++) {
            for (Assessed.FlagRead f : a.flags()) {
                if (f.severity().equals(ReasonLine.SEVERITY_ORDER.get(s))) {
                    bySeverity[s]++;
                    codes.add(f.code());
                }
            }
        }
        if (reasonCodes.isEmpty()) {
            List<String> rc = new ArrayList<>();
            for (Assessed.Reason r : a.reasons()) {
                rc.add(r.code());
            }
            reasonCodes = String.join(";", rc);
        }
        return new WorklistEntry(line, a.patientId(), a.asOf(), a.status(), reasonCodes, why, a.totalDailyMg(),
                a.complete(), bySeverity[0], bySeverity[1], bySeverity[2], bySeverity[3], String.join(" ", codes),
                ReasonLine.of(a), a.taperStatus() == null ? "" : a.taperStatus(), ruleset);
    }

    private int ruleset(Assessed a) {
        String key = a.rulesetId() + '\n' + a.rulesetVersion() + '\n' + a.rulesetSha256() + '\n' + a.profile();
        Integer i = rulesetIndex.get(key);
        if (i == null) {
            if (rulesets.size() >= MAX_RULESETS) {
                otherRulesets++;
                return -1;
            }
            i = rulesets.size();
            rulesetIndex.put(key, i);
            rulesets.add(new String[] {a.rulesetId(), a.rulesetVersion(), a.rulesetSha256(), a.profile()});
            rulesetCounts.add(new long[1]);
        }
        rulesetCounts.get(i)[0]++;
        return i;
    }

    /** A line that was not a usable assessment. */
    void bad(long line) {
        bad++;
        if (badLines.size() < MAX_BAD_LINES_SHOWN) {
            badLines.add(line);
        }
    }

    /** A blank line (ignored, as {@code screen} ignores them). */
    void blank() {
        blank++;
    }

    /** The ELIGIBLE patients listed (all, or the top {@code limit}), most at risk first. */
    public List<WorklistEntry> ranked() {
        List<WorklistEntry> list = new ArrayList<>(top == null ? all : top);
        list.sort(RiskOrder.MOST_AT_RISK_FIRST);
        return list;
    }

    /** Every UNDETERMINED patient, in the same order. */
    public List<WorklistEntry> undetermined() {
        List<WorklistEntry> list = new ArrayList<>(undetermined);
        list.sort(RiskOrder.MOST_AT_RISK_FIRST);
        return list;
    }

    /** The rulesets and profiles the assessments named, in the order first seen (at most {@link #MAX_RULESETS}). */
    public List<RulesetUse> rulesets() {
        List<RulesetUse> list = new ArrayList<>();
        for (int i = 0; i < rulesets.size(); i++) {
            String[] r = rulesets.get(i);
            list.add(new RulesetUse(r[0], r[1], r[2], r[3], rulesetCounts.get(i)[0]));
        }
        return list;
    }

    /** Assessments whose ruleset was beyond the first {@link #MAX_RULESETS} distinct ones. */
    public long otherRulesets() {
        return otherRulesets;
    }

    /** Per flag code, the patients carrying it: {ELIGIBLE, UNDETERMINED, NOT_ELIGIBLE}; codes in byte order. */
    public Map<String, long[]> flagCounts() {
        Map<String, long[]> copy = new LinkedHashMap<>();
        flagCounts.forEach((k, v) -> copy.put(k, v.clone()));
        if (otherFlagCounts[0] + otherFlagCounts[1] + otherFlagCounts[2] > 0) {
            copy.put("(other codes)", otherFlagCounts.clone());
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Count of ELIGIBLE assessments (listed, or beyond the limit). */
    public long eligible() {
        return eligible;
    }

    public long notEligible() {
        return notEligible;
    }

    public long undeterminedCount() {
        return undeterminedCount;
    }

    public long assessments() {
        return eligible + notEligible + undeterminedCount;
    }

    public long badLineCount() {
        return bad;
    }

    /** The first {@link #MAX_BAD_LINES_SHOWN} bad line numbers. */
    public List<Long> badLines() {
        return List.copyOf(badLines);
    }

    public long blankLines() {
        return blank;
    }

    /** 0: every ELIGIBLE patient is listed. */
    public int limit() {
        return limit;
    }

    /** The earliest and latest {@code asOf}, or null before any assessment. */
    public String firstAsOf() {
        return firstAsOf;
    }

    public String lastAsOf() {
        return lastAsOf;
    }
}

package org.taperwise.examples.worklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one line a clinician reads for a patient: the daily MME with the dose flag and the threshold that raised it,
 * then a few words for each other flag, most severe first ("Daily MME 160 mg (above 120: HIGH_DOSE); benzodiazepine
 * co-prescribed; 2 opioids (morphine, oxycodone)"). Built only from the assessment: flag codes, their
 * {@code parameters} (the threshold's value and comparison as the profile gives them), {@code reasons}, and the
 * current regimens' ingredients; no number is written here. A flag code this table does not know (a later contract
 * addition) is shown as its code.
 */
final class ReasonLine {
    /** The dose flags, shown with the MME. */
    static final List<String> DOSE_FLAGS = List.of("HIGH_DOSE", "ELEVATED_DOSE");
    /** Severities, most severe first: the order of the words after the MME. */
    static final List<String> SEVERITY_ORDER = List.of("HIGH", "MODERATE", "INFO", "DATA_QUALITY");

    /** Words for each flag code of contract section 2 (wording only; the assessment decided the flag). */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("BENZODIAZEPINE_COPRESCRIBED", "benzodiazepine co-prescribed"),
            Map.entry("Z_DRUG_COPRESCRIBED", "Z-drug co-prescribed"),
            Map.entry("GABAPENTINOID_COPRESCRIBED", "gabapentinoid co-prescribed"),
            Map.entry("MULTIPLE_OPIOIDS", "multiple opioids"),
            Map.entry("EARLY_OR_OVERLAPPING_SUPPLY", "early or overlapping supply"),
            Map.entry("MISUSE_SCREEN_POSITIVE", "positive misuse screen"),
            Map.entry("NALOXONE_RECOMMENDED", "naloxone recommended"),
            Map.entry("SPECIALIST_INPUT_REQUIRED", "specialist input required"),
            Map.entry("UNRECOGNISED_MEDICINE", "unrecognised medicine (MME may be understated)"),
            Map.entry("DOSE_NOT_COMPUTABLE", "a dose not computable (MME may be understated)"),
            Map.entry("RENAL_IMPAIRMENT_OPIOID", "renal impairment with an opioid"),
            Map.entry("HEPATIC_IMPAIRMENT_OPIOID", "hepatic impairment with an opioid"),
            Map.entry("OLDER_ADULT_OPIOID", "older adult"),
            Map.entry("CODEINE_OR_TRAMADOL_UNDER_18", "codeine or tramadol under 18"),
            Map.entry("TOLERANCE_LOST", "tolerance lost: no opioid in supply, MME is the last regimen supplied"),
            Map.entry("DRUG_SERVICE_REFERRAL", "illicit drug use: drug service referral"),
            Map.entry("OUD_TREATMENT_RECOMMENDED", "opioid use disorder: treatment recommended"));

    private ReasonLine() {
    }

    /** The line for one assessment. */
    static String of(Assessed a) {
        List<String> parts = new ArrayList<>();
        parts.add(dose(a));
        for (String severity : SEVERITY_ORDER) {
            for (Assessed.FlagRead f : a.flags()) {
                if (f.severity().equals(severity) && !DOSE_FLAGS.contains(f.code())) {
                    parts.add(words(f, a));
                }
            }
        }
        return String.join("; ", parts);
    }

    /** "Daily MME 160 mg (above 120: HIGH_DOSE)", "Daily MME at least 40 mg (incomplete)". */
    private static String dose(Assessed a) {
        StringBuilder sb = new StringBuilder("Daily MME ");
        if (!a.complete()) {
            sb.append("at least ");
        }
        sb.append(number(a.totalDailyMg())).append(" mg");
        List<String> notes = new ArrayList<>();
        if (!a.complete()) {
            notes.add("incomplete");
        }
        for (Assessed.FlagRead f : a.flags()) {
            if (DOSE_FLAGS.contains(f.code())) {
                Assessed.Parameter threshold = threshold(f);
                notes.add(threshold == null ? f.code()
                        : comparison(threshold.comparison()) + " " + threshold.value() + ": " + f.code());
            }
        }
        if (!notes.isEmpty()) {
            sb.append(" (").append(String.join("; ", notes)).append(')');
        }
        return sb.toString();
    }

    private static String words(Assessed.FlagRead f, Assessed a) {
        String w = WORDS.getOrDefault(f.code(), f.code());
        switch (f.code()) {
            case "MULTIPLE_OPIOIDS" -> {
                if (a.ingredients().size() > 1) {
                    w = a.ingredients().size() + " opioids (" + String.join(", ", a.ingredients()) + ")";
                }
            }
            case "SPECIALIST_INPUT_REQUIRED" -> {
                if (!f.reasons().isEmpty()) {
                    List<String> why = new ArrayList<>();
                    for (String r : f.reasons()) {
                        why.add(r.toLowerCase(Locale.ROOT).replace('_', ' '));
                    }
                    w += ": " + String.join(", ", why);
                }
            }
            case "OLDER_ADULT_OPIOID" -> {
                // contract section 2: raised at an age of at least olderAdultAgeYears
                for (Assessed.Parameter p : f.parameters()) {
                    if (p.name().equals("olderAdultAgeYears")) {
                        w += " (" + p.value() + " or over)";
                    }
                }
            }
            case "MISUSE_SCREEN_POSITIVE" -> {
                Assessed.Parameter threshold = threshold(f);
                if (threshold != null) {
                    w += " (" + threshold.name() + " " + comparison(threshold.comparison()) + " " + threshold.value()
                            + ")";
                }
            }
            default -> {
                // the words alone: other flags' parameters are windows and switches, not a line a reader needs
            }
        }
        return w;
    }

    /** The flag's first threshold parameter (one with a comparison), or null. */
    private static Assessed.Parameter threshold(Assessed.FlagRead f) {
        for (Assessed.Parameter p : f.parameters()) {
            if (p.comparison() != null) {
                return p;
            }
        }
        return null;
    }

    private static String comparison(String c) {
        return switch (c) {
            case "above" -> "above";
            case "atOrAbove" -> "at or above";
            default -> c;
        };
    }

    /** 160.0 as "160", 37.5 as "37.5": the number as the assessment gives it, without a trailing ".0". */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}

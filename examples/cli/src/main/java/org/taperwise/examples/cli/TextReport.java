package org.taperwise.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.taperwise.Problem;
import org.taperwise.model.Administration;
import org.taperwise.model.Amount;
import org.taperwise.model.Assessment;
import org.taperwise.model.EligibilityReason;
import org.taperwise.model.FiredRule;
import org.taperwise.model.Flag;
import org.taperwise.model.MmeItem;
import org.taperwise.model.Taper;
import org.taperwise.model.TaperBasis;
import org.taperwise.model.TaperDose;
import org.taperwise.model.TaperPolicyInfo;
import org.taperwise.model.TaperStatus;
import org.taperwise.model.TaperStep;
import org.taperwise.model.Warning;
import org.taperwise.rules.Text;

/**
 * The assessment as a GP or pharmacist would read it: eligibility and why, a morphine-equivalent table per
 * prescription, flags with their sources, warnings, and the ruleset that produced it.
 */
final class TextReport {
    private static final int WIDTH = 100;

    private TextReport() {
    }

    static String render(Assessment a) {
        StringBuilder sb = new StringBuilder();
        sb.append("Taperwise assessment for patient ").append(safe(a.patientId())).append(", as of ").append(a.asOf())
                .append('\n');
        sb.append("Ruleset ").append(safe(a.ruleset().id())).append(' ').append(safe(a.ruleset().version())).append(" (sha256 ")
                .append(a.ruleset().sha256(), 0, 12).append("...), profile ").append(safe(a.profile())).append("\n\n");

        sb.append("ELIGIBILITY FOR AN OPIOID PAIN REVIEW: ").append(words(a.eligibility().status().code()))
                .append('\n');
        if (a.eligibility().reasons().isEmpty()) {
            sb.append("  All review criteria are met.\n");
        }
        for (EligibilityReason r : a.eligibility().reasons()) {
            wrap(sb, "  - " + safe(r.message()) + " [" + r.code().code() + ", rule " + safe(r.ruleId()) + "]", "    ");
        }
        sb.append('\n');

        sb.append("DAILY ORAL MORPHINE EQUIVALENT: ").append(Text.mg(a.mme().totalDailyMg()))
                .append(a.mme().complete() ? "" : " (INCOMPLETE: some current medicines could not be counted)")
                .append('\n');
        if (a.mme().items().isEmpty()) {
            sb.append("  No opioid in the current regimen.\n");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"Prescription", "Medicine", "Form", "Daily dose", "Factor", "mg/day", "Status"});
            for (MmeItem i : a.mme().items()) {
                Amount d = i.dailyDose();
                rows.add(new String[] {safe(i.prescriptionId()), safe(i.medicine()), i.form() == null ? "-" : i.form().code(),
                        d == null ? "-" : Text.num(d.value()) + " " + d.unit(),
                        i.factor() == null ? "-" : Text.num(i.factor()),
                        i.dailyMme() == null ? "-" : Text.num(i.dailyMme()),
                        i.status().code().toLowerCase(Locale.ROOT).replace('_', ' ')});
            }
            table(sb, rows);
            for (MmeItem i : a.mme().items()) {
                if (i.status() != org.taperwise.model.MmeStatus.COMPUTED && i.note() != null) {
                    wrap(sb, "  " + safe(i.prescriptionId()) + ": " + safe(i.note()), "    ");
                }
            }
            for (var r : a.mme().regimens()) {
                if (r.prescriptionIds().size() > 1) {
                    wrap(sb, "  One regimen: " + String.join(" + ", r.prescriptionIds()) + " (" + r.medicine() + " "
                            + (r.form() == null ? "" : r.form().code()) + (r.asNeeded() ? ", as needed" : "")
                            + (r.dailyDose() == null ? "" : ", " + Text.num(r.dailyDose().value()) + " "
                                    + r.dailyDose().unit() + " a day")
                            + (r.dailyMme() == null ? "" : ", " + Text.num(r.dailyMme()) + " mg MME") + ")", "    ");
                }
            }
        }
        sb.append('\n');

        sb.append("FLAGS");
        if (a.flags().isEmpty()) {
            sb.append(": none\n");
        } else {
            sb.append('\n');
            for (Flag f : a.flags()) {
                String head = "  [" + f.severity().code() + "] " + f.code().code()
                        + (f.reasons().isEmpty() ? "" : " (" + Text.list(f.reasons().stream().map(r -> r.code()).toList())
                                + ")");
                sb.append(head).append('\n');
                wrap(sb, "    " + safe(f.message()), "    ");
                wrap(sb, "    Evidence: " + (f.evidence().isEmpty() ? "-" : Text.list(f.evidence().stream().map(TextReport::safe).toList())), "      ");
                wrap(sb, "    Rule " + safe(f.ruleId()) + ". Source: " + safe(f.source()), "      ");
            }
        }
        taper(sb, a.taper());
        if (!a.warnings().isEmpty()) {
            sb.append("\nWARNINGS\n");
            for (Warning w : a.warnings()) {
                wrap(sb, "  " + w.code().code() + " at " + safe(w.path()) + ": " + safe(w.message()), "    ");
            }
        }
        sb.append("\nRULES FIRED\n");
        List<String> fired = new ArrayList<>();
        for (FiredRule r : a.firedRules()) {
            fired.add(safe(r.id()) + " " + safe(r.version()));
        }
        wrap(sb, "  " + (fired.isEmpty() ? "none" : String.join(", ", fired)), "  ");
        return sb.toString();
    }

    private static void taper(StringBuilder sb, Taper t) {
        if (t == null) {
            return;
        }
        sb.append("\nTAPER PLAN: ").append(words(t.status().code()));
        if (t.status() != TaperStatus.PROPOSED) {
            sb.append('\n');
            if (t.message() != null) {
                wrap(sb, "  " + safe(t.message()) + (t.ruleId() == null ? "" : " [rule " + safe(t.ruleId()) + "]"), "    ");
            }
            return;
        }
        TaperPolicyInfo p = t.policy();
        sb.append(" (policy ").append(safe(p.id())).append(": ").append(Text.num(p.reductionPercent())).append("% of the ")
                .append(p.basis() == TaperBasis.ORIGINAL ? "starting" : "current").append(" dose every ")
                .append(p.intervalDays()).append(" days").append(p.slowBelowPercent() == null ? "" : ", then "
                        + Text.num(p.slowReductionPercent()) + "% of the current dose below "
                        + Text.num(p.slowBelowPercent()) + "% of the start")
                .append(")\n");
        if (t.message() != null) {
            wrap(sb, "  " + safe(t.message()), "    ");
        }
        wrap(sb, "  Source: " + safe(p.source()), "    ");
        if (p.maxCutPercentOfCurrent() != null && p.reviewMaxDays() != null) {
            wrap(sb, "  Pace limits: no step removes more than " + Text.num(p.maxCutPercentOfCurrent())
                    + "% of the current dose in " + p.intervalDays() + " days (a larger step waits longer); a review"
                    + " at least every " + p.reviewMaxDays() + " days.", "    ");
        }
        sb.append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Step", "From", "To", "What to take", "MME/day", "Review by"});
        List<TaperStep> steps = t.steps();
        for (int i = 0; i < steps.size(); i++) {
            TaperStep s = steps.get(i);
            String what = s.doses().isEmpty() ? "STOP: no opioid" : String.join("\n", s.doses().stream()
                    .map(TextReport::fridgeLines).toList());
            List<String> reviews = new ArrayList<>();
            s.reviewDates().forEach(d -> reviews.add(d.toString()));
            if (i + 1 < steps.size() && steps.get(i + 1).reviewBefore()) {
                reviews.add(s.end().toString());
            }
            rows.add(new String[] {Integer.toString(s.step()), s.start().toString(), s.end().toString(), what,
                    Text.num(s.totalDailyMme()), String.join("\n", reviews)});
        }
        taperTable(sb, rows);
        sb.append("  Review by: see your prescriber by each date; the last one before the next step starts.\n");
        if (!t.notes().isEmpty()) {
            sb.append("  Notes:\n");
            for (String n : t.notes()) {
                wrap(sb, "  - " + safe(n), "    ");
            }
        }
        wrap(sb, "  Rounding: " + safe(p.roundingRule()), "    ");
    }

    /** One medicine of a step, for the fridge: its name, then one line per time of day. */
    private static String fridgeLines(TaperDose d) {
        StringBuilder out = new StringBuilder(safe(d.medicine()) + " " + d.form().code() + ":");
        if (d.form() == org.taperwise.model.Form.PATCH || d.regimen().startsWith("only when needed")) {
            return out.append("\n  ").append(safe(d.regimen())).toString();
        }
        for (Administration a : d.administrations()) {
            String amount = Text.num(a.dose().value()) + " " + a.dose().unit();
            out.append("\n  ").append(safe(a.when())).append(": ").append(amount);
            if (!a.make().equals("1 x " + amount)) {
                // "1 x 30 mg + 1 x 5 mg" reads as "30 mg + 5 mg" on the fridge
                out.append(" = ").append(safe(a.make()).replaceAll("(^|\\+ )1 x ", "$1"));
            }
        }
        return out.toString();
    }

    /** A table whose fourth column holds several lines and wraps, so a long regimen stays readable. */
    private static void taperTable(StringBuilder sb, List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                if (c != 3) {
                    for (String line : r[c].split("\n")) {
                        width[c] = Math.max(width[c], line.length());
                    }
                }
            }
        }
        int indent = 2 + width[0] + 2 + width[1] + 2 + width[2] + 2;
        int textWidth = Math.max(30, WIDTH - indent - width[4] - 2 - width[5] - 2);
        for (String[] r : rows) {
            List<String> lines = new ArrayList<>();
            for (String line : r[3].split("\n")) {
                String lead = line.startsWith("  ") ? "    " : "";
                String rest = line;
                while (rest.length() > textWidth) {
                    int cut = rest.lastIndexOf(' ', textWidth);
                    if (cut <= lead.length()) {
                        cut = textWidth;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = lead + rest.substring(cut).stripLeading();
                }
                lines.add(rest);
            }
            String[] reviews = r[5].split("\n");
            for (int i = 0; i < Math.max(lines.size(), reviews.length); i++) {
                String head = i == 0 ? "  " + pad(r[0], width[0], false) + "  " + pad(r[1], width[1], false) + "  "
                        + pad(r[2], width[2], false) + "  " : " ".repeat(indent);
                String text = i < lines.size() ? lines.get(i) : "";
                String review = i < reviews.length ? reviews[i] : "";
                String tail = "  " + pad(i == 0 ? r[4] : "", width[4], true) + "  " + pad(review, width[5], false);
                sb.append((head + pad(text, textWidth, false) + tail).stripTrailing()).append('\n');
            }
        }
    }

    /**
     * Text that came from the input or a ruleset, as the report prints it: control characters (a newline, an escape
     * sequence), line separators, bidirectional overrides and unpaired surrogates escaped, so a crafted medicine
     * name or id cannot add a line to the report, colour the terminal or reorder what the reader sees (issue 13).
     */
    static String safe(String s) {
        return s == null ? "-" : Problem.escapeControls(s);
    }

    private static String words(String code) {
        return code.replace('_', ' ');
    }

    private static void table(StringBuilder sb, List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < cols; c++) {
                boolean numeric = c == 4 || c == 5;
                String cell = numeric ? pad(r[c], width[c], true) : pad(r[c], width[c], false);
                line.append(cell).append(c < cols - 1 ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String pad(String s, int w, boolean right) {
        String sp = " ".repeat(Math.max(0, w - s.length()));
        return right ? sp + s : s + sp;
    }

    /** Appends text wrapped at the report width; continuation lines start with {@code indent}. */
    private static void wrap(StringBuilder sb, String text, String indent) {
        String rest = text;
        boolean first = true;
        while (!rest.isEmpty()) {
            String prefix = first ? "" : indent;
            int room = WIDTH - prefix.length();
            String line;
            if (rest.length() <= room) {
                line = rest;
                rest = "";
            } else {
                int cut = rest.lastIndexOf(' ', room);
                if (cut <= indent.length()) {
                    cut = room;
                }
                line = rest.substring(0, cut);
                rest = rest.substring(cut).stripLeading();
            }
            sb.append(prefix).append(line.stripTrailing()).append('\n');
            first = false;
        }
    }
}

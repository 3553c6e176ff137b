package org.taperwise.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.taperwise.model.Amount;
import org.taperwise.model.Assessment;
import org.taperwise.model.EligibilityReason;
import org.taperwise.model.FiredRule;
import org.taperwise.model.Flag;
import org.taperwise.model.MmeItem;
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
        sb.append("Taperwise assessment for patient ").append(a.patientId()).append(", as of ").append(a.asOf())
                .append('\n');
        sb.append("Ruleset ").append(a.ruleset().id()).append(' ').append(a.ruleset().version()).append(" (sha256 ")
                .append(a.ruleset().sha256(), 0, 12).append("...), profile ").append(a.profile()).append("\n\n");

        sb.append("ELIGIBILITY FOR AN OPIOID PAIN REVIEW: ").append(words(a.eligibility().status().code()))
                .append('\n');
        if (a.eligibility().reasons().isEmpty()) {
            sb.append("  All review criteria are met.\n");
        }
        for (EligibilityReason r : a.eligibility().reasons()) {
            wrap(sb, "  - " + r.message() + " [" + r.code().code() + ", rule " + r.ruleId() + "]", "    ");
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
                rows.add(new String[] {i.prescriptionId(), i.medicine(), i.form() == null ? "-" : i.form().code(),
                        d == null ? "-" : Text.num(d.value()) + " " + d.unit(),
                        i.factor() == null ? "-" : Text.num(i.factor()),
                        i.dailyMme() == null ? "-" : Text.num(i.dailyMme()),
                        i.status().code().toLowerCase(Locale.ROOT).replace('_', ' ')});
            }
            table(sb, rows);
            for (MmeItem i : a.mme().items()) {
                if (i.status() != org.taperwise.model.MmeStatus.COMPUTED && i.note() != null) {
                    wrap(sb, "  " + i.prescriptionId() + ": " + i.note(), "    ");
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
                wrap(sb, "    " + f.message(), "    ");
                wrap(sb, "    Evidence: " + (f.evidence().isEmpty() ? "-" : Text.list(f.evidence())), "      ");
                wrap(sb, "    Rule " + f.ruleId() + ". Source: " + f.source(), "      ");
            }
        }
        if (!a.warnings().isEmpty()) {
            sb.append("\nWARNINGS\n");
            for (Warning w : a.warnings()) {
                wrap(sb, "  " + w.code().code() + " at " + w.path() + ": " + w.message(), "    ");
            }
        }
        sb.append("\nRULES FIRED\n");
        List<String> fired = new ArrayList<>();
        for (FiredRule r : a.firedRules()) {
            fired.add(r.id() + " " + r.version());
        }
        wrap(sb, "  " + (fired.isEmpty() ? "none" : String.join(", ", fired)), "  ");
        return sb.toString();
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

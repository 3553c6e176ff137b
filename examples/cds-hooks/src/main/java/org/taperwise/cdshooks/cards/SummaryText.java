package org.taperwise.cdshooks.cards;

import org.taperwise.model.Assessment;
import org.taperwise.model.EligibilityReason;
import org.taperwise.model.EligibilityStatus;
import org.taperwise.model.Taper;

import java.math.BigDecimal;
import java.util.Locale;

/** The patient-view summary card's text: eligibility, daily morphine equivalent and taper status. */
final class SummaryText {
    private SummaryText() {
    }

    /** "Opioid review: eligible · 120 mg/day MME · taper proposed" (under 140 characters). */
    static String summary(Assessment a) {
        return "Opioid review: " + eligibility(a.eligibility().status()) + " \u00b7 "
                + (a.mme().complete() ? "" : "at least ") + mg(a.mme().totalDailyMg()) + " mg/day MME \u00b7 taper "
                + (a.taper() == null ? "not assessed" : words(a.taper().status().code()));
    }

    /** Markdown: each part with its reasons, rules and the ruleset. */
    static String detail(Assessment a) {
        StringBuilder d = new StringBuilder();
        d.append("**Eligibility for an opioid review:** ").append(a.eligibility().status().code()).append("\n\n");
        for (EligibilityReason r : a.eligibility().reasons()) {
            d.append("- ").append(Markdown.text(r.message())).append(" (").append(Markdown.text(r.ruleId()))
                    .append(")\n");
        }
        if (!a.eligibility().reasons().isEmpty()) {
            d.append('\n');
        }
        d.append("**Daily oral morphine equivalent:** ").append(mg(a.mme().totalDailyMg())).append(" mg")
                .append(a.mme().complete() ? "" : " (a lower bound: a current opioid's dose could not be counted)")
                .append(" over ").append(a.mme().regimens().size()).append(" current regimen(s)\n\n");
        Taper t = a.taper();
        if (t != null) {
            d.append("**Taper:** ").append(t.status().code());
            if (t.reasonCode() != null) {
                d.append(" (").append(t.reasonCode().code()).append(')');
            }
            if (t.message() != null) {
                d.append(": ").append(Markdown.text(t.message()));
            }
            if (!t.steps().isEmpty()) {
                d.append(" ").append(t.steps().size()).append(" steps from ").append(t.steps().get(0).start())
                        .append(" to ").append(t.steps().get(t.steps().size() - 1).start()).append('.');
            }
            d.append("\n\n");
        }
        d.append("**Flags:** ").append(a.flags().size()).append("; **warnings:** ").append(a.warnings().size())
                .append("\n\nProfile ").append(Markdown.text(a.profile())).append(", ruleset ")
                .append(Markdown.text(a.ruleset().id())).append(' ').append(Markdown.text(a.ruleset().version()))
                .append(" (sha256 ").append(Markdown.text(a.ruleset().sha256())).append(')');
        return d.toString();
    }

    static String mg(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String eligibility(EligibilityStatus s) {
        return switch (s) {
            case ELIGIBLE -> "eligible";
            case NOT_ELIGIBLE -> "not eligible";
            case UNDETERMINED -> "undetermined";
        };
    }

    private static String words(String code) {
        return code.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}

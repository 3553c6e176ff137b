package org.taperwise.examples.worklist;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The worklist as CSV (contract section 7): RFC 4180 (comma-separated, CRLF line ends, a field holding a comma,
 * double quote, CR or LF enclosed in double quotes with its double quotes doubled), UTF-8 without a byte-order mark,
 * a header row, then one row per listed patient: the ranked list ({@code section} REVIEW, {@code rank} 1, 2, ...) and
 * then the UNDETERMINED section ({@code section} UNDETERMINED, ranked on its own).
 *
 * <p><b>Formula injection.</b> Patient ids and medicine names come from outside. A field that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (which a spreadsheet would run as a formula)
 * is written with a leading apostrophe ({@code '=HYPERLINK(...)}), as OWASP's CSV injection advice says; the apostrophe
 * is shown by the spreadsheet and is not part of the value. No number this file writes starts with one of them.
 * An unpaired UTF-16 surrogate (which UTF-8 cannot encode) is written as U+FFFD.
 */
public final class WorklistCsv {
    /** The columns, in order (contract section 7). */
    public static final List<String> COLUMNS = List.of("section", "rank", "patient_id", "as_of", "eligibility",
            "eligibility_reasons", "daily_mme", "mme_complete", "high_flags", "moderate_flags", "info_flags",
            "data_quality_flags", "flags", "reasons", "taper_status", "ruleset_id", "ruleset_version",
            "ruleset_sha256", "profile");

    private WorklistCsv() {
    }

    /** Writes the header and every listed patient to {@code out} (UTF-8 is the caller's encoding). */
    public static void write(Worklist w, Writer out) throws IOException {
        row(out, COLUMNS);
        List<Worklist.RulesetUse> rulesets = w.rulesets();
        int rank = 0;
        for (WorklistEntry e : w.ranked()) {
            row(out, fields("REVIEW", ++rank, e, rulesets));
        }
        rank = 0;
        for (WorklistEntry e : w.undetermined()) {
            row(out, fields("UNDETERMINED", ++rank, e, rulesets));
        }
        out.flush();
    }

    private static List<String> fields(String section, int rank, WorklistEntry e, List<Worklist.RulesetUse> rulesets) {
        Worklist.RulesetUse r = e.ruleset() >= 0 ? rulesets.get(e.ruleset()) : null;
        return List.of(section, Integer.toString(rank), e.patientId(), e.asOf(), e.status(), e.eligibilityReasons(),
                ReasonLine.number(e.dailyMme()), Boolean.toString(e.mmeComplete()), Integer.toString(e.high()),
                Integer.toString(e.moderate()), Integer.toString(e.info()), Integer.toString(e.dataQuality()),
                e.flags(), e.reasons(), e.taperStatus(), r == null ? "" : r.id(), r == null ? "" : r.version(),
                r == null ? "" : r.sha256(), r == null ? "" : r.profile());
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** One field: defended against formula injection, then quoted when RFC 4180 needs it. */
    static String field(String value) {
        String v = wellFormed(value);
        if (!v.isEmpty()) {
            char c = v.charAt(0);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                v = "'" + v;
            }
        }
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** The text with each unpaired surrogate replaced by U+FFFD. */
    private static String wellFormed(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            boolean lone = Character.isSurrogate(c) && !paired;
            if (lone && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                if (lone) {
                    sb.append('\uFFFD');
                } else {
                    sb.append(c);
                    if (paired) {
                        sb.append(s.charAt(i + 1));
                    }
                }
            }
            if (paired) {
                i++;
            }
        }
        return sb == null ? s : sb.toString();
    }
}

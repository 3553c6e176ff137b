package org.taperwise.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taperwise.model.RulesetInfo;
import org.taperwise.review.RulesetDiff.FileChange;
import org.taperwise.review.RulesetDiff.Kind;
import org.taperwise.review.RulesetDiff.ParameterChange;
import org.taperwise.review.RulesetDiff.ProfileChange;
import org.taperwise.review.RulesetDiff.RowChange;
import org.taperwise.review.RulesetDiff.RuleChange;
import org.taperwise.review.RulesetDiff.ScenarioChange;
import org.taperwise.review.RulesetDiff.TableChange;

/** {@link RulesetDiff#text()}: the difference as a report to read. */
final class DiffText {
    private DiffText() {
    }

    // ---- text ------------------------------------------------------------------------------------------------

    /**
     * The difference as a report to read: one section per kind of change, one line per change, each marked
     * {@code +} (added), {@code -} (removed) or {@code ~} (changed).
     */
    static String text(RulesetDiff d) {
        StringBuilder sb = new StringBuilder();
        sb.append("before: ").append(describe(d.before())).append("  ").append(d.beforeOrigin()).append('\n');
        sb.append("after:  ").append(describe(d.after())).append("  ").append(d.afterOrigin()).append('\n');
        if (d.same()) {
            return sb.append("\nThe rulesets are the same.\n").toString();
        }
        if (!d.warnings().isEmpty()) {
            sb.append("\nWarnings (").append(d.warnings().size()).append(")\n");
            d.warnings().forEach(w -> sb.append("  ! ").append(w).append('\n'));
        }
        if (!d.manifest().isEmpty()) {
            sb.append("\nruleset.json\n");
            d.manifest().forEach(f -> sb.append("  ~ ").append(f.field()).append(": ").append(f.before()).append(" -> ")
                    .append(f.after()).append('\n'));
        }
        if (!d.rules().isEmpty()) {
            sb.append("\nRules (").append(counts(d.rules().stream().map(RuleChange::kind).toList())).append(")\n");
            for (RuleChange r : d.rules()) {
                sb.append("  ").append(r.kind().mark()).append(' ').append(r.id()).append(' ')
                        .append(r.kind() == Kind.REMOVED ? r.oldVersion() : r.newVersion())
                        .append(" \"").append(r.name()).append("\" (").append(r.file()).append(" line ")
                        .append(r.line()).append(')');
                if (!r.changes().isEmpty()) {
                    sb.append(": ").append(String.join("; ", r.changes()));
                }
                sb.append('\n');
            }
        }
        if (!d.profiles().isEmpty() || !d.parameters().isEmpty()) {
            sb.append("\nProfiles and parameters (parameters: ").append(counts(d.parameters().stream().map(ParameterChange::kind)
                    .toList())).append(")\n");
            for (ProfileChange p : d.profiles()) {
                sb.append("  ").append(p.kind().mark()).append(" profile ").append(p.profile());
                if (!p.changes().isEmpty()) {
                    sb.append(": ").append(String.join("; ", p.changes()));
                }
                sb.append('\n');
            }
            for (ParameterChange p : d.parameters()) {
                sb.append("  ").append(p.kind().mark()).append(' ').append(p.profile()).append(' ')
                        .append(p.parameter()).append(": ");
                switch (p.kind()) {
                    case ADDED -> sb.append(value(p.newValue(), p.newComparison()));
                    case REMOVED -> sb.append("was ").append(value(p.oldValue(), p.oldComparison()));
                    case CHANGED -> {
                        if (p.fields().contains("value") || p.fields().contains("comparison")) {
                            sb.append(value(p.oldValue(), p.oldComparison())).append(" -> ")
                                    .append(value(p.newValue(), p.newComparison()));
                        } else {
                            sb.append(value(p.newValue(), p.newComparison()));
                        }
                        List<String> other = p.fields().stream().filter(f -> f.equals("source") || f.equals("note"))
                                .toList();
                        if (!other.isEmpty()) {
                            sb.append(" (").append(String.join(" and ", other)).append(" changed)");
                        }
                    }
                }
                sb.append('\n');
            }
        }
        if (!d.tables().isEmpty() || !d.rows().isEmpty()) {
            sb.append("\nTables (rows: ").append(counts(d.rows().stream().map(RowChange::kind).toList())).append(")\n");
            for (TableChange t : d.tables()) {
                sb.append("  ").append(t.kind().mark()).append(" table ").append(t.table());
                switch (t.kind()) {
                    case ADDED -> sb.append(" (").append(t.rowsAfter()).append(" rows)");
                    case REMOVED -> sb.append(" (had ").append(t.rowsBefore()).append(" rows)");
                    case CHANGED -> sb.append(": ").append(String.join("; ", t.changes()));
                }
                sb.append('\n');
            }
            for (RowChange r : d.rows()) {
                sb.append("  ").append(r.kind().mark()).append(' ').append(r.table()).append(" line ")
                        .append(r.kind() == Kind.REMOVED ? r.oldLine() : r.newLine()).append(" [").append(r.key())
                        .append("]: ");
                switch (r.kind()) {
                    case ADDED -> sb.append(cells(r.after()));
                    case REMOVED -> sb.append(cells(r.before()));
                    case CHANGED -> {
                        List<String> parts = new ArrayList<>();
                        for (String c : r.columns()) {
                            parts.add(c + " " + show(r.before().get(c)) + " -> " + show(r.after().get(c)));
                        }
                        sb.append(String.join("; ", parts));
                    }
                }
                sb.append('\n');
            }
        }
        if (!d.scenarios().isEmpty()) {
            sb.append("\nScenarios (").append(counts(d.scenarios().stream().map(ScenarioChange::kind).toList()))
                    .append(")\n");
            for (ScenarioChange c : d.scenarios()) {
                sb.append("  ").append(c.kind().mark()).append(' ').append(c.scenario()).append(": ")
                        .append(String.join("; ", c.changes())).append('\n');
            }
        }
        sb.append("\nFiles (").append(counts(d.files().stream().map(FileChange::kind).toList())).append(")\n");
        d.files().forEach(f -> sb.append("  ").append(f.kind().mark()).append(' ').append(f.path()).append('\n'));
        return sb.toString();
    }

    static String describe(RulesetInfo i) {
        return i.id() + " " + i.version() + " (sha256 " + i.sha256() + ")";
    }

    static String counts(List<Kind> kinds) {
        long added = kinds.stream().filter(k -> k == Kind.ADDED).count();
        long removed = kinds.stream().filter(k -> k == Kind.REMOVED).count();
        long changed = kinds.stream().filter(k -> k == Kind.CHANGED).count();
        return added + " added, " + removed + " removed, " + changed + " changed";
    }

    static String value(String value, String comparison) {
        if (comparison == null) {
            return value;
        }
        return (comparison.equals("atOrAbove") ? "at or above " : comparison + " ") + value;
    }

    static String cells(Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((c, v) -> {
            if (!v.isEmpty()) {
                parts.add(c + "=" + v);
            }
        });
        return String.join(", ", parts);
    }

    static String show(String v) {
        return v == null || v.isEmpty() ? "(empty)" : v;
    }
}

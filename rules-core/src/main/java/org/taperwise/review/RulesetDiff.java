package org.taperwise.review;

import org.taperwise.loader.LoadedRulesets;
import org.taperwise.RuleInfo;
import org.taperwise.Ruleset;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.taperwise.loader.LoadedRuleset;
import org.taperwise.files.Manifest;
import org.taperwise.tables.Profile;
import org.taperwise.tables.ProfileParameter;
import org.taperwise.engine.RuleSource;
import org.taperwise.files.TableText;
import org.taperwise.model.RulesetInfo;

/**
 * What changed between two rulesets, for the reviewer of an edit: rules added, removed and changed (by id and
 * version, and what changed in them), table rows added, removed and changed, parameters with their old and new
 * values, and, as a safety net, every file whose content differs.
 *
 * <pre>{@code
 * RulesetDiff d = RulesetDiff.between(Ruleset.builtin(), Ruleset.fromDirectory(Path.of("my-ruleset")));
 * if (!d.same()) System.out.print(d.text());
 * }</pre>
 *
 * <p>Table rows are matched by the columns that identify them: for conversion tables ingredient, route, unit,
 * strength, above and up_to; for the medicines table the name; for code tables and product codes system and code;
 * for name words the word; for any other table the whole row (so a change shows as one row removed and one
 * added). Numbers compare by value ({@code 1.5} equals {@code 1.50}). Rule texts compare with white space folded; a
 * change only to comments or layout shows in {@link #files()} but not as a rule change.
 *
 * @param beforeOrigin where the first ruleset came from ({@link Ruleset#origin()})
 * @param manifest     changes to {@code ruleset.json}'s identity fields (id, version, description, defaultProfile,
 *                     authors, reviewers)
 * @param tables       tables added or removed whole, or whose columns or documentation changed
 * @param files        every file added, removed or changed (all of the above, and scenarios and notes too)
 */
public record RulesetDiff(RulesetInfo before, String beforeOrigin, RulesetInfo after, String afterOrigin,
        List<FieldChange> manifest, List<RuleChange> rules, List<ProfileChange> profiles,
        List<ParameterChange> parameters, List<TableChange> tables, List<RowChange> rows, List<FileChange> files) {

    /** What happened to a thing between the two rulesets. */
    public enum Kind {
        ADDED("+"), REMOVED("-"), CHANGED("~");

        private final String mark;

        Kind(String mark) {
            this.mark = mark;
        }

        /** "+", "-" or "~", as {@link #text()} prints it. */
        public String mark() {
            return mark;
        }
    }

    /** A field of {@code ruleset.json} with its old and new value. */
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * A rule added, removed or changed, by its {@code @id}.
     *
     * @param oldVersion null when added
     * @param newVersion null when removed
     * @param name       the rule's name (the new one when changed)
     * @param file       where the rule is (the new file when changed)
     * @param changes    for a changed rule, what changed: "version 1.0.0 -> 1.1.0", "conditions (when)",
     *                   "actions (then)", "name", "source", "attributes", "file", and a warning when the text changed
     *                   but the version did not
     */
    public record RuleChange(Kind kind, String id, String oldVersion, String newVersion, String name, String file,
            int line, List<String> changes) {
        public RuleChange {
            changes = List.copyOf(changes);
        }
    }

    /** A profile added or removed, or whose title, description or conversion table changed. */
    public record ProfileChange(Kind kind, String profile, List<String> changes) {
        public ProfileChange {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A parameter of a profile added, removed or changed.
     *
     * @param oldValue      null when added
     * @param newValue      null when removed
     * @param oldComparison for thresholds, {@code above} or {@code atOrAbove}; null otherwise
     * @param fields        what changed: any of "value", "comparison", "source", "note"
     */
    public record ParameterChange(Kind kind, String profile, String parameter, String oldValue, String newValue,
            String oldComparison, String newComparison, List<String> fields) {
        public ParameterChange {
            fields = List.copyOf(fields);
        }
    }

    /** A table added or removed whole, or whose columns or documentation changed. */
    public record TableChange(Kind kind, String table, int rowsBefore, int rowsAfter, List<String> changes) {
        public TableChange {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A table row added, removed or changed.
     *
     * @param key     the row's identifying columns, e.g. {@code ingredient=oxycodone route=oral unit=mg}
     * @param oldLine 0 when added
     * @param newLine 0 when removed
     * @param before  the row's cells, in column order; empty when added
     * @param after   the row's cells, in column order; empty when removed
     * @param columns for a changed row, the columns whose values differ
     */
    public record RowChange(Kind kind, String table, String key, int oldLine, int newLine, Map<String, String> before,
            Map<String, String> after, List<String> columns) {
        public RowChange {
            before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
            after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
            columns = List.copyOf(columns);
        }
    }

    /** A file whose content differs. */
    public record FileChange(Kind kind, String path) {
    }

    public RulesetDiff {
        manifest = List.copyOf(manifest);
        rules = List.copyOf(rules);
        profiles = List.copyOf(profiles);
        parameters = List.copyOf(parameters);
        tables = List.copyOf(tables);
        rows = List.copyOf(rows);
        files = List.copyOf(files);
    }

    /** Whether nothing differs: same files, same identity. */
    public boolean same() {
        return manifest.isEmpty() && rules.isEmpty() && profiles.isEmpty() && parameters.isEmpty() && tables.isEmpty()
                && rows.isEmpty() && files.isEmpty();
    }

    /** Compares two loaded rulesets. */
    public static RulesetDiff between(Ruleset before, Ruleset after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        LoadedRuleset a = LoadedRulesets.of(before);
        LoadedRuleset b = LoadedRulesets.of(after);
        List<RowChange> rows = new ArrayList<>();
        List<TableChange> tables = new ArrayList<>();
        tables(a, b, tables, rows);
        List<ProfileChange> profiles = new ArrayList<>();
        List<ParameterChange> parameters = new ArrayList<>();
        profiles(a, b, profiles, parameters);
        return new RulesetDiff(before.info(), before.origin(), after.info(), after.origin(), manifest(a, b),
                rules(before, after), profiles, parameters, tables, rows, files(a, b));
    }

    // ---- manifest --------------------------------------------------------------------------------------------

    private static List<FieldChange> manifest(LoadedRuleset a, LoadedRuleset b) {
        List<FieldChange> out = new ArrayList<>();
        Manifest x = a.manifest();
        Manifest y = b.manifest();
        field(out, "id", x.id(), y.id());
        field(out, "version", x.version(), y.version());
        field(out, "description", x.description(), y.description());
        field(out, "defaultProfile", x.defaultProfile(), y.defaultProfile());
        field(out, "authors", String.valueOf(x.authors()), String.valueOf(y.authors()));
        field(out, "reviewers", String.valueOf(x.reviewers()), String.valueOf(y.reviewers()));
        return out;
    }

    private static void field(List<FieldChange> out, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(new FieldChange(field, before, after));
        }
    }

    // ---- rules -----------------------------------------------------------------------------------------------

    private static List<RuleChange> rules(Ruleset before, Ruleset after) {
        Map<String, RuleInfo> old = byId(before.rules());
        Map<String, RuleInfo> now = byId(after.rules());
        List<RuleChange> out = new ArrayList<>();
        for (RuleInfo r : old.values()) {
            if (!now.containsKey(r.id())) {
                out.add(new RuleChange(Kind.REMOVED, r.id(), r.version(), null, r.name(), r.file(), r.line(),
                        List.of()));
            }
        }
        for (RuleInfo r : now.values()) {
            RuleInfo o = old.get(r.id());
            if (o == null) {
                out.add(new RuleChange(Kind.ADDED, r.id(), null, r.version(), r.name(), r.file(), r.line(), List.of()));
                continue;
            }
            List<String> changes = ruleChanges(o, LoadedRulesets.of(before).ruleSources().get(o.id()), r,
                    LoadedRulesets.of(after).ruleSources().get(r.id()));
            if (!changes.isEmpty()) {
                out.add(new RuleChange(Kind.CHANGED, r.id(), o.version(), r.version(), r.name(), r.file(), r.line(),
                        changes));
            }
        }
        out.sort((x, y) -> x.id().compareTo(y.id()));
        return out;
    }

    private static Map<String, RuleInfo> byId(List<RuleInfo> rules) {
        Map<String, RuleInfo> m = new TreeMap<>();
        rules.forEach(r -> m.put(r.id(), r));
        return m;
    }

    private static List<String> ruleChanges(RuleInfo o, RuleSource os, RuleInfo n, RuleSource ns) {
        List<String> behaviour = new ArrayList<>();
        if (!fold(os.conditions()).equals(fold(ns.conditions()))) {
            behaviour.add("conditions (when)");
        }
        if (!fold(os.actions()).equals(fold(ns.actions()))) {
            behaviour.add("actions (then)");
        }
        if (!os.attributes().equals(ns.attributes())) {
            behaviour.add("attributes " + os.attributes() + " -> " + ns.attributes());
        }
        List<String> changes = new ArrayList<>();
        if (!o.version().equals(n.version())) {
            changes.add("version " + o.version() + " -> " + n.version());
        }
        changes.addAll(behaviour);
        if (!o.name().equals(n.name())) {
            changes.add("name \"" + o.name() + "\" -> \"" + n.name() + "\"");
        }
        if (!o.source().equals(n.source())) {
            changes.add("source \"" + o.source() + "\" -> \"" + n.source() + "\"");
        }
        if (!o.file().equals(n.file())) {
            changes.add("file " + o.file() + " -> " + n.file());
        }
        if (!behaviour.isEmpty() && o.version().equals(n.version())) {
            changes.add("WARNING: the rule changed but its @version did not");
        }
        return changes;
    }

    private static String fold(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    // ---- profiles and parameters -----------------------------------------------------------------------------

    private static void profiles(LoadedRuleset a, LoadedRuleset b, List<ProfileChange> profiles,
            List<ParameterChange> parameters) {
        Set<String> ids = new TreeSet<>(a.profiles().keySet());
        ids.addAll(b.profiles().keySet());
        for (String id : ids) {
            Profile x = a.profile(id);
            Profile y = b.profile(id);
            if (x == null) {
                profiles.add(new ProfileChange(Kind.ADDED, id, List.of("conversion table " + y.conversions().file())));
            } else if (y == null) {
                profiles.add(new ProfileChange(Kind.REMOVED, id, List.of()));
            } else {
                List<String> changes = new ArrayList<>();
                if (!Objects.equals(x.title(), y.title())) {
                    changes.add("title \"" + x.title() + "\" -> \"" + y.title() + "\"");
                }
                if (!Objects.equals(x.description(), y.description())) {
                    changes.add("description changed");
                }
                if (!x.conversions().file().equals(y.conversions().file())) {
                    changes.add("conversion table " + x.conversions().file() + " -> " + y.conversions().file());
                }
                if (!changes.isEmpty()) {
                    profiles.add(new ProfileChange(Kind.CHANGED, id, changes));
                }
            }
            Map<String, ProfileParameter> old = x == null ? Map.of() : parametersByName(x);
            Map<String, ProfileParameter> now = y == null ? Map.of() : parametersByName(y);
            Set<String> names = new LinkedHashSet<>(old.keySet());
            names.addAll(now.keySet());
            for (String name : names) {
                ProfileParameter p = old.get(name);
                ProfileParameter q = now.get(name);
                if (p == null) {
                    parameters.add(new ParameterChange(Kind.ADDED, id, name, null, q.value(), null, q.comparison(),
                            List.of()));
                } else if (q == null) {
                    parameters.add(new ParameterChange(Kind.REMOVED, id, name, p.value(), null, p.comparison(), null,
                            List.of()));
                } else {
                    List<String> fields = new ArrayList<>();
                    if (!sameValue(p.value(), q.value())) {
                        fields.add("value");
                    }
                    if (!Objects.equals(p.comparison(), q.comparison())) {
                        fields.add("comparison");
                    }
                    if (!Objects.equals(p.source(), q.source())) {
                        fields.add("source");
                    }
                    if (!Objects.equals(p.note(), q.note())) {
                        fields.add("note");
                    }
                    if (!fields.isEmpty()) {
                        parameters.add(new ParameterChange(Kind.CHANGED, id, name, p.value(), q.value(),
                                p.comparison(), q.comparison(), fields));
                    }
                }
            }
        }
    }

    /** The profile's parameters, then each taper policy's settings as "taperPolicies.ID.field". */
    private static Map<String, ProfileParameter> parametersByName(Profile p) {
        Map<String, ProfileParameter> m = new LinkedHashMap<>();
        p.written().forEach(w -> m.put(w.name(), w));
        new TreeMap<>(p.taperPolicies()).forEach((id, t) -> {
            String prefix = "taperPolicies." + id + ".";
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("role", t.role().code());
            fields.put("reductionPercent", t.reductionPercent());
            fields.put("basis", t.basis().code());
            fields.put("intervalDays", t.intervalDays());
            fields.put("slowBelowPercent", t.slowBelowPercent());
            fields.put("slowReductionPercent", t.slowReductionPercent());
            fields.put("rounding", t.roundDown() ? "down" : "nearest");
            fields.forEach((field, value) -> {
                if (value != null) {
                    m.put(prefix + field, new ProfileParameter(prefix + field, String.valueOf(value), null, t.source(),
                            t.note(), t.line()));
                }
            });
        });
        return m;
    }

    private static boolean sameValue(String x, String y) {
        if (Objects.equals(x, y)) {
            return true;
        }
        if (x == null || y == null) {
            return false;
        }
        try {
            return new BigDecimal(x).compareTo(new BigDecimal(y)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    // ---- tables ----------------------------------------------------------------------------------------------

    /** Columns that identify a row, by the kind of table its header shows. */
    static List<String> keyColumns(List<String> header) {
        List<String> conversion = List.of("ingredient", "route", "unit", "strength", "above", "up_to");
        if (header.containsAll(conversion)) {
            return conversion;
        }
        if (header.containsAll(List.of("name", "ingredient", "class"))) {
            return List.of("name");
        }
        if (header.containsAll(List.of("system", "code"))) {
            return List.of("system", "code");
        }
        if (header.containsAll(List.of("word", "kind"))) {
            return List.of("word");
        }
        return header;
    }

    private static void tables(LoadedRuleset a, LoadedRuleset b, List<TableChange> tables, List<RowChange> rows) {
        Map<String, TableText> old = tableTexts(a);
        Map<String, TableText> now = tableTexts(b);
        Set<String> paths = new TreeSet<>(old.keySet());
        paths.addAll(now.keySet());
        for (String path : paths) {
            TableText x = old.get(path);
            TableText y = now.get(path);
            if (x == null) {
                tables.add(new TableChange(Kind.ADDED, path, 0, y.rows().size(), List.of()));
                continue;
            }
            if (y == null) {
                tables.add(new TableChange(Kind.REMOVED, path, x.rows().size(), 0, List.of()));
                continue;
            }
            List<String> changes = new ArrayList<>();
            if (!x.header().equals(y.header())) {
                changes.add("columns " + x.header() + " -> " + y.header());
            }
            if (!x.comments().equals(y.comments())) {
                changes.add("documentation (# lines)");
            }
            if (!changes.isEmpty()) {
                tables.add(new TableChange(Kind.CHANGED, path, x.rows().size(), y.rows().size(), changes));
            }
            rows(path, x, y, rows);
        }
        rows.sort((p, q) -> p.table().equals(q.table())
                ? Integer.compare(Math.max(p.newLine(), p.oldLine()), Math.max(q.newLine(), q.oldLine()))
                : p.table().compareTo(q.table()));
    }

    private static Map<String, TableText> tableTexts(LoadedRuleset r) {
        Map<String, TableText> m = new TreeMap<>();
        r.files().forEach((path, bytes) -> {
            if (path.startsWith("tables/") && path.endsWith(".csv")) {
                m.put(path, TableText.parse(path, new String(bytes, StandardCharsets.UTF_8)));
            }
        });
        return m;
    }

    private static void rows(String path, TableText x, TableText y, List<RowChange> out) {
        List<String> keyColumns = keyColumns(x.header());
        if (!keyColumns.equals(keyColumns(y.header()))) {
            keyColumns = x.header(); // the table changed kind: compare whole rows
        }
        Map<String, TableText.Row> old = keyed(x, keyColumns);
        Map<String, TableText.Row> now = keyed(y, keyColumns);
        for (Map.Entry<String, TableText.Row> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                out.add(new RowChange(Kind.REMOVED, path, e.getKey(), e.getValue().line(), 0, e.getValue().values(),
                        Map.of(), List.of()));
            }
        }
        for (Map.Entry<String, TableText.Row> e : now.entrySet()) {
            TableText.Row o = old.get(e.getKey());
            TableText.Row n = e.getValue();
            if (o == null) {
                out.add(new RowChange(Kind.ADDED, path, e.getKey(), 0, n.line(), Map.of(), n.values(), List.of()));
                continue;
            }
            Set<String> columns = new LinkedHashSet<>(o.values().keySet());
            columns.addAll(n.values().keySet());
            List<String> changed = new ArrayList<>();
            for (String c : columns) {
                if (!sameValue(o.values().getOrDefault(c, ""), n.values().getOrDefault(c, ""))) {
                    changed.add(c);
                }
            }
            if (!changed.isEmpty()) {
                out.add(new RowChange(Kind.CHANGED, path, e.getKey(), o.line(), n.line(), o.values(), n.values(),
                        changed));
            }
        }
    }

    private static Map<String, TableText.Row> keyed(TableText t, List<String> keyColumns) {
        Map<String, TableText.Row> m = new LinkedHashMap<>();
        for (TableText.Row r : t.rows()) {
            StringBuilder key = new StringBuilder();
            for (String c : keyColumns) {
                String v = r.values().getOrDefault(c, "");
                if (!v.isEmpty()) {
                    key.append(key.length() == 0 ? "" : " ").append(c).append('=').append(v);
                }
            }
            String k = key.length() == 0 ? "(empty)" : key.toString();
            String unique = k;
            for (int n = 2; m.containsKey(unique); n++) {
                unique = k + " #" + n;
            }
            m.put(unique, r);
        }
        return m;
    }

    // ---- files -----------------------------------------------------------------------------------------------

    private static List<FileChange> files(LoadedRuleset a, LoadedRuleset b) {
        Map<String, String> x = a.manifest().files();
        Map<String, String> y = b.manifest().files();
        Set<String> paths = new TreeSet<>(x.keySet());
        paths.addAll(y.keySet());
        List<FileChange> out = new ArrayList<>();
        for (String p : paths) {
            if (!x.containsKey(p)) {
                out.add(new FileChange(Kind.ADDED, p));
            } else if (!y.containsKey(p)) {
                out.add(new FileChange(Kind.REMOVED, p));
            } else if (!x.get(p).equals(y.get(p))) {
                out.add(new FileChange(Kind.CHANGED, p));
            }
        }
        return out;
    }

    // ---- text ------------------------------------------------------------------------------------------------

    /**
     * The difference as a report to read: one section per kind of change, one line per change, each marked
     * {@code +} (added), {@code -} (removed) or {@code ~} (changed).
     */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("before: ").append(describe(before)).append("  ").append(beforeOrigin).append('\n');
        sb.append("after:  ").append(describe(after)).append("  ").append(afterOrigin).append('\n');
        if (same()) {
            return sb.append("\nThe rulesets are the same.\n").toString();
        }
        if (!manifest.isEmpty()) {
            sb.append("\nruleset.json\n");
            manifest.forEach(f -> sb.append("  ~ ").append(f.field()).append(": ").append(f.before()).append(" -> ")
                    .append(f.after()).append('\n'));
        }
        if (!rules.isEmpty()) {
            sb.append("\nRules (").append(counts(rules.stream().map(RuleChange::kind).toList())).append(")\n");
            for (RuleChange r : rules) {
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
        if (!profiles.isEmpty() || !parameters.isEmpty()) {
            sb.append("\nProfiles and parameters (parameters: ").append(counts(parameters.stream().map(ParameterChange::kind)
                    .toList())).append(")\n");
            for (ProfileChange p : profiles) {
                sb.append("  ").append(p.kind().mark()).append(" profile ").append(p.profile());
                if (!p.changes().isEmpty()) {
                    sb.append(": ").append(String.join("; ", p.changes()));
                }
                sb.append('\n');
            }
            for (ParameterChange p : parameters) {
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
        if (!tables.isEmpty() || !rows.isEmpty()) {
            sb.append("\nTables (rows: ").append(counts(rows.stream().map(RowChange::kind).toList())).append(")\n");
            for (TableChange t : tables) {
                sb.append("  ").append(t.kind().mark()).append(" table ").append(t.table());
                switch (t.kind()) {
                    case ADDED -> sb.append(" (").append(t.rowsAfter()).append(" rows)");
                    case REMOVED -> sb.append(" (had ").append(t.rowsBefore()).append(" rows)");
                    case CHANGED -> sb.append(": ").append(String.join("; ", t.changes()));
                }
                sb.append('\n');
            }
            for (RowChange r : rows) {
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
        sb.append("\nFiles (").append(counts(files.stream().map(FileChange::kind).toList())).append(")\n");
        files.forEach(f -> sb.append("  ").append(f.kind().mark()).append(' ').append(f.path()).append('\n'));
        return sb.toString();
    }

    private static String describe(RulesetInfo i) {
        return i.id() + " " + i.version() + " (sha256 " + i.sha256() + ")";
    }

    private static String counts(List<Kind> kinds) {
        long added = kinds.stream().filter(k -> k == Kind.ADDED).count();
        long removed = kinds.stream().filter(k -> k == Kind.REMOVED).count();
        long changed = kinds.stream().filter(k -> k == Kind.CHANGED).count();
        return added + " added, " + removed + " removed, " + changed + " changed";
    }

    private static String value(String value, String comparison) {
        if (comparison == null) {
            return value;
        }
        return (comparison.equals("atOrAbove") ? "at or above " : comparison + " ") + value;
    }

    private static String cells(Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((c, v) -> {
            if (!v.isEmpty()) {
                parts.add(c + "=" + v);
            }
        });
        return String.join(", ", parts);
    }

    private static String show(String v) {
        return v == null || v.isEmpty() ? "(empty)" : v;
    }
}

package org.taperwise.review;

import org.taperwise.loader.LoadedRulesets;
import org.taperwise.Ruleset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.taperwise.loader.LoadedRuleset;
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
 * @param scenarios    scenarios added, removed, or whose expectation ({@code expected.json}) or patient changed
 * @param warnings     what a reviewer must not miss: a rule whose text changed but not its {@code @version}; a rule
 *                     whose {@code @source} alone changed (what its flags cite changed, its behaviour did not); a
 *                     ruleset that changed (its SHA-256 differs) while its {@code version} did not
 */
public record RulesetDiff(RulesetInfo before, String beforeOrigin, RulesetInfo after, String afterOrigin,
        List<FieldChange> manifest, List<RuleChange> rules, List<ProfileChange> profiles,
        List<ParameterChange> parameters, List<TableChange> tables, List<RowChange> rows, List<FileChange> files,
        List<ScenarioChange> scenarios, List<String> warnings) {

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

    /**
     * A scenario added, removed, or whose expectation or patient changed (added in issue 15).
     *
     * @param scenario the folder under {@code scenarios/}
     * @param changes  for a changed scenario, each change: {@code expect.flags [HIGH_DOSE] -> []},
     *                 {@code profile uk-opioids-aware -> us-cdc-2022}, {@code description "..." -> "..."},
     *                 {@code patient.json changed}; for an added one, its expectation
     */
    public record ScenarioChange(Kind kind, String scenario, List<String> changes) {
        public ScenarioChange {
            changes = List.copyOf(changes);
        }
    }

    /**
     * The diff as it was before issue 15, without scenario changes and warnings (both computed by
     * {@link #between(Ruleset, Ruleset)}).
     */
    public RulesetDiff(RulesetInfo before, String beforeOrigin, RulesetInfo after, String afterOrigin,
            List<FieldChange> manifest, List<RuleChange> rules, List<ProfileChange> profiles,
            List<ParameterChange> parameters, List<TableChange> tables, List<RowChange> rows, List<FileChange> files) {
        this(before, beforeOrigin, after, afterOrigin, manifest, rules, profiles, parameters, tables, rows, files,
                List.of(), List.of());
    }

    public RulesetDiff {
        manifest = List.copyOf(manifest);
        rules = List.copyOf(rules);
        profiles = List.copyOf(profiles);
        parameters = List.copyOf(parameters);
        tables = List.copyOf(tables);
        rows = List.copyOf(rows);
        files = List.copyOf(files);
        scenarios = List.copyOf(scenarios);
        warnings = List.copyOf(warnings);
    }

    /** Whether nothing differs: same files, same identity. */
    public boolean same() {
        return manifest.isEmpty() && rules.isEmpty() && profiles.isEmpty() && parameters.isEmpty() && tables.isEmpty()
                && rows.isEmpty() && files.isEmpty() && scenarios.isEmpty();
    }

    /** Compares two loaded rulesets. */
    public static RulesetDiff between(Ruleset before, Ruleset after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        LoadedRuleset a = LoadedRulesets.of(before);
        LoadedRuleset b = LoadedRulesets.of(after);
        List<RowChange> rows = new ArrayList<>();
        List<TableChange> tables = new ArrayList<>();
        DiffTables.tables(a, b, tables, rows);
        List<ProfileChange> profiles = new ArrayList<>();
        List<ParameterChange> parameters = new ArrayList<>();
        DiffTables.profiles(a, b, profiles, parameters);
        List<FieldChange> manifest = DiffRules.manifest(a, b);
        List<RuleChange> rules = DiffRules.rules(before, after);
        List<FileChange> files = DiffRules.files(a, b);
        return new RulesetDiff(before.info(), before.origin(), after.info(), after.origin(), manifest, rules, profiles,
                parameters, tables, rows, files, DiffScenarios.scenarios(a, b),
                DiffRules.warnings(before.info(), after.info(), manifest, rules, files));
    }

    /**
     * The difference as a report to read: one section per kind of change, one line per change, each marked
     * {@code +} (added), {@code -} (removed) or {@code ~} (changed).
     */
    public String text() {
        return DiffText.text(this);
    }
}

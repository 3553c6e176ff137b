package org.taperwise.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.taperwise.RuleInfo;
import org.taperwise.Ruleset;
import org.taperwise.engine.RuleSource;
import org.taperwise.files.Manifest;
import org.taperwise.loader.LoadedRuleset;
import org.taperwise.loader.LoadedRulesets;
import org.taperwise.model.RulesetInfo;
import org.taperwise.review.RulesetDiff.FieldChange;
import org.taperwise.review.RulesetDiff.FileChange;
import org.taperwise.review.RulesetDiff.Kind;
import org.taperwise.review.RulesetDiff.RuleChange;

/** What changed in {@code ruleset.json}, the rules and the files, for {@link RulesetDiff}. */
final class DiffRules {
    static final String VERSION_WARNING = "WARNING: the rule changed but its @version did not";
    static final String SOURCE_ONLY_WARNING = "WARNING: only its @source changed, not what it does: the source its "
            + "flags cite now says something else; check it still describes the rule and its parameters";
    private DiffRules() {
    }

    // ---- manifest --------------------------------------------------------------------------------------------

    static List<FieldChange> manifest(LoadedRuleset a, LoadedRuleset b) {
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

    static void field(List<FieldChange> out, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(new FieldChange(field, before, after));
        }
    }

    // ---- rules -----------------------------------------------------------------------------------------------

    static List<RuleChange> rules(Ruleset before, Ruleset after) {
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

    static Map<String, RuleInfo> byId(List<RuleInfo> rules) {
        Map<String, RuleInfo> m = new TreeMap<>();
        rules.forEach(r -> m.put(r.id(), r));
        return m;
    }

    static List<String> ruleChanges(RuleInfo o, RuleSource os, RuleInfo n, RuleSource ns) {
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
            changes.add(VERSION_WARNING);
        }
        if (behaviour.isEmpty() && !o.source().equals(n.source())) {
            changes.add(SOURCE_ONLY_WARNING);
        }
        return changes;
    }

    static String fold(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }


    // ---- files -----------------------------------------------------------------------------------------------

    static List<FileChange> files(LoadedRuleset a, LoadedRuleset b) {
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

    // ---- warnings --------------------------------------------------------------------------------------------

    /** The diff's warnings, one line each, rule warnings first. */
    static List<String> warnings(RulesetInfo before, RulesetInfo after, List<FieldChange> manifest,
            List<RuleChange> rules, List<FileChange> files) {
        List<String> out = new ArrayList<>();
        for (RuleChange r : rules) {
            for (String c : r.changes()) {
                if (c.startsWith("WARNING: ")) {
                    out.add(r.id() + ": " + c.substring("WARNING: ".length()));
                }
            }
        }
        if (!before.sha256().equals(after.sha256()) && before.version().equals(after.version())) {
            List<String> what = new ArrayList<>();
            manifest.stream().filter(f -> !f.field().equals("version")).forEach(f -> what.add(f.field()));
            if (!files.isEmpty()) {
                what.add(files.size() + " file" + (files.size() == 1 ? "" : "s"));
            }
            out.add("the ruleset changed (SHA-256 " + before.sha256().substring(0, 12) + "... -> "
                    + after.sha256().substring(0, 12) + "..., " + String.join(", ", what) + ") but its version is still "
                    + after.version() + ": raise \"version\" in ruleset.json so assessments tell the two apart");
        }
        return out;
    }
}

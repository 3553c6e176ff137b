package org.taperwise.review;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.taperwise.files.TableText;
import org.taperwise.loader.LoadedRuleset;
import org.taperwise.review.RulesetDiff.Kind;
import org.taperwise.review.RulesetDiff.ParameterChange;
import org.taperwise.review.RulesetDiff.ProfileChange;
import org.taperwise.review.RulesetDiff.RowChange;
import org.taperwise.review.RulesetDiff.TableChange;
import org.taperwise.tables.Profile;
import org.taperwise.tables.ProfileParameter;

/** What changed in the profiles, their parameters and the tables, for {@link RulesetDiff}. */
final class DiffTables {
    private DiffTables() {
    }

    // ---- profiles and parameters -----------------------------------------------------------------------------

    static void profiles(LoadedRuleset a, LoadedRuleset b, List<ProfileChange> profiles,
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
    static Map<String, ProfileParameter> parametersByName(Profile p) {
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

    static boolean sameValue(String x, String y) {
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

    static void tables(LoadedRuleset a, LoadedRuleset b, List<TableChange> tables, List<RowChange> rows) {
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

    static Map<String, TableText> tableTexts(LoadedRuleset r) {
        Map<String, TableText> m = new TreeMap<>();
        r.files().forEach((path, bytes) -> {
            if (path.startsWith("tables/") && path.endsWith(".csv")) {
                m.put(path, TableText.parse(path, new String(bytes, StandardCharsets.UTF_8)));
            }
        });
        return m;
    }

    static void rows(String path, TableText x, TableText y, List<RowChange> out) {
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

    static Map<String, TableText.Row> keyed(TableText t, List<String> keyColumns) {
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
}

package org.taperwise.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.taperwise.loader.LoadedRuleset;
import org.taperwise.review.RulesetDiff.Kind;
import org.taperwise.review.RulesetDiff.ScenarioChange;

/**
 * Scenario changes for {@link RulesetDiff}: a scenario added or removed, and for one in both rulesets every field of
 * its {@code expected.json} that changed (the expectation {@code expect.*}, the profile, the description) and
 * whether its {@code patient.json} changed. JSON compares by value, so layout alone is not a change.
 */
final class DiffScenarios {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPECTED = "/expected.json";
    private static final String PATIENT = "/patient.json";

    private DiffScenarios() {
    }

    static List<ScenarioChange> scenarios(LoadedRuleset a, LoadedRuleset b) {
        Set<String> names = new TreeSet<>(names(a));
        names.addAll(names(b));
        List<ScenarioChange> out = new ArrayList<>();
        for (String name : names) {
            JsonNode x = expected(a, name);
            JsonNode y = expected(b, name);
            if (x == null) {
                out.add(new ScenarioChange(Kind.ADDED, name, List.of("expect " + compact(y.path("expect")))));
            } else if (y == null) {
                out.add(new ScenarioChange(Kind.REMOVED, name, List.of("expected " + compact(x.path("expect")))));
            } else {
                List<String> changes = new ArrayList<>();
                field(changes, "profile", x.path("profile"), y.path("profile"));
                field(changes, "description", x.path("description"), y.path("description"));
                Set<String> fields = new TreeSet<>();
                x.path("expect").fieldNames().forEachRemaining(fields::add);
                y.path("expect").fieldNames().forEachRemaining(fields::add);
                for (String f : fields) {
                    field(changes, "expect." + f, x.path("expect").path(f), y.path("expect").path(f));
                }
                if (!Arrays.equals(a.files().get("scenarios/" + name + PATIENT),
                        b.files().get("scenarios/" + name + PATIENT))) {
                    changes.add("patient.json changed");
                }
                if (!changes.isEmpty()) {
                    out.add(new ScenarioChange(Kind.CHANGED, name, changes));
                }
            }
        }
        return out;
    }

    private static void field(List<String> out, String name, JsonNode before, JsonNode after) {
        if (before.equals(after)) {
            return;
        }
        out.add(name + " " + (before.isMissingNode() ? "(none)" : compact(before)) + " -> "
                + (after.isMissingNode() ? "(none)" : compact(after)));
    }

    /** One line: strings without quotes in arrays ([HIGH_DOSE, NALOXONE_RECOMMENDED]), else compact JSON. */
    private static String compact(JsonNode n) {
        if (n.isArray()) {
            List<String> items = new ArrayList<>();
            n.forEach(i -> items.add(i.isValueNode() ? i.asText() : i.toString()));
            return items.toString();
        }
        return n.isTextual() ? "\"" + n.asText() + "\"" : n.toString();
    }

    private static Set<String> names(LoadedRuleset r) {
        Set<String> out = new TreeSet<>();
        for (String path : r.files().keySet()) {
            if (path.startsWith("scenarios/") && path.endsWith(EXPECTED)) {
                out.add(path.substring("scenarios/".length(), path.length() - EXPECTED.length()));
            }
        }
        return out;
    }

    /** The parsed expected.json; an unreadable one as a text node, so any change to it still shows. */
    private static JsonNode expected(LoadedRuleset r, String name) {
        byte[] bytes = r.files().get("scenarios/" + name + EXPECTED);
        if (bytes == null) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(bytes);
            return n == null ? JSON.createObjectNode() : n;
        } catch (IOException e) {
            return JSON.createObjectNode().put("expect", new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}

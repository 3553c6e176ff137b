package org.taperwise.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Seeded malformed patient records for the fuzz tests (issue 13): each record is a sample patient
 * ({@code examples/patients/*.json}) with one to three mutations: a field dropped or renamed, a value of the wrong
 * type, an extreme number (in JSON text, so {@code 1e999999999} stays what it is), a huge string, control characters,
 * bidirectional overrides or an unpaired surrogate in a string, deep nesting, a duplicate key, a list repeated past
 * its limit, a date or code that does not exist, the text cut short or a character changed. The same seed always
 * gives the same record.
 */
final class PatientMutations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Numbers as JSON text: beyond every range, at every edge, and the ones issue 13 reported. */
    private static final String[] NUMBERS = {"1e999999999", "-1e999999999", "1e-999999999", "-1e-999999999",
        "-3e9", "1e37", "8589934602", "0", "-0.0", "2147483648", "-2147483649", "9223372036854775808", "1e308",
        "4.9e-324", "0.0001", "0.00009", "100", "100.0001", "24", "24.0001", "31", "3650", "3650.5", "3651",
        "100000", "100000.0001", "1E+2", "12345678901234567890.123456789", "9".repeat(150), "0." + "0".repeat(150) + "1"};
    private static final String[] STRANGE_TEXT = {"\u0000", "\n", "\r\n", "\u001b[31mFORGED\u001b[0m", "\u202e",
        "\u2066", "\u2028", "\ud800", "\udc00", "\ud83d\ude00", "\u0007", "\uFEFF", "\\", "\"", "</script>", ""};
    private static final String[] DATES = {"2026-02-30", "+999999999-12-31", "2026-1-1", "0000-01-01",
        "9999-12-31", "1900-01-01", "2026-11-01T00:00", "", "yesterday"};

    private final List<ObjectNode> samples;

    private PatientMutations(List<ObjectNode> samples) {
        this.samples = samples;
    }

    /** The sample patients of {@code examples/patients}. */
    static PatientMutations fromSamples() {
        try (Stream<Path> files = Files.list(EvaluateCommandTest.PATIENTS)) {
            List<ObjectNode> samples = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                samples.add((ObjectNode) JSON.readTree(Files.readString(p)));
            }
            return new PatientMutations(List.copyOf(samples));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record for {@code seed}: one sample with one to three mutations, as JSON text. */
    String record(long seed) {
        Random r = new Random(seed);
        ObjectNode patient = samples.get(r.nextInt(samples.size())).deepCopy();
        List<String> numbers = new ArrayList<>();
        int mutations = 1 + r.nextInt(3);
        List<Runnable> textual = new ArrayList<>();
        String[] text = new String[1];
        for (int m = 0; m < mutations; m++) {
            int kind = r.nextInt(14);
            switch (kind) {
                case 0 -> drop(patient, r);
                case 1 -> rename(patient, r);
                case 2 -> replace(patient, r, wrongType(r));
                case 3 -> {
                    // an extreme number, written as text into the JSON later
                    numbers.add(NUMBERS[r.nextInt(NUMBERS.length)]);
                    replaceNumber(patient, r, "@@NUMBER" + (numbers.size() - 1) + "@@");
                }
                case 4 -> replaceString(patient, r, "x".repeat(1 << (4 + r.nextInt(14))));
                case 5 -> strangeText(patient, r);
                case 6 -> replace(patient, r, nested(1 + r.nextInt(200)));
                case 7 -> textual.add(() -> text[0] = duplicateKey(text[0], r));
                case 8 -> textual.add(() -> text[0] = text[0].substring(0, r.nextInt(Math.max(1, text[0].length()))));
                case 9 -> textual.add(() -> text[0] = changeCharacter(text[0], r));
                case 10 -> replaceField(patient, r, new String[] {"asOf", "issued", "birthDate", "since", "date",
                    "start", "historyStart"}, NODES.textNode(DATES[r.nextInt(DATES.length)]));
                case 11 -> replaceField(patient, r, new String[] {"form", "unit", "sex", "instrument", "when", "code",
                    "policy"}, NODES.textNode(r.nextBoolean() ? "MG" : "tablet " + r.nextInt(9)));
                case 12 -> repeatList(patient, r);
                default -> inRangeExtremes(patient, r);
            }
        }
        try {
            text[0] = JSON.writeValueAsString(patient);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < numbers.size(); i++) {
            text[0] = text[0].replace("\"@@NUMBER" + i + "@@\"", numbers.get(i));
        }
        textual.forEach(Runnable::run);
        return text[0];
    }

    // ---- mutations of the tree ----

    /** Every (object, field name) pair of the tree, in document order. */
    private static List<Object[]> fields(JsonNode root) {
        List<Object[]> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(JsonNode n, List<Object[]> out) {
        if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
                String f = it.next();
                out.add(new Object[] {n, f});
                collect(n.get(f), out);
            }
        } else if (n.isArray()) {
            for (JsonNode e : n) {
                collect(e, out);
            }
        }
    }

    private static Object[] pick(ObjectNode root, Random r, java.util.function.Predicate<JsonNode> which) {
        List<Object[]> all = fields(root).stream().filter(f -> which.test(((ObjectNode) f[0]).get((String) f[1])))
                .toList();
        return all.isEmpty() ? null : all.get(r.nextInt(all.size()));
    }

    private static void drop(ObjectNode root, Random r) {
        Object[] f = pick(root, r, n -> true);
        if (f != null) {
            ((ObjectNode) f[0]).remove((String) f[1]);
        }
    }

    private static void rename(ObjectNode root, Random r) {
        Object[] f = pick(root, r, n -> true);
        if (f != null) {
            ObjectNode o = (ObjectNode) f[0];
            String name = (String) f[1];
            JsonNode v = o.remove(name);
            String[] names = {name.toUpperCase(), name + "s", name.substring(1), "", " " + name, name + "\u0000",
                "x".repeat(2000), "\u202e" + name};
            o.set(names[r.nextInt(names.length)], v);
        }
    }

    private static void replace(ObjectNode root, Random r, JsonNode value) {
        Object[] f = pick(root, r, n -> true);
        if (f != null) {
            ((ObjectNode) f[0]).set((String) f[1], value);
        }
    }

    private static void replaceNumber(ObjectNode root, Random r, String placeholder) {
        Object[] f = pick(root, r, n -> n.isNumber());
        if (f == null) {
            f = pick(root, r, n -> true);
        }
        if (f != null) {
            ((ObjectNode) f[0]).put((String) f[1], placeholder);
        }
    }

    private static void replaceString(ObjectNode root, Random r, String s) {
        Object[] f = pick(root, r, JsonNode::isTextual);
        if (f != null) {
            ((ObjectNode) f[0]).put((String) f[1], s);
        }
    }

    private static void strangeText(ObjectNode root, Random r) {
        Object[] f = pick(root, r, JsonNode::isTextual);
        if (f != null) {
            ObjectNode o = (ObjectNode) f[0];
            String s = o.get((String) f[1]).asText();
            int at = r.nextInt(s.length() + 1);
            o.put((String) f[1], s.substring(0, at) + STRANGE_TEXT[r.nextInt(STRANGE_TEXT.length)] + s.substring(at));
        }
    }

    private static void replaceField(ObjectNode root, Random r, String[] names, JsonNode value) {
        List<String> wanted = List.of(names);
        Object[] f = pick(root, r, n -> true);
        List<Object[]> all = fields(root).stream().filter(x -> wanted.contains((String) x[1])).toList();
        if (!all.isEmpty()) {
            f = all.get(r.nextInt(all.size()));
        }
        if (f != null) {
            ((ObjectNode) f[0]).set((String) f[1], value);
        }
    }

    private static JsonNode wrongType(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> NODES.textNode("40");
            case 1 -> NODES.numberNode(7);
            case 2 -> NODES.booleanNode(r.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.arrayNode().add(1).add("a");
            case 5 -> NODES.objectNode().put("value", 1);
            default -> NODES.textNode("");
        };
    }

    private static JsonNode nested(int depth) {
        JsonNode n = NODES.numberNode(1);
        for (int i = 0; i < depth; i++) {
            n = i % 2 == 0 ? NODES.arrayNode().add(n) : NODES.objectNode().set("a", n);
        }
        return n;
    }

    /** A list repeated: a few times, or past the contract's limits. */
    private static void repeatList(ObjectNode root, Random r) {
        JsonNode rx = root.get("prescriptions");
        if (rx == null || !rx.isArray() || rx.isEmpty()) {
            return;
        }
        ArrayNode more = NODES.arrayNode();
        if (r.nextInt(16) == 0) {
            // past the limit of 10,000 prescriptions: small entries, the limit is checked before each is
            for (int i = 0; i < 10_001 + r.nextInt(100); i++) {
                more.add(NODES.objectNode().put("medicine", "x"));
            }
            root.set("prescriptions", more);
            return;
        }
        int times = 2 + r.nextInt(40);
        for (int i = 0; i < times; i++) {
            ObjectNode copy = ((ObjectNode) rx.get(i % rx.size())).deepCopy();
            copy.remove("id");
            more.add(copy);
        }
        root.set("prescriptions", more);
    }

    /** Numbers at the edges of their ranges, which are evaluated: the largest doses, the smallest strengths. */
    private static void inRangeExtremes(ObjectNode root, Random r) {
        JsonNode rx = root.get("prescriptions");
        if (rx == null || !rx.isArray()) {
            return;
        }
        for (JsonNode p : rx) {
            if (!p.isObject()) {
                continue;
            }
            ObjectNode o = (ObjectNode) p;
            switch (r.nextInt(5)) {
                case 0 -> o.set("strength", NODES.objectNode().put("value", 0.0001).put("unit", "mg"));
                case 1 -> o.put("timesPerDay", r.nextBoolean() ? 24 : 0.0001);
                case 2 -> o.put("quantity", r.nextBoolean() ? 100000 : 0.0001);
                case 3 -> o.put("daysSupply", r.nextBoolean() ? 3650 : 1);
                default -> o.remove("daysSupply");
            }
        }
    }

    // ---- mutations of the text ----

    private static String duplicateKey(String json, Random r) {
        int at = json.indexOf('{');
        if (at < 0) {
            return json;
        }
        String[] keys = {"\"patientId\":\"dup\",", "\"asOf\":\"2026-11-01\",", "\"prescriptions\":[],"};
        return json.substring(0, at + 1) + keys[r.nextInt(keys.length)] + json.substring(at + 1);
    }

    private static String changeCharacter(String json, Random r) {
        if (json.isEmpty()) {
            return json;
        }
        int at = r.nextInt(json.length());
        char[] chars = {'{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', 'e', '-', '.', '\ud800'};
        return r.nextBoolean() ? json.substring(0, at) + json.substring(at + 1)
                : json.substring(0, at) + chars[r.nextInt(chars.length)] + json.substring(at);
    }
}

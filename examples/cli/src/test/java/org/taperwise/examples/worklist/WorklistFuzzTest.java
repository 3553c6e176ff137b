package org.taperwise.examples.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.examples.worklist.AssessmentJson.patient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded mutations of assessment lines (cut short, a character changed, a field removed or given another type): the
 * reader never fails with anything but a reported bad line, every line is either an assessment counted once or a
 * bad line reported with its own number, and the reports never quote the line or the patient id (a code or date
 * field's wrong value is shown, short, as {@code screen} shows values).
 */
class WorklistFuzzTest {
    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 20).boxed();
    }

    private static String mutate(String json, Random r) throws IOException {
        switch (r.nextInt(4)) {
            case 0 -> {
                return json.substring(0, r.nextInt(json.length()));
            }
            case 1 -> {
                int i = r.nextInt(json.length());
                char[] junk = {'"', '{', '}', '[', ']', ',', ':', 'x', '1', '\u00e9', '\\'};
                return json.substring(0, i) + junk[r.nextInt(junk.length)] + json.substring(i + 1);
            }
            default -> {
                ObjectNode root = (ObjectNode) AssessmentJson.JSON.readTree(json);
                List<ObjectNode> objects = new ArrayList<>();
                collect(root, objects);
                ObjectNode o = objects.get(r.nextInt(objects.size()));
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                if (names.isEmpty()) {
                    return json;
                }
                String name = names.get(r.nextInt(names.size()));
                if (r.nextBoolean()) {
                    o.remove(name);
                } else {
                    JsonNode[] others = {AssessmentJson.JSON.getNodeFactory().textNode("INJECTED"),
                        AssessmentJson.JSON.getNodeFactory().numberNode(-1),
                        AssessmentJson.JSON.getNodeFactory().nullNode(),
                        AssessmentJson.JSON.getNodeFactory().arrayNode(),
                        AssessmentJson.JSON.getNodeFactory().booleanNode(true)};
                    o.set(name, others[r.nextInt(others.length)]);
                }
                return AssessmentJson.JSON.writeValueAsString(root);
            }
        }
    }

    private static void collect(JsonNode n, List<ObjectNode> into) {
        if (n instanceof ObjectNode o) {
            into.add(o);
        }
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
            collect(it.next(), into);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyLineIsCountedOnce_orReportedWithItsNumber_neverQuoted(long seed) throws IOException {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String good = patient("MARK-" + i).status(List.of("ELIGIBLE", "UNDETERMINED", "NOT_ELIGIBLE")
                    .get(r.nextInt(3))).mme(r.nextInt(200)).regimens("morphine", "oxycodone")
                    .flag("HIGH_DOSE", "HIGH", "highDoseMgPerDay", "120", "above").specialist("METHADONE")
                    .reason("BIRTH_DATE_MISSING", "no birth date").taper("PROPOSED").json();
            lines.add(r.nextInt(3) == 0 ? good : mutate(good, r));
        }
        List<String> problems = new ArrayList<>();
        Worklist w = AssessmentJson.read(0, lines, problems);
        assertEquals(lines.size(), w.assessments() + w.badLineCount() + w.blankLines(), "every line accounted for");
        Set<Long> reported = new HashSet<>();
        for (String p : problems) {
            assertTrue(p.matches("in\\.jsonl line \\d+: .+"), p);
            assertTrue(!p.contains("MARK-"), "a report quotes the patient id: " + p);
            reported.add(Long.parseLong(p.substring("in.jsonl line ".length(), p.indexOf(':'))));
        }
        assertEquals(Set.copyOf(w.badLines()), reported, "each bad line reported, and only those");
        assertEquals(w.eligible(), w.ranked().size());
        assertEquals(w.undeterminedCount(), w.undetermined().size());
    }
}

package org.taperwise.engine;

import org.taperwise.files.JsonTrees;
import org.taperwise.files.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.taperwise.RuleInfo;
import org.taperwise.RulesetProblem;

/**
 * What checking a packaged ruleset's rule files found (their rules, metadata and text), written at build time and
 * keyed by the SHA-256 of every rule file, so that loading the packaged ruleset need not parse its rule files again.
 * It is used only when every rule file's hash matches; any edit makes the loader parse and check the files.
 */
public final class RuleIndex {
    /** For writing the index at build time only; never created when a ruleset is loaded. */
    private static final class Writer {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private RuleIndex() {
    }

    /** The index of checked rule files, as JSON. */
    static String write(DrlCompiler.Checked checked) {
        ObjectNode root = Writer.JSON.createObjectNode();
        ObjectNode files = root.putObject("files");
        checked.drlByPath().forEach((path, text) -> files.put(path, Sha256.of(text.getBytes(StandardCharsets.UTF_8))));
        ArrayNode rules = root.putArray("rules");
        for (RuleInfo r : checked.rules()) {
            ObjectNode n = rules.addObject();
            n.put("id", r.id()).put("version", r.version()).put("name", r.name()).put("source", r.source())
                    .put("file", r.file()).put("line", r.line());
            RuleSource s = checked.sources().get(r.id());
            if (s != null) {
                n.put("endLine", s.endLine()).put("text", s.text()).put("conditions", s.conditions())
                        .put("actions", s.actions());
                ObjectNode attributes = n.putObject("attributes");
                s.attributes().forEach(attributes::put);
            }
        }
        try {
            return Writer.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The checked rule files from an index, when it was written for exactly these files; else null.
     *
     * @param sha256ByPath the files' hashes as the loader already computed and checked them (a path missing here
     *                     is hashed now)
     */
    static DrlCompiler.Checked read(String json, Map<String, String> drlByPath, Map<String, String> sha256ByPath) {
        try {
            JsonNode root = JsonTrees.read(json);
            Map<String, String> indexed = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("files").properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                indexed.put(e.getKey(), e.getValue().asText());
            }
            Map<String, String> actual = new TreeMap<>();
            drlByPath.forEach((path, text) -> actual.put(path, sha256ByPath.containsKey(path) ? sha256ByPath.get(path)
                    : Sha256.of(text.getBytes(StandardCharsets.UTF_8))));
            if (!indexed.equals(actual)) {
                return null;
            }
            List<RuleInfo> rules = new ArrayList<>();
            Map<String, RuleSource> sources = new HashMap<>();
            for (JsonNode n : root.path("rules")) {
                RuleInfo r = new RuleInfo(n.get("id").asText(), n.get("version").asText(), n.get("name").asText(),
                        n.get("source").asText(), n.get("file").asText(), n.get("line").asInt());
                rules.add(r);
                if (n.has("text")) {
                    Map<String, String> attributes = new TreeMap<>();
                    n.path("attributes").properties().forEach(a -> attributes.put(a.getKey(), a.getValue().asText()));
                    sources.put(r.id(), new RuleSource(r.id(), n.get("endLine").asInt(), n.get("text").asText(),
                            n.get("conditions").asText(), n.get("actions").asText(), attributes));
                }
            }
            return new DrlCompiler.Checked(java.util.Collections.unmodifiableMap(new TreeMap<>(drlByPath)),
                    List.copyOf(rules), Map.copyOf(sources));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Build step: checks the rule files of a ruleset folder and writes their index. Exits with status 1, listing
     * every problem, when a rule file does not pass the checks.
     *
     * <p>Usage: {@code RuleIndex RULESET_FOLDER OUTPUT_FILE}
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RuleIndex RULESET_FOLDER OUTPUT_FILE");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Map<String, String> drl = new TreeMap<>();
        try (var files = Files.list(folder.resolve("rules"))) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".drl")).toList()) {
                drl.put("rules/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        List<RulesetProblem> problems = new ArrayList<>();
        DrlCompiler.Checked checked = DrlCompiler.check(drl, problems);
        if (checked == null) {
            problems.forEach(p -> System.err.println(p));
            System.exit(1);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, write(checked), StandardCharsets.UTF_8);
    }
}

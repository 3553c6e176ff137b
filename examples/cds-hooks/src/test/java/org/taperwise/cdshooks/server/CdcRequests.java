package org.taperwise.cdshooks.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The CDC's CDS Hooks test requests (cqframework/opioid-cds-r4 @b29bdcbf6db6f3de26486dbc3820572ee9a78b89, CC0),
 * read where the FHIR module keeps its unchanged copies (examples/fhir/src/test/resources/cdc-opioid-cds-r4, with
 * their README recording repository, commit and licence).
 */
final class CdcRequests {
    static final Path ROOT = Path.of("../fhir/src/test/resources/cdc-opioid-cds-r4");
    private static final ObjectMapper LENIENT = new ObjectMapper(); // ignores trailing tokens, as Jackson does by default
    private static final Pattern DATE = Pattern.compile("\"(?:authoredOn|whenHandedOver|dateLastUpdated)\"\\s*:\\s*"
            + "\"(\\d{4}-\\d{2}-\\d{2})");

    private CdcRequests() {
    }

    static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve("requests"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static String name(Path p) {
        return ROOT.resolve("requests").relativize(p).toString();
    }

    /**
     * The request repaired as the FHIR module documents (its README): most files close the request early and carry a
     * stray brace at the end, leaving items 2 to 16 outside {@code prefetch}; they are put back under it. Null when
     * the file cannot be read as JSON even so.
     */
    static ObjectNode repaired(Path p) throws IOException {
        JsonNode node;
        try {
            node = LENIENT.readTree(Files.readString(p));
        } catch (IOException e) {
            return null;
        }
        if (!(node instanceof ObjectNode root)) {
            return null;
        }
        ObjectNode prefetch = root.has("prefetch") && root.get("prefetch").isObject()
                ? (ObjectNode) root.get("prefetch") : root.putObject("prefetch");
        List<String> strays = new ArrayList<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (f.matches("item\\d+")) {
                strays.add(f);
            }
        }
        for (String f : strays) {
            prefetch.set(f, root.remove(f));
        }
        return root;
    }

    /** The latest date the request's records carry: the day the CDC recorded it, the service's "today" for it. */
    static LocalDate recordedOn(Path p) throws IOException {
        Matcher m = DATE.matcher(Files.readString(p));
        LocalDate latest = null;
        while (m.find()) {
            LocalDate d = LocalDate.parse(m.group(1));
            latest = latest == null || d.isAfter(latest) ? d : latest;
        }
        return latest;
    }
}

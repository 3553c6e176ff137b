package org.taperwise.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The CDC's CDS Hooks test requests (src/test/resources/cdc-opioid-cds-r4, README there) and the one repair. */
final class Cdc {
    static final Path ROOT = Path.of("src/test/resources/cdc-opioid-cds-r4");
    private static final Pattern ROLLER = Pattern.compile("\"dateLastUpdated\"\\s*,\\s*\"valueDateTime\"\\s*:\\s*\""
            + "(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ITEM = Pattern.compile("item\\d+");

    static List<Path> requests() {
        try (Stream<Path> s = Files.walk(ROOT.resolve("requests"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean wellFormed(String text) {
        try {
            FhirJson.tree(text, "request");
            return true;
        } catch (FhirMappingException e) {
            return false;
        }
    }

    /**
     * The CDC's test data carry a "dataDateRoller" extension: their dates are meant relative to dateLastUpdated (the
     * CDC's harness moves them to the day of the test). The evaluation date is the latest dateLastUpdated in the
     * request, or 2023-05-01 (the date every benzodiazepine case uses) when there is none.
     */
    static LocalDate asOf(String text) {
        Matcher m = ROLLER.matcher(text);
        LocalDate latest = null;
        while (m.find()) {
            LocalDate d = LocalDate.parse(m.group(1));
            latest = latest == null || d.isAfter(latest) ? d : latest;
        }
        return latest == null ? LocalDate.of(2023, 5, 1) : latest;
    }

    /**
     * The one repair of a request as published: most close the request object after {@code prefetch.item1} and end
     * with a stray {@code }}, leaving the other items at the top level. The stray brace is dropped and every
     * top-level {@code itemN} is put back under {@code prefetch}. Returns null when the text is still not JSON.
     */
    static String repaired(String text) {
        String t = text.stripTrailing();
        if (!t.endsWith("}")) {
            return null;
        }
        JsonNode root;
        try {
            root = FhirJson.STRICT.readTree(t.substring(0, t.length() - 1));
        } catch (IOException e) {
            return null;
        }
        ObjectNode obj = (ObjectNode) root;
        ObjectNode prefetch = obj.has("prefetch") ? (ObjectNode) obj.get("prefetch") : obj.putObject("prefetch");
        List<String> items = new ArrayList<>();
        obj.properties().forEach(e -> {
            if (ITEM.matcher(e.getKey()).matches()) {
                items.add(e.getKey());
            }
        });
        for (String k : items) {
            prefetch.set(k, obj.remove(k));
        }
        return obj.toString();
    }

    /** The CDC's expected response for a request file, or null when there is none (or it is not JSON). */
    static JsonNode response(Path request) {
        Path rel = ROOT.resolve("requests").relativize(request);
        Path r = ROOT.resolve("responses").resolve(rel.getParent().toString())
                .resolve(rel.getFileName().toString().replaceFirst("^request-", "response-"));
        if (!Files.exists(r)) {
            return null;
        }
        try {
            return FhirJson.STRICT.readTree(read(r));
        } catch (IOException e) {
            return null;
        }
    }

    private Cdc() {
    }
}

package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.RuleInfo;
import org.taperwise.Ruleset;

/** {@code taperwise catalogue --out FILE}: a reviewer's catalogue covers every rule, table, profile and hazard. */
class CatalogueCommandTest {
    @TempDir
    static Path shared;
    private static Ruleset builtin;
    private static List<String> hazards;
    private static String html;

    @TempDir
    Path tmp;

    @BeforeAll
    static void writeTheBuiltinCatalogue() throws IOException {
        builtin = Ruleset.builtin();
        hazards = new ArrayList<>();
        try (InputStream in = CatalogueCommandTest.class.getClassLoader().getResourceAsStream(
                CatalogueCommand.PACKAGED_HAZARD_LOG)) {
            Matcher m = Pattern.compile("(?m)^### (H\\d+) ").matcher(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
            while (m.find()) {
                hazards.add(m.group(1));
            }
        }
        Path out = shared.resolve("catalogue.html");
        CliRun run = CliRun.of("catalogue", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Wrote " + out + ": "), run.out());
        html = Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String anchor(String kind, String id) {
        return kind + "-" + id.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    @Test
    void theBuiltinHtmlCatalogue_coversEveryRuleTableProfileAndHazard() {
        assertTrue(hazards.size() >= 10, "the packaged hazard log has its hazards: " + hazards);
        for (RuleInfo r : builtin.rules()) {
            assertTrue(html.contains("id=\"" + anchor("rule", r.id()) + "\""), r.id());
            assertTrue(html.contains(r.source().replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;")
                    .replace("<", "&lt;").replace(">", "&gt;")), r.id() + " source");
        }
        for (String file : List.of("tables/medicines.csv", "tables/condition-codes.csv", "tables/medicine-codes.csv")) {
            assertTrue(html.contains("id=\"" + anchor("table", file) + "\""), file);
        }
        for (String profile : builtin.profiles()) {
            assertTrue(html.contains("id=\"" + anchor("profile", profile) + "\""), profile);
        }
        for (String h : hazards) {
            assertTrue(html.contains("id=\"hazard-" + h + "\""), h);
        }
        assertTrue(html.contains("Guideline text") && html.contains("When/Then"));
        assertTrue(html.contains("hazard-log.md in the ruleset"), "says which hazard log: the built-in ruleset's own");
    }

    @Test
    void theBuiltinHtmlCatalogue_crossReferencesHazardsAndRulesBothWays() {
        assertTrue(html.contains("<dt>Hazards</dt><dd><a href=\"#hazard-H"), "a rule names its hazards");
        assertTrue(Pattern.compile("<section class=\"hazard\" id=\"hazard-H\\d+\">\\s*<h3>[^<]+</h3>\\s*"
                + "<div class=\"xref\"><strong>In this ruleset:</strong> Rules \\(\\d+\\): <a href=\"#rule-")
                .matcher(html).find(), "a hazard names its rules");
        Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        while (href.find()) {
            assertTrue(html.contains("id=\"" + href.group(1) + "\""), "link to a missing anchor: " + href.group(1));
        }
        for (String external : List.of("<script", "<link", "<img", "src=", "url(")) {
            assertFalse(html.contains(external), external);
        }
    }

    @Test
    void markdown_forAnEditedFolder_withAGivenHazardLog() throws IOException {
        Path dir = RulesetFolders.export(tmp.resolve("exported"));
        Path log = Files.writeString(tmp.resolve("log.md"), "# Log\n\n### H01 Dose rule broken\n- Controls: `DOSE-01`,"
                + " `tables/medicines.csv`, `NOPE-01`.\n");
        Path out = tmp.resolve("out/catalogue.md");

        CliRun run = CliRun.of("catalogue", "--ruleset", dir.toString(), "--hazard-log", log.toString(), "--out",
                out.toString());

        assertEquals(0, run.exit(), run.err());
        String md = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# Rule catalogue: " + builtin.info().id()), md.substring(0, 200));
        for (RuleInfo r : builtin.rules()) {
            assertTrue(md.contains("<a id=\"" + anchor("rule", r.id()) + "\"></a>"), r.id());
        }
        try (var tables = Files.list(dir.resolve("tables"))) {
            for (Path t : tables.toList()) {
                assertTrue(md.contains("<a id=\"" + anchor("table", "tables/" + t.getFileName()) + "\"></a>"), t.toString());
            }
        }
        for (String profile : builtin.profiles()) {
            assertTrue(md.contains("<a id=\"" + anchor("profile", profile) + "\"></a>"), profile);
        }
        assertTrue(md.contains("| [H01](#hazard-H01) Dose rule broken | [`DOSE-01`](#rule-DOSE-01) | "
                + "[`tables/medicines.csv`](#table-tables-medicines-csv) |"), "hazard cross-reference");
        assertTrue(md.contains("**Named by the hazard log but not in this ruleset:** `NOPE-01`"));
        assertTrue(md.contains("| Hazard log | " + log.toString().replace("_", "\\_") + " |"), "says which log");
    }

    @Test
    void anOutputThatIsNeitherHtmlNorMarkdown_exits2_andWritesNothing() {
        Path out = tmp.resolve("catalogue.pdf");
        CliRun run = CliRun.of("catalogue", "--out", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(".html or .md"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingHazardLog_exits2() {
        CliRun run = CliRun.of("catalogue", "--hazard-log", tmp.resolve("none.md").toString(), "--out",
                tmp.resolve("c.html").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("none.md: no such file"), run.err());
    }

    @Test
    void anInvalidRuleset_exits2() {
        CliRun run = CliRun.of("catalogue", "--ruleset", tmp.toString(), "--out", tmp.resolve("c.html").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("ruleset.json"), run.err());
        assertFalse(Files.exists(tmp.resolve("c.html")));
    }

    @Test
    void theOutIsRequired() {
        assertEquals(2, CliRun.of("catalogue").exit());
    }
}

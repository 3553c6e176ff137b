package org.taperwise.review;

import org.taperwise.TestRulesets;
import org.taperwise.RuleInfo;
import org.taperwise.Ruleset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reviewer's catalogue of a small ruleset with scenarios and a hazard log, in both formats. */
class CatalogueTest {
    @TempDir
    static Path tmp;

    private static Ruleset ruleset;
    private static String html;
    private static String markdown;

    @BeforeAll
    static void build() {
        ruleset = Ruleset.fromDirectory(TestRulesets.copyWithScenariosAndHazardLog(tmp));
        Catalogue c = Catalogue.of(ruleset);
        html = c.html();
        markdown = c.markdown();
    }

    /** The HTML element with this id, up to the next element that has an id. */
    private static String htmlSection(String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no element with id " + id);
        int end = html.indexOf(" id=\"", start + id.length());
        return html.substring(start, end < 0 ? html.length() : end);
    }

    @Test
    void bothFormats_coverEveryRuleTableProfileParameterAndScenario() {
        for (String doc : List.of(html, markdown)) {
            for (RuleInfo r : ruleset.rules()) {
                assertTrue(doc.contains(r.id()) && doc.contains(r.name()), r.id());
            }
            for (String table : List.of("tables/conversion-test.csv", "tables/medicines.csv")) {
                assertTrue(doc.contains(table), table);
            }
            assertTrue(doc.contains("Test profile"));
            for (String parameter : List.of("highDoseMgPerDay", "oversupplyRatio", "naloxoneForSedatives")) {
                assertTrue(doc.contains(parameter), parameter);
            }
            for (String scenario : Scenarios.names(ruleset)) {
                assertTrue(doc.contains(scenario), scenario);
            }
            assertTrue(doc.contains(ruleset.info().sha256()));
        }
    }

    @Test
    void everyTableRow_appearsWithItsSource() {
        assertTrue(html.contains("<td>oxycodone</td><td>oral</td><td>mg</td><td></td><td></td><td></td><td>1.5</td>"
                + "<td>factor</td><td></td><td>fixture</td>"), "conversion row");
        assertTrue(markdown.contains("| 5 | oxycodone | oral | mg |  |  |  | 1.5 | factor |  | fixture |"), markdown);
        assertTrue(html.contains("Test conversion table (fixture, not clinical data)."), "table documentation");
    }

    @Test
    void ruleFiles_showTheirHeaderTopicAndWhenThen() {
        assertTrue(html.contains("Test ruleset for rules-core: one classification rule and one decision rule."));
        assertTrue(html.contains("When the daily dose reaches the profile&#39;s high-dose threshold, then HIGH_DOSE is"
                + " raised."), "When/Then paragraph");
        assertTrue(markdown.contains("**When/Then.** When the daily dose reaches the profile's high-dose threshold, "
                + "then HIGH\\_DOSE is raised."), markdown);
    }

    @Test
    void eachRule_listsTheScenariosThatFireIt_andTheFailingOnes() {
        String t01 = htmlSection("rule-T-01");
        String fires = t01.substring(t01.indexOf("Scenarios that fire it"), t01.indexOf("Scenarios where it must not"));
        assertTrue(fires.contains("dose/above-120-is-high"), t01);
        assertFalse(fires.contains("dose/120-is-not-high"), t01);
        assertTrue(t01.contains("test fixture"), "source");
        assertTrue(t01.contains("rules/dose.drl</code> line 30"), t01);
        assertTrue(htmlSection("scenario-dose-wrong-expectation").contains("FAIL"));
        assertTrue(html.contains("3 scenarios, <span class=\"fail\">1 failing</span>"), "scenario summary");
        assertTrue(markdown.contains("- **Scenarios that fire it (1):** [`dose/above-120-is-high`]"
                + "(#scenario-dose-above-120-is-high)"), markdown);
    }

    @Test
    void hazards_areCrossReferencedBothWays() {
        String h01 = htmlSection("hazard-H01");
        assertTrue(h01.contains("href=\"#rule-T-01\""), h01);
        assertTrue(h01.contains("href=\"#table-tables-conversion-test-csv\""), h01);
        assertTrue(h01.contains("Scenarios (3)"), h01);
        assertTrue(h01.contains("<code>highDoseMgPerDay</code>"), h01);
        assertTrue(h01.contains("not in this ruleset:</strong> <code>T-99</code>"), h01);
        assertTrue(htmlSection("hazard-H02").contains("Rules (1): <a href=\"#rule-T-C01\">"), "wildcard T-C*");
        assertTrue(htmlSection("hazard-H03").contains("nothing names this hazard"), "H03 names nothing");
        assertFalse(html.contains("Open items"), "sections that are not hazards are left out");

        assertTrue(htmlSection("rule-T-01").contains("href=\"#hazard-H01\""), "rule to hazard");
        assertTrue(htmlSection("rule-T-C01").contains("href=\"#hazard-H02\""), "rule to hazard");
        assertTrue(markdown.contains("| [H01](#hazard-H01) High dose missed | [`T-01`](#rule-T-01) | "
                + "[`tables/conversion-test.csv`](#table-tables-conversion-test-csv) |"), markdown);
        assertTrue(markdown.contains("**Named by the hazard log but not in this ruleset:** `T-99`"), markdown);
    }

    @Test
    void html_isOneSelfContainedPage() {
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(html.contains("<style>") && html.strip().endsWith("</html>"));
        for (String external : List.of("<script", "<link", "<img", "<iframe", "@import", "url(", "src=")) {
            assertFalse(html.contains(external), "has " + external);
        }
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertTrue(href.group(1).startsWith("#"), "link leaves the page: " + href.group(1));
            String target = href.group(1).substring(1);
            assertTrue(html.contains("id=\"" + target + "\""), "link to a missing anchor: " + target);
        }
    }

    @Test
    void allText_isEscaped() throws IOException {
        Path dir = TestRulesets.copyOfMinimal(tmp.resolve("escape"));
        Path drl = dir.resolve("rules/dose.drl");
        Files.writeString(drl, Files.readString(drl, StandardCharsets.UTF_8).replace("@source(\"test fixture\")\nwhen\n"
                + "    HighDailyDose", "@source(\"<script>alert('x')</script> & fixture\")\nwhen\n    HighDailyDose"));
        Ruleset.updateManifest(dir);
        Catalogue c = Catalogue.of(Ruleset.fromDirectory(dir)).withHazardLog("### H09 <b>bold</b> & `T-01`\n- x\n",
                "inline");
        String page = c.html();
        assertFalse(page.contains("<script>") || page.contains("<b>bold"), "unescaped text");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; fixture"), "escaped source");
        assertTrue(page.contains("H09 &lt;b&gt;bold&lt;/b&gt; &amp;"), "escaped hazard title");
        String md = c.markdown();
        String outsideCode = md.replaceAll("(?s)```drl\n.*?\n```", "");
        assertTrue(md.contains("```drl\nrule \"High daily dose\"\n    @id(\"T-01\")"), "rule text as a code block");
        assertFalse(outsideCode.contains("<script>"), "unescaped text in markdown");
        assertTrue(md.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; fixture"), md);
    }

    @Test
    void aKnownChange_showsInTheCatalogue() throws IOException {
        Path dir = TestRulesets.copyWithScenariosAndHazardLog(tmp.resolve("tuned"));
        Path profile = dir.resolve("profiles/test.json");
        Files.writeString(profile, Files.readString(profile).replace(
                "\"highDoseMgPerDay\": { \"value\": 120, \"comparison\": \"above\", \"source\": \"fixture\" }",
                "\"highDoseMgPerDay\": { \"value\": 60, \"comparison\": \"atOrAbove\", \"source\": \"local policy\" }"));
        Ruleset.updateManifest(dir);
        String tuned = Catalogue.of(Ruleset.fromDirectory(dir)).html();

        assertTrue(tuned.contains("<code>highDoseMgPerDay</code></a></td><td class=\"value\">at or above 60</td><td>local policy</td>"),
                "the new value, comparison and source");
        assertTrue(htmlSection("scenario-dose-120-is-not-high").contains("pass"), "before: passes");
        String after = tuned.substring(tuned.indexOf("id=\"scenario-dose-120-is-not-high\""));
        assertTrue(after.substring(0, after.indexOf("</tr>")).contains("FAIL"), "after: the scenario pinning 120 fails");
    }

    @Test
    void theSameRuleset_givesTheSameDocument() {
        Catalogue again = Catalogue.of(ruleset);
        assertEquals(html, again.html());
        assertEquals(markdown, again.markdown());
    }

    @Test
    void withoutAHazardLog_theCatalogueSaysSo() {
        Catalogue c = Catalogue.of(TestRulesets.minimal());
        assertFalse(c.hasHazardLog());
        assertTrue(c.html().contains("No hazard log was given."));
        assertTrue(c.markdown().contains("No hazard log was given."));
        assertTrue(c.withHazardLog("### H01 x\n- `T-01`\n", "given").html().contains("href=\"#hazard-H01\""));
    }

    @Test
    void ruleFileHeader_isReadByLabel() {
        CatalogueModel.Header h = CatalogueModel.header("""
                /*
                 * Topic: Daily dose
                 *
                 * Guideline text:
                 *   Harm rises above 120 mg
                 *   a day.
                 *
                 *   Second paragraph.
                 *
                 * When/Then:
                 *   When the dose reaches the threshold, then HIGH_DOSE.
                 */
                package x;
                """);
        assertEquals(List.of("Daily dose"), h.topic());
        assertEquals(List.of("Harm rises above 120 mg a day.", "Second paragraph."), h.guideline());
        assertEquals(List.of("When the dose reaches the threshold, then HIGH_DOSE."), h.whenThen());
        assertEquals(List.of(), CatalogueModel.header("package x;").topic());
    }

    @Test
    void everyInternalLink_pointsAtAnIdOnThePage() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        while (id.find()) {
            assertTrue(ids.add(id.group(1)), "id used twice: " + id.group(1));
        }
        Matcher href = Pattern.compile("href=\"#([^\"]*)\"").matcher(html);
        int links = 0;
        while (href.find()) {
            links++;
            assertTrue(ids.contains(href.group(1)), "a link to #" + href.group(1) + " that no element has");
        }
        assertTrue(links > 50, "links: " + links);
    }

    @Test
    void theFlagSection_linksItsRulesParametersScenariosBothWaysAndHazards() {
        String flag = htmlSection("flag-HIGH-DOSE");
        assertTrue(flag.contains("href=\"#rule-T-01\""), flag);
        assertTrue(flag.contains("href=\"#param-highDoseMgPerDay\""), flag);
        assertTrue(flag.contains("test: above 120"), "each profile's value: " + flag);
        String fires = flag.substring(flag.indexOf("Fires in"), flag.indexOf("Must not fire in"));
        assertTrue(fires.contains("#scenario-dose-above-120-is-high"), fires);
        String mustNot = flag.substring(flag.indexOf("Must not fire in"), flag.indexOf("<dt>Hazards"));
        assertTrue(mustNot.contains("#scenario-dose-120-is-not-high"), mustNot);
        assertFalse(mustNot.contains("#scenario-dose-above-120-is-high"), mustNot);
        assertTrue(flag.contains("href=\"#hazard-H01\""), flag);
        assertTrue(html.contains("id=\"reason-END-OF-LIFE-CARE\""), "every eligibility reason has a section");
    }

    @Test
    void aRuleCard_listsWhereItMustNotFire_theParametersItReads_andHowEachHazardControlsIt() {
        String card = htmlSection("rule-T-01");
        assertTrue(card.contains("Scenarios where it must not fire"), card);
        assertTrue(card.substring(card.indexOf("must not fire")).contains("#scenario-dose-120-is-not-high"), card);
        assertTrue(card.contains("H01</a> <span class=\"muted\">(names it)"), card);
        String c01 = htmlSection("rule-T-C01");
        assertTrue(c01.contains("href=\"#param-highDoseMgPerDay\""), "T-C01 reads highDose: " + c01);
        assertTrue(c01.contains("H01</a> <span class=\"muted\">("), "H01 names highDoseMgPerDay: " + c01);
    }

    @Test
    void theSummaryComesFirst_printsOnItsOwnPage_andListsOpenWarnings() {
        int main = html.indexOf("<main>");
        assertTrue(html.indexOf("<section class=\"summary\" id=\"summary\">") == main + "<main>\n".length(),
                "the summary opens the page");
        assertTrue(html.contains(".summary{break-after:page;page-break-after:always"), "a page of its own in print");
        String summary = html.substring(main, html.indexOf("</section>", main));
        assertTrue(summary.contains(ruleset.info().sha256()), summary);
        assertTrue(summary.contains("Open warnings ("), summary);
        assertTrue(summary.contains("1 scenario fails"), summary);
        assertTrue(summary.contains("`T-99`"), "the hazard log's stale reference: " + summary);
    }

    @Test
    void aScenarioRow_showsWhatItExpects_andItsPatientAndExpectedJson() {
        String row = htmlSection("scenario-dose-120-is-not-high");
        assertTrue(row.contains("<strong>Expects:</strong> flags none; notFiredRules <a href=\"#rule-T-01\">"), row);
        assertTrue(row.contains("patient and expected.json"), row);
        assertTrue(row.contains("&quot;prescriptions&quot;"), "the patient's JSON: " + row);
    }

    @Test
    void sinceAnEarlierRuleset_theSummarySaysWhatChanged() {
        String page = Catalogue.of(ruleset).since(TestRulesets.minimal()).html();
        String summary = page.substring(page.indexOf("<main>"), page.indexOf("</section>", page.indexOf("<main>")));
        assertTrue(summary.contains("What changed since test-minimal 0.0.1"), summary);
        assertTrue(summary.contains("Scenarios (3)"), summary);
        assertTrue(summary.contains("but its version is still 0.0.1"), "the diff's warning: " + summary);
    }
}

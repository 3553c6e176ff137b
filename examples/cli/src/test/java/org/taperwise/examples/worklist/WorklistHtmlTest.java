package org.taperwise.examples.worklist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.examples.worklist.AssessmentJson.patient;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML page's content and escaping, as text (WorklistBrowserTest renders it in Chromium). */
class WorklistHtmlTest {
    /** An id a hostile record could carry: markup, an entity, a right-to-left override and a control character. */
    static final String HOSTILE = "<script>document.title='owned'</script><img src=x onerror=alert(1)>&amp;\u202e\u0007";
    static final String HOSTILE_ESCAPED = "&lt;script&gt;document.title=&#39;owned&#39;&lt;/script&gt;&lt;img src=x"
            + " onerror=alert(1)&gt;&amp;amp;\\u202e\\u0007";

    private static String html(Worklist w, String title) throws IOException {
        StringWriter out = new StringWriter();
        WorklistHtml.write(w, title, out);
        return out.toString();
    }

    @Test
    void hostileIdsCodesReasonsAndTitle_areText_andThePageLoadsNothing() throws IOException {
        Worklist w = AssessmentJson.read(List.of(patient(HOSTILE).mme(10).flag("<b>X</b>", "HIGH").json(),
                patient("u" + HOSTILE).status("UNDETERMINED").reason("BIRTH_DATE_MISSING", HOSTILE).json()));
        String page = html(w, "Practice " + HOSTILE);
        for (String never : List.of("<script", "<img", "<b>", "src=\"", "href=", "<link", "url(", "@import", "\u202e",
                "\u0007")) {
            assertFalse(page.contains(never), never);
        }
        assertTrue(page.contains("<title>Pain review worklist: Practice " + HOSTILE_ESCAPED + "</title>"), page);
        assertTrue(page.contains("<td class=\"id\">" + HOSTILE_ESCAPED + "</td>"), "the id as text");
        assertTrue(page.contains("<td class=\"id\">u" + HOSTILE_ESCAPED + "</td>"), "the undetermined id as text");
        assertTrue(page.contains("BIRTH_DATE_MISSING: " + HOSTILE_ESCAPED), "the reason's message as text");
        assertTrue(page.contains("&lt;b&gt;X&lt;/b&gt;"), "an unknown flag code as text");
        assertTrue(page.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""), "CSP");
    }

    @Test
    void printCss_a4Landscape_repeatedHeader_rowsNotSplit_undeterminedOnItsOwnPage() throws IOException {
        String page = html(AssessmentJson.read(List.of(patient("a").json())), "");
        for (String css : List.of("@page { size: A4 landscape;", "thead { display: table-header-group; }",
                "tr { break-inside: avoid;", "#undetermined { break-before: page;")) {
            assertTrue(page.contains(css), css);
        }
    }

    @Test
    void theSummary_countsEveryStatus_flagsByStatus_theRulesetAndTheDates() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(patient("e1").mme(150).flag("HIGH_DOSE", "HIGH", "highDoseMgPerDay", "120", "above").json());
        lines.add(patient("e2").asOf("2026-10-01").json());
        lines.add(patient("n1").status("NOT_ELIGIBLE").reason("END_OF_LIFE_CARE", "m").mme(300)
                .flag("HIGH_DOSE", "HIGH", "highDoseMgPerDay", "120", "above").json());
        lines.add(patient("u1").status("UNDETERMINED").reason("HISTORY_TOO_SHORT", "history too short").json());
        String page = html(AssessmentJson.read(lines), "Practice X");
        assertTrue(page.contains("<p>4 assessments read, as of 2026-10-01 to 2026-11-01."), page);
        assertTrue(page.contains("<tr><td>ELIGIBLE (due a review)</td><td class=\"num\">2</td>"));
        assertTrue(page.contains("<tr><td>UNDETERMINED</td><td class=\"num\">1</td>"));
        assertTrue(page.contains("<tr><td>NOT_ELIGIBLE</td><td class=\"num\">1</td><td>counted only</td>"));
        assertTrue(page.contains("<tr><td>HIGH_DOSE</td><td class=\"num\">1</td><td class=\"num\">0</td>"
                + "<td class=\"num\">1</td></tr>"));
        assertTrue(page.contains("<td>taperwise-builtin</td><td>1.1.0</td><td class=\"sha\">d58f7498de5c01a9ef86c6057ba6e30c4"
                + "fbf339029cb6c2c3b4d9e3da8591236</td><td>uk-opioids-aware</td><td class=\"num\">4</td>"));
        assertTrue(page.contains("HISTORY_TOO_SHORT: history too short"));
        assertFalse(page.contains("n1"), "a NOT_ELIGIBLE patient is counted, not listed");
        assertFalse(page.contains("mixed-rulesets"));
        assertFalse(page.contains("bad-lines"));
    }

    @Test
    void badLines_andMixedRulesets_areWarnedOfAtTheTop() throws IOException {
        List<String> problems = new ArrayList<>();
        Worklist w = AssessmentJson.read(0, List.of(patient("a").json(), "{oops", patient("b").json()
                .replace("uk-opioids-aware", "us-cdc-2022")), problems);
        String page = html(w, "");
        assertTrue(page.contains("1 line of the input could not be read as assessments (line 2;"), page);
        assertTrue(page.contains("id=\"mixed-rulesets\""), page);
    }

    @Test
    void noPatientDue_saysSo() throws IOException {
        String page = html(AssessmentJson.read(List.of(patient("n").status("NOT_ELIGIBLE").json())), "");
        assertTrue(page.contains("No patient in these assessments is due a review."));
        assertTrue(page.contains("No assessment left eligibility undetermined."));
    }
}

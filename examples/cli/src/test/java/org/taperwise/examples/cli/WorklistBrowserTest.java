package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.examples.cohort.SyntheticCohort;
import org.taperwise.examples.cohort.WriteCohort;
import org.taperwise.examples.worklist.Rfc4180;

/**
 * The worklist's HTML page, from {@code screen}'s output of a seeded cohort plus a patient whose id is markup, in a
 * real headless browser (Chromium): the page loads (no script ran: the title is the page's own), its rows are in
 * the CSV's rank order, the hostile id is text, and it prints to a PDF of A4 landscape pages. Skipped when no
 * browser is installed, unless {@code -Dtaperwise.requireBrowser=true} ({@link HeadlessBrowser}).
 */
class WorklistBrowserTest {
    static final String HOSTILE = "<script>document.title='owned'</script><img src=x onerror=\"document.title='img'\">";
    private static final Pattern ROW = Pattern.compile(
            "<tr class=\"patient\" id=\"rank-(\\d+)\"><td class=\"num\">(\\d+)</td><td class=\"id\">(.*?)</td>");
    @TempDir
    static Path tmp;
    private static Path page;
    private static List<String> csvOrder;
    private HeadlessBrowser browser;

    @BeforeAll
    static void writeTheWorklist() throws Exception {
        StringWriter w = new StringWriter();
        WriteCohort.write(new SyntheticCohort(5), 300, w);
        Path cohort = tmp.resolve("cohort.jsonl");
        Files.writeString(cohort, w.toString(), StandardCharsets.UTF_8);
        Path assessments = tmp.resolve("assessments.jsonl");
        CliRun screen = CliRun.of("screen", cohort.toString(), "--out", assessments.toString());
        assertEquals(0, screen.exit(), screen.err());
        List<String> lines = new ArrayList<>(Files.readAllLines(assessments, StandardCharsets.UTF_8));
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            ObjectNode a = (ObjectNode) json.readTree(line);
            if (a.get("eligibility").get("status").asText().equals("ELIGIBLE")) {
                a.put("patientId", HOSTILE);
                lines.add(json.writeValueAsString(a));
                break;
            }
        }
        Files.write(assessments, lines, StandardCharsets.UTF_8);
        page = tmp.resolve("worklist.html");
        Path csv = tmp.resolve("worklist.csv");
        CliRun run = CliRun.of("worklist", assessments.toString(), "--html", page.toString(), "--csv", csv.toString(),
                "--title", "Practice X");
        assertEquals(0, run.exit(), run.err());
        csvOrder = Rfc4180.parse(Files.readString(csv, StandardCharsets.UTF_8)).stream().skip(1)
                .filter(r -> r.get(0).equals("REVIEW")).map(r -> r.get(2)).toList();
    }

    @BeforeEach
    void findTheBrowser() {
        browser = HeadlessBrowser.require(tmp);
    }

    private static String text(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    @Test
    void thePageLoads_rowsAreInRankOrder_andTheHostileIdIsText() throws Exception {
        String dom = browser.dumpDom(page);
        assertTrue(dom.contains("<title>Pain review worklist: Practice X</title>"), "no script ran");
        assertFalse(dom.contains("<script") || dom.contains("<img"), "no element from the id");
        Matcher m = ROW.matcher(dom);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            assertEquals(ids.size() + 1, Integer.parseInt(m.group(1)));
            assertEquals(m.group(1), m.group(2));
            ids.add(text(m.group(3)));
        }
        assertEquals(csvOrder, ids, "the browser's rows, in the CSV's rank order");
        assertTrue(ids.contains(HOSTILE), "the hostile id, as text");
        assertTrue(dom.contains("id=\"undetermined\""), "the undetermined section");
    }

    @Test
    void printsToAPdf_ofA4LandscapePages() throws Exception {
        byte[] pdf = Files.readAllBytes(browser.printToPdf(page, "worklist.pdf"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"), "a PDF");
        Matcher pages = Pattern.compile("/Type\\s*/Page(?![A-Za-z])").matcher(text);
        int n = 0;
        while (pages.find()) {
            n++;
        }
        assertTrue(n >= 3, n + " pages: the list runs over pages and the undetermined section has its own");
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]").matcher(text);
        assertTrue(box.find(), "a page size");
        double width = Double.parseDouble(box.group(1));
        double height = Double.parseDouble(box.group(2));
        assertEquals(842, width, 2, "A4 landscape width in points");
        assertEquals(595, height, 2, "A4 landscape height in points");
    }
}

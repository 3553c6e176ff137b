package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer's catalogue of the built-in ruleset ({@code taperwise catalogue --since builtin}) in a real headless
 * browser (Chromium): every internal link ({@code href="#..."}) of the DOM the browser built resolves to an element
 * id, each flag has its section, and the one-page summary prints on a page of its own. Skipped when no browser is
 * installed, unless {@code -Dtaperwise.requireBrowser=true} ({@link HeadlessBrowser}).
 */
class CatalogueBrowserTest {
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern HREF = Pattern.compile("\\shref=\"#([^\"]*)\"");

    @TempDir
    static Path tmp;
    private static Path page;
    private HeadlessBrowser browser;

    @BeforeAll
    static void writeTheCatalogue() {
        page = tmp.resolve("catalogue.html");
        CliRun run = CliRun.of("catalogue", "--since", "builtin", "--out", page.toString());
        assertEquals(0, run.exit(), run.err());
    }

    @BeforeEach
    void findTheBrowser() {
        browser = HeadlessBrowser.require(tmp);
    }

    @Test
    void everyInternalLinkOfTheRenderedPage_resolvesToAnId() throws Exception {
        String dom = browser.dumpDom(page);
        assertTrue(dom.contains("id=\"flag-HIGH-DOSE\"") && dom.contains("id=\"summary\""), "the browser built the page");
        Set<String> ids = new HashSet<>();
        Matcher id = ID.matcher(dom);
        while (id.find()) {
            ids.add(id.group(1));
        }
        List<String> broken = new ArrayList<>();
        Matcher href = HREF.matcher(dom);
        int links = 0;
        while (href.find()) {
            links++;
            if (!ids.contains(href.group(1))) {
                broken.add(href.group(1));
            }
        }
        assertTrue(links > 1000, links + " internal links");
        assertEquals(List.of(), broken, "links to ids no element has");
        for (String flag : List.of("HIGH-DOSE", "ELEVATED-DOSE", "BENZODIAZEPINE-COPRESCRIBED", "NALOXONE-RECOMMENDED",
                "SPECIALIST-INPUT-REQUIRED")) {
            assertTrue(ids.contains("flag-" + flag), flag);
        }
        assertTrue(ids.contains("reason-END-OF-LIFE-CARE") && ids.contains("param-highDoseMgPerDay"), "anchors");
    }

    @Test
    void theSummary_printsOnAPageOfItsOwn() throws Exception {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        int flags = html.indexOf("<h2 id=\"flags\">");
        assertTrue(flags > 0);
        int end = html.indexOf("</h2>", flags) + "</h2>".length();
        Path summaryAndNext = tmp.resolve("summary.html");
        Files.writeString(summaryAndNext, html.substring(0, end) + "\n</main></div></body></html>\n");

        byte[] pdf = Files.readAllBytes(browser.printToPdf(summaryAndNext, "summary.pdf"));

        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "a PDF");
        Matcher m = Pattern.compile("/Type\\s*/Page(?![A-Za-z])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (m.find()) {
            pages++;
        }
        assertEquals(2, pages, "the summary fills one page and the next section starts a new one");
    }

    @Test
    void theWholeCatalogue_printsToAPdf() throws Exception {
        byte[] pdf = Files.readAllBytes(browser.printToPdf(page, "catalogue.pdf"));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "a PDF");
        assertTrue(pdf.length > 100_000, pdf.length + " bytes");
    }
}

package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.handout.PatientHandout;
import org.taperwise.model.Administration;
import org.taperwise.model.Amount;
import org.taperwise.model.Assessment;
import org.taperwise.model.Eligibility;
import org.taperwise.model.EligibilityStatus;
import org.taperwise.model.Form;
import org.taperwise.model.MmeSummary;
import org.taperwise.model.RulesetInfo;
import org.taperwise.model.Taper;
import org.taperwise.model.TaperDose;
import org.taperwise.model.TaperStatus;
import org.taperwise.model.TaperStep;

/**
 * The patient handout's HTML page in a real headless browser (Chromium): it prints to a PDF of several A4 pages, its
 * screenshot is a page of dark text on white (not blank), and the browser's DOM holds the plan's dates and doses.
 * The page is the one {@code taperwise handout} writes for sample patient 08 (oxycodone MR and co-codamol) with the
 * built-in ruleset. Skipped when no browser is installed, unless {@code -Dtaperwise.requireBrowser=true}
 * ({@link HeadlessBrowser}). The screenshot is kept as {@code examples/cli/target/handout-screenshot.png} to look at.
 */
class HandoutBrowserTest {
    @TempDir
    static Path tmp;
    private static Path page;
    private HeadlessBrowser browser;

    @BeforeAll
    static void writeTheHandout() {
        page = tmp.resolve("handout.html");
        CliRun run = CliRun.of("handout", "--out", page.toString(),
                EvaluateCommandTest.PATIENTS.resolve("08-two-opioids.json").toString());
        assertEquals(0, run.exit(), run.err());
    }

    /** Per test, so that a missing browser shows as each test skipped, with the reason. */
    @BeforeEach
    void findTheBrowser() {
        browser = HeadlessBrowser.require(tmp);
    }

    @Test
    void printsToAPdfOfSeveralPages() throws Exception {
        byte[] pdf = Files.readAllBytes(browser.printToPdf(page, "handout.pdf"));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "a PDF");
        // each page object is "/Type /Page" (the page tree is "/Type /Pages")
        Matcher m = Pattern.compile("/Type\\s*/Page(?![A-Za-z])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (m.find()) {
            pages++;
        }
        // several pages, not one long sheet and not a runaway: how many depends on the browser build and its fonts
        // (the same handout printed to at most 12 pages with Debian's Chromium 156.0.8078.73 and to 14 with
        // 156.0.8078.129, both with DejaVu fonts only)
        assertTrue(pages >= 2 && pages <= 20, pages + " pages");
        assertTrue(pdf.length > 20_000, pdf.length + " bytes");
    }

    @Test
    void screenshot_isDarkTextOnWhite_notBlank() throws Exception {
        Path png = browser.screenshot(page, "handout.png", 1000, 1500);
        Files.copy(png, Path.of("target", "handout-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(1500, image.getHeight());
        long white = 0;
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int lum = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (lum > 240) {
                    white++;
                } else if (lum < 80) {
                    dark++;
                }
            }
        }
        double total = (double) image.getWidth() * image.getHeight();
        assertTrue(white / total > 0.6, "mostly white paper: " + white / total);
        assertTrue(dark / total > 0.02, "dark text and table lines: " + dark / total);
    }

    @Test
    void theBrowsersDom_holdsTheDatesAndDoses() throws Exception {
        String dom = browser.dumpDom(page).replaceAll("\\s+", " ");
        for (String expected : List.of("Your plan to lower your pain medicine",
                "Now: Sunday 1 November 2026 to Sunday 15 November 2026 (15 days)",
                "Step 1: Monday 16 November 2026 to Sunday 29 November 2026 (2 weeks)",
                "Oxycodone 20 mg slow-release tablets", "1 tablet in the morning and 1 tablet in the evening.",
                // later steps name the product as the prescription and the label do (dm+d, the products table)
                "mg modified-release tablets", "Collect it from your pharmacy before",
                "2 tablets in the morning, 2 tablets at midday, 2 tablets in the late afternoon and 2 tablets at"
                        + " bedtime.",
                "Stop taking oxycodone slow-release tablets.", "Your next review is by Sunday 15 November 2026.",
                "So your old dose is now too strong for you.")) {
            assertTrue(dom.contains(expected), expected + " in the DOM");
        }
    }

    @Test
    void hostileMedicineName_staysText_inTheBrowser() throws Exception {
        String name = "<script>document.title='owned'</script><img src=x onerror=alert(1)>\u001b[2J";
        TaperDose dose = new TaperDose(name, Form.TABLET, new Amount(20, "mg"), 2.0, "10 mg twice a day",
                List.of(new Administration("in the morning", new Amount(10, "mg"), "1 x 10 mg"),
                        new Administration("in the evening", new Amount(10, "mg"), "1 x 10 mg")));
        Taper taper = new Taper(TaperStatus.PROPOSED, null, "", "TAPER-07", null, List.of(), List.of(
                new TaperStep(0, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 14), 2, 0, false, List.of(dose)),
                new TaperStep(1, LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 28), 0, 2, true, List.of())),
                List.of());
        Assessment a = new Assessment("p", LocalDate.of(2026, 11, 1), new RulesetInfo("r", "1", "0"),
                "uk-opioids-aware", new Eligibility(EligibilityStatus.ELIGIBLE, List.of()),
                new MmeSummary(2, true, List.of()), List.of(), taper, List.of(), List.of(), 0);
        Path hostile = tmp.resolve("hostile.html");
        Files.writeString(hostile, PatientHandout.html(a), StandardCharsets.UTF_8);
        String dom = browser.dumpDom(hostile);
        assertFalse(dom.contains("<script"), dom);
        assertFalse(dom.contains("<img"), dom);
        assertTrue(dom.contains("<title>Your plan to lower your pain medicine</title>"), "no script ran: " + dom);
        assertTrue(dom.contains("&lt;script&gt;document.title='owned'&lt;/script&gt;&lt;img src=x onerror=alert(1)"
                + "&gt;?[2J 10 mg tablets"), dom);
    }
}

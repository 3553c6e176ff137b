package org.taperwise.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real headless browser (Debian's Chromium) for the tests that render pages: print to PDF, screenshot, or the DOM
 * after parsing. {@code -Dtaperwise.browser=PATH} names another Chromium; without one at the path the tests are
 * skipped with an assumption, unless {@code -Dtaperwise.requireBrowser=true} (CI, {@code .ci/run}) makes that a
 * failure. Each run has its own profile folder and no network, sync or update traffic.
 */
final class HeadlessBrowser {
    static final String REQUIRE = "taperwise.requireBrowser";
    private final Path executable;
    private final Path work;

    private HeadlessBrowser(Path executable, Path work) {
        this.executable = executable;
        this.work = work;
    }

    /** The browser, or the test is skipped (or fails when the browser is required). */
    static HeadlessBrowser require(Path work) {
        Path exe = Path.of(System.getProperty("taperwise.browser", "/usr/bin/chromium"));
        if (!Files.isExecutable(exe)) {
            String why = "no headless browser at " + exe + " (install Debian's chromium, or set -Dtaperwise.browser)";
            if (Boolean.getBoolean(REQUIRE)) {
                Assertions.fail(why + "; -D" + REQUIRE + "=true makes the browser check required");
            }
            Assumptions.abort(why + ": the browser check is skipped; -D" + REQUIRE + "=true makes it required");
        }
        return new HeadlessBrowser(exe, work);
    }

    /** Prints the page to a PDF (A4, the page's own @page size, no header or footer); returns the file. */
    Path printToPdf(Path page, String name) throws IOException, InterruptedException {
        Path pdf = work.resolve(name);
        run(page, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
        return pdf;
    }

    /** A screenshot of the page's top {@code width} x {@code height} CSS pixels; returns the PNG. */
    Path screenshot(Path page, String name, int width, int height) throws IOException, InterruptedException {
        Path png = work.resolve(name);
        run(page, "--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png);
        return png;
    }

    /** The DOM after the browser parsed the page, serialised. */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, "--dump-dom");
    }

    private String run(Path page, String... action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        Path stdout = Files.createTempFile(work, "out", ".txt");
        Path stderr = Files.createTempFile(work, "err", ".txt");
        List<String> cmd = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(List.of(action));
        cmd.add(page.toUri().toString());
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        // a guard against a hung browser, not a timing assertion
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assertions.fail("the browser did not finish: " + cmd);
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        Assertions.assertEquals(0, p.exitValue(), "browser exit for " + cmd + ": " + err);
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}

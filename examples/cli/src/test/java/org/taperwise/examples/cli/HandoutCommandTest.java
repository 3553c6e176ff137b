package org.taperwise.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taperwise handout}: the patient's handout from a real evaluation with the built-in ruleset. */
class HandoutCommandTest {
    @TempDir
    Path tmp;

    private static String patient(String file) {
        return EvaluateCommandTest.PATIENTS.resolve(file).toString();
    }

    @Test
    void text_givesTheRealPlanWithNaloxoneForTheHighDosePatient() {
        CliRun run = CliRun.of("handout", patient("03-morphine-mr-high-dose.json"));
        assertEquals(0, run.exit(), run.err());
        String out = run.out().replaceAll("\\s+", " ");
        assertTrue(out.startsWith("YOUR PLAN TO LOWER YOUR PAIN MEDICINE"), out);
        assertTrue(out.contains("Now: Sunday 1 November 2026 to Sunday 15 November 2026 (15 days)"), out);
        assertTrue(out.contains("Morphine 60 mg slow-release tablets: 1 tablet in the morning and 1 tablet in the"
                + " evening."), out);
        // the as-needed liquid starts at the use its issue history shows (3 doses a day), not the prescribed 4
        assertTrue(out.contains("Only when you need it: 5 ml at a time. No more than 3 times a day."), out);
        assertTrue(out.contains("Your next review is by Sunday 15 November 2026."), out);
        assertTrue(out.contains("keep naloxone at home"), out);
        for (String clinical : List.of("DOSE-", "TAPER-", "sha256", "MME", "uk-standard", "rounding")) {
            assertFalse(out.contains(clinical), clinical + " in " + out);
        }
    }

    @Test
    void specialistPatient_getsNoScheduleAndIsToldToTalkToTheirPrescriber() {
        CliRun run = CliRun.of("handout", patient("07-methadone.json"));
        assertEquals(0, run.exit(), run.err());
        String out = run.out().replaceAll("\\s+", " ");
        assertTrue(out.contains("This leaflet does not have a plan to change your medicine."), out);
        assertTrue(out.contains("A specialist team needs to help plan any change to your medicine."), out);
        assertFalse(out.contains("Step 1") || out.contains("WHAT TO TAKE") || out.contains("tablet"), out);
    }

    @Test
    void out_writesTheFileWhole_htmlByItsExtension() throws IOException {
        Path file = tmp.resolve("sub/handout.html");
        CliRun run = CliRun.of("handout", "--out", file.toString(), patient("08-two-opioids.json"));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Wrote " + file + ": the patient's handout (HTML), taper PROPOSED."),
                run.out());
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("Co-codamol 30 mg tablets"), html);
        try (var names = Files.list(file.getParent())) {
            assertEquals(List.of("handout.html"), names.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left beside it");
        }
        Path text = tmp.resolve("handout.html.txt");
        assertEquals(0, CliRun.of("handout", "--format", "text", "--out", text.toString(),
                patient("08-two-opioids.json")).exit());
        assertTrue(Files.readString(text).startsWith("YOUR PLAN"));
    }

    @Test
    void country_choosesTheEmergencyNumber() {
        CliRun run = CliRun.of("handout", "--country", "us", patient("03-morphine-mr-high-dose.json"));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("call 911 straight away"), run.out());
        assertFalse(run.out().toLowerCase(Locale.ROOT).contains("999"), run.out());
        CliRun bad = CliRun.of("handout", "--country", "USA", patient("03-morphine-mr-high-dose.json"));
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--country: USA (expected a two-letter country code"), bad.err());
    }

    @Test
    void notExactlyOnePatient_orBadInput_isExit2AndWritesNothing() throws IOException {
        Path two = tmp.resolve("two.json");
        String one = Files.readString(Path.of(patient("04-oxycodone-mr.json")));
        Files.writeString(two, "[" + one + "," + one + "]");
        Path out = tmp.resolve("h.html");
        CliRun run = CliRun.of("handout", "--out", out.toString(), two.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("holds 2 patients; a handout is for one patient"), run.err());
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, one.replace("\"prescriptions\"", "\"prescriptons\""));
        run = CliRun.of("handout", "--out", out.toString(), bad.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("prescriptons"), run.err());
        assertFalse(Files.exists(out));
    }
}

package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.Assessment;
import org.taperwise.model.Flag;
import org.taperwise.model.FlagCode;
import org.taperwise.model.PatientFacts;

/**
 * Issue 15: when no opioid is in supply, the dose shown is the regimen last supplied; the dose flag then says not to
 * restart at it rather than advising a taper, and TOLERANCE_LOST says why, with the stop date and the old dose.
 */
class StoppedRegimenMessageTest {
    private static PatientFacts patient(String scenario) throws IOException {
        try (InputStream in = StoppedRegimenMessageTest.class.getClassLoader().getResourceAsStream(
                "taperwise/rulesets/builtin/scenarios/" + scenario + "/patient.json")) {
            return TaperwiseJson.readPatient(new String(in.readAllBytes(), StandardCharsets.UTF_8)).facts();
        }
    }

    @Test
    void aStoppedHighDose_isNotToBeRestarted_andNoTaperIsAdvised() throws IOException {
        Assessment a = Builtin.uk().evaluate(patient("tolerance/stopped-two-months-ago-tolerance-lost"));
        Flag dose = a.flag(FlagCode.HIGH_DOSE).orElseThrow();
        assertFalse(dose.message().toLowerCase(Locale.ROOT).contains("taper"), dose.message());
        assertTrue(dose.message().contains("do not restart at this dose"), dose.message());
        Flag lost = a.flag(FlagCode.TOLERANCE_LOST).orElseThrow();
        assertTrue(lost.message().contains("since 2026-08-28 (65 days ago)"), lost.message());
        assertTrue(lost.message().contains("(200 mg)"), lost.message());
        assertTrue(lost.source().contains("recentStopDays 180"), lost.source());
    }
}

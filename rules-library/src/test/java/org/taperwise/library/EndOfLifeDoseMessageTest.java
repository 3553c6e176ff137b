package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.Assessment;
import org.taperwise.model.ConditionConcept;
import org.taperwise.model.FlagCode;
import org.taperwise.model.PatientFacts;

/**
 * A dose flag never advises a taper when end-of-life care is recorded (NICE NG215 excludes end-of-life care): the
 * scenarios' end-of-life patients, and the same patients without the condition, whose messages still do.
 */
class EndOfLifeDoseMessageTest {
    private static PatientFacts patient(String scenario) throws IOException {
        try (InputStream in = EndOfLifeDoseMessageTest.class.getClassLoader().getResourceAsStream(
                "taperwise/rulesets/builtin/scenarios/" + scenario + "/patient.json")) {
            return TaperwiseJson.readPatient(new String(in.readAllBytes(), StandardCharsets.UTF_8)).facts();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dose/end-of-life-high-dose-is-reported-without-taper-advice, HIGH_DOSE",
        "dose/end-of-life-elevated-dose-is-reported-without-taper-advice, ELEVATED_DOSE"})
    void theDoseFlag_advisesATaperOnlyWithoutEndOfLifeCare(String scenario, FlagCode code) throws IOException {
        PatientFacts dying = patient(scenario);
        assertTrue(dying.conditions().stream().anyMatch(c -> c.code() == ConditionConcept.END_OF_LIFE_CARE));
        String message = Builtin.uk().evaluate(dying).flag(code).orElseThrow().message();
        assertFalse(message.toLowerCase(Locale.ROOT).contains("taper"), message);
        assertTrue(message.contains("End-of-life care is recorded"), message);

        PatientFacts.Builder same = PatientFacts.builder(dying.patientId(), dying.asOf()).birthDate(dying.birthDate());
        dying.prescriptions().forEach(same::prescription);
        Assessment without = Builtin.uk().evaluate(same.build());
        assertTrue(without.flag(code).orElseThrow().message().contains("taper"),
                "without end-of-life care the flag still advises a taper");
    }
}

package org.taperwise.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.InvalidInputException;
import org.taperwise.Problem;
import org.taperwise.TaperwiseEngine;
import org.taperwise.TestRulesets;
import org.taperwise.model.Assessment;
import org.taperwise.model.FlagCode;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;

/**
 * A field the contract does not define: bad input by default (path, a short value, the nearest known field), an
 * {@code UNKNOWN_FIELD} warning only for a host that asks for the lenient reader.
 */
class PatientJsonUnknownFieldsTest {
    /** Oxycodone 80 mg MR twice a day: 160 mg oxycodone, 240 mg oral morphine a day (factor 1.5). */
    private static final String RX = """
            {"id": "rx-1", "medicine": "oxycodone", "form": "mr-tablet",
             "strength": {"value": 80, "unit": "mg"}, "dose": {"value": 1, "unit": "unit"},
             "timesPerDay": 2, "issued": "2026-10-20", "daysSupply": 28}""";

    private static String patient(String prescriptionsField, String prescriptions) {
        return "{\"patientId\": \"p-240\", \"asOf\": \"2026-11-01\", \"birthDate\": \"1974-05-02\", \""
                + prescriptionsField + "\": [" + prescriptions + "]}";
    }

    private static List<Problem> refused(String json) {
        return assertThrows(InvalidInputException.class, () -> TaperwiseJson.readPatients(json)).problems();
    }

    private static Problem only(String json) {
        List<Problem> p = refused(json);
        assertEquals(1, p.size(), p::toString);
        return p.get(0);
    }

    @Test
    void misspeltPrescriptions_onA240MgPatient_isRefused_namingThePathAndTheNearestKnownField() {
        String json = patient("prescriptons", RX);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TaperwiseJson.readPatient(json));
        assertEquals(List.of(new Problem("prescriptons", "an array of 1",
                "a known field; did you mean \"prescriptions\"?")), e.problems());
        assertTrue(e.getMessage().contains("prescriptons: an array of 1"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> TaperwiseJson.evaluate(null, json),
                "refused before any engine is used");
        assertThrows(InvalidInputException.class, () -> TaperwiseJson.strict().readPatient(json));
    }

    @Test
    void nestedMisspelling_isRefused_withItsFullPath() {
        Problem p = only(patient("prescriptions", RX.replace("\"dose\"", "\"doze\"")));
        assertEquals("prescriptions[0].doze", p.path());
        assertEquals("an object of 2 fields", p.value());
        assertEquals("a known field; did you mean \"dose\"?", p.expected());
    }

    @Test
    void unknownFields_atEveryLevel_areReportedTogether_withTheOtherProblems_andThePatientsIndex() {
        String rx = RX.replace("\"value\": 80", "\"vaule\": 80").replace("\"daysSupply\": 28", "\"daysSuply\": 28")
                .replace("\"mr-tablet\"", "\"pill\"").replace("\"issued\"", "\"coding\": [{\"system\": \"s\","
                        + " \"code\": \"c\", \"dispaly\": \"x\"}], \"issued\"");
        String bad = "{\"patientId\": \"p-2\", \"AsOf\": \"2026-11-01\", \"prescriptions\": [" + rx + "],"
                + " \"conditions\": [{\"code\": \"ACTIVE_CANCER\", \"sinse\": \"2026-01-01\"},"
                + " {\"coding\": {\"system\": \"s\", \"cod\": \"c\"}}],"
                + " \"assessments\": [{\"instrument\": \"COMM\", \"score\": 3, \"dat\": \"2026-10-01\"}],"
                + " \"taperRequest\": {\"polciy\": \"uk-standard\"}}";
        List<Problem> p = refused("[" + patient("prescriptions", RX) + ", " + bad + "]");
        assertEquals(List.of("[1].AsOf", "[1].conditions[0].sinse", "[1].conditions[1].coding.cod",
                "[1].prescriptions[0].daysSuply", "[1].prescriptions[0].coding[0].dispaly",
                "[1].prescriptions[0].strength.vaule", "[1].prescriptions[0].form", "[1].assessments[0].dat",
                "[1].taperRequest.polciy", "[1].asOf", "[1].conditions[1].coding.code",
                "[1].prescriptions[0].strength.value"), p.stream().map(Problem::path).toList(),
                "every unknown field, then what the misspellings left missing, all at once: " + p);
        Problem asOf = p.stream().filter(x -> x.path().equals("[1].AsOf")).findFirst().orElseThrow();
        assertEquals("a known field; did you mean \"asOf\"?", asOf.expected(), "a case-insensitive match");
        Problem policy = p.stream().filter(x -> x.path().equals("[1].taperRequest.polciy")).findFirst().orElseThrow();
        assertEquals("a known field; did you mean \"policy\"?", policy.expected(), "two letters swapped");
    }

    @Test
    void lenientReader_evaluatesTheSameRecord_withAnUnknownFieldWarning() {
        String misspelt = patient("prescriptons", RX);
        TaperwiseEngine engine = TaperwiseEngine.builder().ruleset(TestRulesets.minimal()).build();

        ParsedPatient parsed = TaperwiseJson.lenient().readPatient(misspelt);
        assertTrue(parsed.facts().prescriptions().isEmpty());
        Warning w = parsed.warnings().get(0);
        assertEquals(List.of(WarningCode.UNKNOWN_FIELD), parsed.warnings().stream().map(Warning::code).toList());
        assertEquals("prescriptons", w.path());
        assertTrue(w.message().contains("did you mean \"prescriptions\"?"), w.message());

        Assessment lenient = engine.evaluate(parsed.facts()).withWarningsBefore(parsed.warnings());
        assertEquals(0.0, lenient.mme().totalDailyMg(), "what the lenient host accepts: the misspelt list is ignored");
        assertFalse(lenient.hasFlag(FlagCode.HIGH_DOSE));
        assertEquals(WarningCode.UNKNOWN_FIELD, lenient.warnings().get(0).code());
        String json = TaperwiseJson.lenient().evaluate(engine, misspelt);
        assertTrue(json.contains("{\"code\":\"UNKNOWN_FIELD\",\"path\":\"prescriptons\""), json);

        Assessment spelt = engine.evaluate(TaperwiseJson.readPatient(patient("prescriptions", RX)).facts());
        assertEquals(240.0, spelt.mme().totalDailyMg());
        assertTrue(spelt.hasFlag(FlagCode.HIGH_DOSE));
        assertTrue(TaperwiseJson.lenient().lenient());
        assertFalse(TaperwiseJson.strict().lenient());
    }

    @Test
    void lenientReader_warnsAtEveryLevel_andStillRefusesOtherBadInput() {
        String extra = patient("prescriptions", RX.replace("\"daysSupply\": 28", "\"daysSupply\": 28, \"sig\": 1"))
                .replace("\"birthDate\"", "\"nhsNumber\": \"x\", \"birthDate\"");
        ParsedPatient p = TaperwiseJson.lenient().readPatient(extra);
        assertEquals(List.of("nhsNumber", "prescriptions[0].sig"), p.warnings().stream().map(Warning::path).toList());
        assertEquals(List.of("[0].nhsNumber", "[0].prescriptions[0].sig"), TaperwiseJson.lenient()
                .readPatients("[" + extra + "]").get(0).warnings().stream().map(Warning::path).toList());
        assertEquals(2, refused(extra).size(), "strict: both refused");

        List<Problem> stillBad = assertThrows(InvalidInputException.class,
                () -> TaperwiseJson.lenient().readPatient(extra.replace("\"mr-tablet\"", "\"pill\""))).problems();
        assertEquals(List.of("prescriptions[0].form"), stillBad.stream().map(Problem::path).toList());
    }

    @Test
    void aFieldFarFromAnyKnownName_listsTheKnownFieldsAtItsLevel() {
        Problem top = only(patient("prescriptions", RX).replace("\"birthDate\"", "\"_comment\": \"x\", \"birthDate\""));
        assertEquals("_comment", top.path());
        assertEquals("\"x\"", top.value());
        assertEquals("a known field, one of: patientId, asOf, birthDate, sex, pregnant, historyStart, conditions,"
                + " prescriptions, assessments, taperRequest", top.expected());
        Problem amount = only(patient("prescriptions",
                RX.replace("\"unit\": \"unit\"}", "\"unit\": \"unit\", \"per\": 2}")));
        assertEquals("prescriptions[0].dose.per", amount.path());
        assertEquals("a known field, one of: value, unit", amount.expected());
        Problem shortName = only(patient("prescriptions", RX.replace("\"id\"", "\"sig\": 1, \"id\"")));
        assertEquals("prescriptions[0].sig", shortName.path());
        assertTrue(shortName.expected().startsWith("a known field, one of: id, medicine,"),
                "two edits apart, but short names need to be one edit apart: " + shortName.expected());
    }

    @Test
    void theValueShownForAHugeArrayObjectOrString_isShort() {
        String array = "[" + (RX + ",").repeat(499) + RX + "]";
        String object = "{" + "\"k%d\": 1, ".repeat(1_000).formatted(java.util.stream.IntStream.range(0, 1_000)
                .boxed().toArray()) + "\"last\": 2}";
        String string = "\"" + "x".repeat(100_000) + "\"";
        String number = "1" + "0".repeat(200);
        List<Problem> p = refused(patient("prescriptions", RX).replace("\"birthDate\"", "\"history\": " + array
                + ", \"notes\": " + object + ", \"letter\": " + string + ", \"big\": " + number + ", \"ok\": true, "
                + "\"birthDate\""));
        assertEquals(List.of("an array of 500", "an object of 1001 fields", "a string of 100000 characters",
                "a number of 201 characters", "true"), p.stream().map(Problem::value).toList());
        for (Problem x : p) {
            assertTrue(x.value().length() <= 80 && x.toString().length() < 400, x::toString);
        }
    }

    @Test
    void nearest_picksTheClosestKnownName_andNoneWhenNothingIsClose() {
        assertEquals("prescriptions", KnownFields.PATIENT.nearest("perscriptions"));
        assertEquals("historyStart", KnownFields.PATIENT.nearest("HISTORYSTART"));
        assertEquals("daysSupply", KnownFields.PRESCRIPTION.nearest("daySupply"));
        assertEquals("unit", KnownFields.AMOUNT.nearest("units"));
        assertEquals("dose", KnownFields.PRESCRIPTION.nearest("dosage"));
        assertNull(KnownFields.PRESCRIPTION.nearest("frequency"));
        assertNull(KnownFields.CONDITION.nearest("note"));
        assertEquals(1, KnownFields.distance("ab", "ba"));
        assertEquals(3, KnownFields.distance("", "abc"));
    }
}

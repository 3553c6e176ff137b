package org.taperwise.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.InvalidInputException;
import org.taperwise.Problem;
import org.taperwise.model.ConditionConcept;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.Instrument;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;

/** Reading patient JSON: the contract's fields, and every kind of bad input refused with path, value and expectation. */
class PatientJsonTest {
    private static final String RX = """
            {"id": "rx-1", "medicine": "oxycodone", "form": "mr-tablet",
             "strength": {"value": 20, "unit": "mg"}, "dose": {"value": 1, "unit": "unit"},
             "timesPerDay": 2, "issued": "2026-10-01", "daysSupply": 28, "quantity": 56}""";

    private static String patient(String prescriptions, String extra) {
        return "{\"patientId\": \"p-1\", \"asOf\": \"2026-11-01\", \"birthDate\": \"1974-05-02\"" + extra
                + ", \"prescriptions\": [" + prescriptions + "]}";
    }

    private static List<Problem> problems(String json) {
        return assertThrows(InvalidInputException.class, () -> TaperwiseJson.readPatients(json)).problems();
    }

    private static Problem only(String json) {
        List<Problem> p = problems(json);
        assertEquals(1, p.size(), p::toString);
        return p.get(0);
    }

    @Test
    void contractExample_isReadField_by_field() {
        String json = """
                {"patientId": "p-0001", "asOf": "2026-11-01", "birthDate": "1974-05-02", "sex": "female",
                 "pregnant": false, "historyStart": "2025-11-01",
                 "conditions": [{"code": "END_OF_LIFE_CARE", "since": "2026-01-10"},
                                {"coding": {"system": "http://hl7.org/fhir/sid/icd-10", "code": "Z51.5"}}],
                 "prescriptions": [%s,
                   {"medicine": "fentanyl", "form": "patch", "strength": {"value": 25, "unit": "microgram/hour"},
                    "dose": {"value": 1, "unit": "unit"}, "changeEveryDays": 3, "issued": "2026-10-15",
                    "daysSupply": 30, "quantity": 10}],
                 "assessments": [{"instrument": "COMM", "score": 12, "date": "2026-10-20"}],
                 "taperRequest": {"policy": "uk-long-term", "start": "2026-11-08", "order": ["oxycodone", "fentanyl"]}}
                """.formatted(RX);
        ParsedPatient parsed = TaperwiseJson.readPatient(json);
        PatientFacts f = parsed.facts();
        assertTrue(parsed.warnings().isEmpty(), parsed.warnings()::toString);
        assertEquals("p-0001", f.patientId());
        assertEquals(LocalDate.of(2025, 11, 1), f.historyStart());
        assertEquals(ConditionConcept.END_OF_LIFE_CARE, f.conditions().get(0).code());
        assertEquals("Z51.5", f.conditions().get(1).coding().code());
        Prescription rx = f.prescriptions().get(0);
        assertEquals(Form.MR_TABLET, rx.form());
        assertEquals(StrengthUnit.MG, rx.strength().unit());
        assertEquals(DoseUnit.UNIT, rx.dose().unit());
        assertEquals(28, rx.daysSupply());
        Prescription patch = f.prescriptions().get(1);
        assertEquals(StrengthUnit.MICROGRAM_PER_HOUR, patch.strength().unit());
        assertEquals(0, patch.changeEveryDays().compareTo(java.math.BigDecimal.valueOf(3)));
        assertEquals(Instrument.COMM, f.assessments().get(0).instrument());
        assertEquals(List.of("oxycodone", "fentanyl"), f.taperRequest().order());
    }

    @Test
    void unknownEnumValue_namesPathValueAndTheAllowedValues() {
        Problem p = only(patient(RX.replace("\"mr-tablet\"", "\"pill\""), ""));
        assertEquals("prescriptions[0].form", p.path());
        assertEquals("\"pill\"", p.value());
        assertTrue(p.expected().contains("mr-tablet"), p.expected());
    }

    @Test
    void negativeAndZeroDoses_areRefused() {
        Problem p = only(patient(RX.replace("\"dose\": {\"value\": 1", "\"dose\": {\"value\": -1"), ""));
        assertEquals("prescriptions[0].dose.value", p.path());
        assertEquals("-1", p.value());
        Problem z = only(patient(RX.replace("\"strength\": {\"value\": 20", "\"strength\": {\"value\": 0"), ""));
        assertEquals("prescriptions[0].strength.value", z.path());
        Problem t = only(patient(RX.replace("\"timesPerDay\": 2", "\"timesPerDay\": 0"), ""));
        assertEquals("prescriptions[0].timesPerDay", t.path());
    }

    @Test
    void issuedAfterAsOf_isRefused() {
        Problem p = only(patient(RX.replace("2026-10-01", "2026-11-02"), ""));
        assertEquals("prescriptions[0].issued", p.path());
        assertEquals("2026-11-02", p.value());
        assertTrue(p.expected().contains("not after asOf"));
    }

    @Test
    void scoreOutOfRange_isRefusedWithTheInstrumentsRange() {
        Problem p = only(patient(RX, ", \"assessments\": [{\"instrument\": \"COMM\", \"score\": 69, \"date\": \"2026-10-01\"}]"));
        assertEquals("assessments[0].score", p.path());
        assertTrue(p.expected().contains("0 to 68"), p.expected());
    }

    @Test
    void malformedJson_isRefusedWithItsPosition() {
        Problem p = only("{\"patientId\": \"p-1\", ");
        assertTrue(p.value().startsWith("malformed JSON"), p.value());
        Problem trailing = only("{\"patientId\": \"p-1\", \"asOf\": \"2026-11-01\"} {}");
        assertTrue(trailing.value().contains("more than one JSON value"), trailing.value());
        Problem dup = only("{\"patientId\": \"p-1\", \"patientId\": \"p-2\", \"asOf\": \"2026-11-01\"}");
        assertTrue(dup.expected().contains("Duplicate"), dup.expected());
    }

    @Test
    void missingRequiredFields_areEachNamed() {
        List<Problem> p = problems("{\"prescriptions\": [{\"medicine\": \"morphine\"}]}");
        List<String> paths = p.stream().map(Problem::path).toList();
        assertEquals(List.of("patientId", "asOf", "prescriptions[0].issued"), paths);
        assertTrue(p.stream().allMatch(x -> x.value().equals("missing")));
    }

    @Test
    void everyProblemInARecord_isReportedTogether() {
        String json = patient(RX.replace("\"mr-tablet\"", "\"pill\"").replace("\"dose\": {\"value\": 1",
                "\"dose\": {\"value\": -1").replace("2026-10-01", "2027-01-01"), ", \"sex\": \"f\"");
        List<String> paths = problems(json).stream().map(Problem::path).toList();
        assertTrue(paths.containsAll(List.of("sex", "prescriptions[0].form", "prescriptions[0].dose.value",
                "prescriptions[0].issued")), paths::toString);
    }

    @Test
    void wrongTypes_areRefusedOnce_notAlsoAsMissing() {
        List<Problem> p = problems(patient(RX.replace("\"issued\": \"2026-10-01\"", "\"issued\": 20261001")
                .replace("\"timesPerDay\": 2", "\"timesPerDay\": \"2\""), ""));
        assertEquals(List.of("prescriptions[0].issued", "prescriptions[0].timesPerDay"),
                p.stream().map(Problem::path).sorted().toList());
    }

    @Test
    void datesMustBeIsoCalendarDates() {
        assertEquals("asOf", only("{\"patientId\": \"p\", \"asOf\": \"01/11/2026\"}").path());
        assertEquals("asOf", only("{\"patientId\": \"p\", \"asOf\": \"2026-02-30\"}").path());
        assertEquals("asOf", only("{\"patientId\": \"p\", \"asOf\": \"2026-11-1\"}").path());
    }

    @Test
    void explicitNull_isRefused_becauseTheContractOmitsAbsentFields() {
        Problem p = only(patient(RX, ", \"historyStart\": null"));
        assertEquals("historyStart", p.path());
        assertTrue(p.expected().contains("omit"));
    }

    @Test
    void fractionalDaysSupply_isRefused() {
        assertEquals("prescriptions[0].daysSupply", only(patient(RX.replace("\"daysSupply\": 28", "\"daysSupply\": 28.5"),
                "")).path());
    }

    @Test
    void duplicatePrescriptionIds_areRefused() {
        Problem p = only(patient(RX + "," + RX, ""));
        assertEquals("prescriptions[1].id", p.path());
    }

    @Test
    void prescriptionWithoutMedicineOrCoding_isRefused() {
        Problem p = only(patient("{\"issued\": \"2026-10-01\"}", ""));
        assertEquals("prescriptions[0].medicine", p.path());
    }

    @Test
    void conditionWithoutCodeOrCoding_isRefused() {
        Problem p = only(patient(RX, ", \"conditions\": [{\"since\": \"2026-01-01\"}]"));
        assertEquals("conditions[0]", p.path());
    }

    @Test
    void arrays_prefixEachPathWithThePatientIndex_andRefuseAllIfOneIsBad() {
        String good = patient(RX, "");
        String bad = patient(RX.replace("\"unit\": \"mg\"", "\"unit\": \"grain\""), "");
        List<Problem> p = problems("[" + good + "," + bad + "]");
        assertEquals("[1].prescriptions[0].strength.unit", p.get(0).path());
        assertEquals(2, TaperwiseJson.readPatients("[" + good + "," + good + "]").size());
    }

    @Test
    void notAnObject_isRefused() {
        assertEquals("", only("42").path());
        assertFalse(only("\"x\"").expected().isEmpty());
    }
}

package org.taperwise.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.fhir.Fhir.OXY_MR_10;
import static org.taperwise.fhir.Fhir.bundle;
import static org.taperwise.fhir.Fhir.dosage;
import static org.taperwise.fhir.Fhir.request;
import static org.taperwise.fhir.MedicationRequestMappingTest.map;
import static org.taperwise.fhir.MedicationRequestMappingTest.warned;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.TaperwiseEngine;
import org.taperwise.model.Assessment;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Prescription;
import org.taperwise.model.TimeOfDay;
import org.taperwise.model.TimedDose;

/** dosageInstruction: frequency and period, ranges, times of day, dose units, patches. */
class DosageMappingTest {
    private static final String MED = "\"medicationCodeableConcept\": " + OXY_MR_10;
    private static final String FENTANYL = "\"medicationCodeableConcept\": " + Fhir.concept(Fhir.RXNORM, "197696",
            "72 HR Fentanyl 0.075 MG/HR Transdermal System");

    private static Prescription one(String dosage) {
        return map(bundle(request("rx1", MED, "2026-05-20", dosage, null))).facts().prescriptions().get(0);
    }

    private static FhirMapping mapped(String dosage) {
        return map(bundle(request("rx1", MED, "2026-05-20", dosage, null)));
    }

    private static void same(double expected, BigDecimal actual) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    @Test
    void frequencyPerPeriodIsTimesPerDayInHoursDaysWeeksAndMonths() {
        same(2, one(dosage(1, "{tablet}", 2, 1, "d")).timesPerDay());
        same(4, one(dosage(1, "{tablet}", 1, 6, "h")).timesPerDay());
        same(1, one(dosage(1, "{tablet}", 7, 1, "wk")).timesPerDay());
        same(1, one(dosage(1, "{tablet}", 30, 1, "mo")).timesPerDay());
    }

    @Test
    void everyFourToSixHoursIsReadAsTheMostOftenItMayBeTaken() {
        String row = dosage(1, "{tablet}", 1, 4, "h").replace("\"periodUnit\"", "\"periodMax\": 6, \"periodUnit\"");
        FhirMapping m = mapped(row);
        same(6, m.facts().prescriptions().get(0).timesPerDay());
        assertTrue(warned(m, Warnings.FREQUENCY_RANGE_READ_AS_MAXIMUM,
                "MedicationRequest.dosageInstruction[0].timing.repeat.periodMax"));
        String upTo = dosage(1, "{tablet}", 1, 1, "d").replace("\"period\"", "\"frequencyMax\": 3, \"period\"");
        FhirMapping n = mapped(upTo);
        same(3, n.facts().prescriptions().get(0).timesPerDay());
        assertTrue(warned(n, Warnings.FREQUENCY_RANGE_READ_AS_MAXIMUM,
                "MedicationRequest.dosageInstruction[0].timing.repeat.frequencyMax"));
    }

    @Test
    void aDoseRangeIsReadAsItsHighEnd() {
        String row = "{\"asNeededBoolean\": true, \"timing\": {\"repeat\": {\"frequency\": 1, \"period\": 4,"
                + " \"periodUnit\": \"h\"}}, \"doseAndRate\": [{\"doseRange\": {\"low\": {\"value\": 1, \"code\":"
                + " \"{tablet}\"}, \"high\": {\"value\": 2, \"code\": \"{tablet}\"}}}]}";
        FhirMapping m = mapped(row);
        Prescription p = m.facts().prescriptions().get(0);
        same(2, p.dose().value());
        assertTrue(p.asNeeded());
        assertTrue(warned(m, Warnings.DOSE_RANGE_READ_AS_HIGH,
                "MedicationRequest.dosageInstruction[0].doseAndRate[0].doseRange"));
        String regular = row.replace("\"asNeededBoolean\": true, ", "");
        same(2, one(regular).dose().value());
    }

    @Test
    void doseUnitsOfUcumAndSnomedCtAreRead() {
        assertEquals(DoseUnit.MG, one(dosage(10, "mg", 2, 1, "d")).dose().unit());
        assertEquals(DoseUnit.MICROGRAM, one(dosage(100, "ug", 2, 1, "d")).dose().unit());
        assertEquals(DoseUnit.ML, one(dosage(5, "mL", 2, 1, "d")).dose().unit());
        assertEquals(DoseUnit.UNIT, one(dosage(1, "{tbl}", 2, 1, "d")).dose().unit());
        assertEquals(DoseUnit.UNIT, one(dosage(1, "{capsule}", 2, 1, "d")).dose().unit());
        assertEquals(DoseUnit.UNIT, one(dosage(1, "428673006", 2, 1, "d")).dose().unit());
        FhirMapping m = mapped(dosage(1, "[drp]", 2, 1, "d"));
        assertNull(m.facts().prescriptions().get(0).dose());
        assertNull(m.facts().prescriptions().get(0).timesPerDay(), "no frequency without a dose");
        assertTrue(warned(m, Warnings.DOSE_UNIT_UNMAPPED,
                "MedicationRequest.dosageInstruction[0].doseAndRate[0].doseQuantity"));
    }

    @Test
    void rowsAtDifferentTimesOfDayAreDosesByTimeOfDay() {
        String morning = "{\"timing\": {\"repeat\": {\"timeOfDay\": [\"08:00:00\"]}}, \"doseAndRate\":"
                + " [{\"doseQuantity\": {\"value\": 20, \"code\": \"mg\"}}]}";
        String night = "{\"timing\": {\"repeat\": {\"when\": [\"HS\"]}}, \"doseAndRate\":"
                + " [{\"doseQuantity\": {\"value\": 30, \"code\": \"mg\"}}]}";
        Prescription p = one(morning + ", " + night);
        assertEquals(List.of(TimeOfDay.MORNING, TimeOfDay.NIGHT), p.doses().stream().map(TimedDose::when).toList());
        same(20, p.doses().get(0).dose().value());
        same(30, p.doses().get(1).dose().value());
        assertEquals(DoseUnit.MG, p.doses().get(1).dose().unit());
        assertNull(p.dose());
        assertNull(p.timesPerDay());
    }

    @Test
    void equalDosesAtSeveralTimesAreOneDoseTimesADay() {
        String row = "{\"timing\": {\"repeat\": {\"when\": [\"MORN\", \"EVE\"]}}, \"doseAndRate\":"
                + " [{\"doseQuantity\": {\"value\": 1, \"code\": \"{tablet}\"}}]}";
        Prescription p = one(row);
        same(2, p.timesPerDay());
        same(1, p.dose().value());
    }

    @Test
    void rowsThatAreNotOneRegimenByTimeOfDayKeepTheFirstAndWarn() {
        String regular = dosage(1, "{tablet}", 2, 1, "d");
        String prn = "{\"asNeededBoolean\": true, \"timing\": {\"repeat\": {\"frequency\": 1, \"period\": 4,"
                + " \"periodUnit\": \"h\"}}, \"doseAndRate\": [{\"doseQuantity\": {\"value\": 1, \"code\":"
                + " \"{tablet}\"}}]}";
        FhirMapping m = mapped(regular + ", " + prn);
        same(2, m.facts().prescriptions().get(0).timesPerDay());
        assertFalse(m.facts().prescriptions().get(0).asNeeded());
        assertTrue(warned(m, Warnings.DOSAGE_ROWS_IGNORED, "MedicationRequest.dosageInstruction[1]"));
    }

    @Test
    void severalDoseAndRateRowsReadTheOrderedOne() {
        String row = "{\"timing\": {\"repeat\": {\"frequency\": 2, \"period\": 1, \"periodUnit\": \"d\"}},"
                + " \"doseAndRate\": [{\"type\": {\"coding\": [{\"code\": \"calculated\"}]}, \"doseQuantity\":"
                + " {\"value\": 10, \"code\": \"mg\"}}, {\"type\": {\"coding\": [{\"code\": \"ordered\"}]},"
                + " \"doseQuantity\": {\"value\": 1, \"code\": \"{tablet}\"}}]}";
        FhirMapping m = mapped(row);
        assertEquals(DoseUnit.UNIT, m.facts().prescriptions().get(0).dose().unit());
        assertTrue(warned(m, Warnings.DOSE_AND_RATE_ROWS_IGNORED, "MedicationRequest.dosageInstruction[0].doseAndRate"));
    }

    @Test
    void aPatchChangedEvery72HoursChangesEveryThreeDays() {
        FhirMapping m = map(bundle(request("rx1", FENTANYL, "2026-05-20", dosage(1, "{patch}", 1, 72, "h"),
                "\"dispenseRequest\": {\"quantity\": {\"value\": 10, \"unit\": \"patch\"},"
                        + " \"expectedSupplyDuration\": {\"value\": 30, \"code\": \"d\"}}")));
        Prescription p = m.facts().prescriptions().get(0);
        same(3, p.changeEveryDays());
        assertNull(p.timesPerDay());
        Assessment a = TaperwiseEngine.builder().profile("us-cdc-2022").build().evaluate(m.facts());
        assertEquals(180.0, a.mme().totalDailyMg(), 1e-9, "75 microgram/hour x 2.4");
        Prescription byDays = map(bundle(request("rx1", FENTANYL, "2026-05-20", dosage(1, "{patch}", 1, 3, "d"),
                null))).facts().prescriptions().get(0);
        same(3, byDays.changeEveryDays());
    }

    @Test
    void aFreeTextSigIsNotReadAndSaysSo() {
        FhirMapping m = mapped("{\"text\": \"one tablet twice a day\"}");
        Prescription p = m.facts().prescriptions().get(0);
        assertNull(p.dose());
        assertNull(p.timesPerDay());
        assertTrue(warned(m, Warnings.DOSAGE_TEXT_ONLY, "MedicationRequest.dosageInstruction[0].text"));
    }

    @Test
    void anAsNeededRowWithNoDoseOrTimingIsAsNeededAndSaysTheDoseIsMissing() {
        // Synthea's shape for an as-needed medicine: {"sequence": 1, "asNeededBoolean": true} and nothing else
        FhirMapping m = mapped("{\"sequence\": 1, \"asNeededBoolean\": true}");
        Prescription p = m.facts().prescriptions().get(0);
        assertTrue(p.asNeeded());
        assertNull(p.dose());
        assertNull(p.timesPerDay());
        assertTrue(warned(m, Warnings.DOSE_MISSING, "MedicationRequest.dosageInstruction[0].doseAndRate"));
    }

    @Test
    void asNeededFromABooleanOrAReason() {
        String reason = dosage(1, "{tablet}", 1, 4, "h").replace("{\"timing\"", "{\"asNeededCodeableConcept\":"
                + " {\"text\": \"pain\"}, \"timing\"");
        assertTrue(one(reason).asNeeded());
        assertFalse(one(dosage(1, "{tablet}", 1, 4, "h")).asNeeded());
    }

    @Test
    void boundsDurationGivesTheDaysSupplyWhenNoSupplyDurationDoes() {
        String row = dosage(1, "{tablet}", 2, 1, "d").replace("\"frequency\"", "\"boundsDuration\": {\"value\": 5,"
                + " \"code\": \"d\"}, \"frequency\"");
        FhirMapping m = mapped(row);
        assertEquals(5, m.facts().prescriptions().get(0).daysSupply());
        assertTrue(warned(m, Warnings.DAYS_SUPPLY_FROM_BOUNDS,
                "MedicationRequest.dosageInstruction[0].timing.repeat.boundsDuration"));
    }
}

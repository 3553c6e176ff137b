package org.taperwise.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.fhir.Fhir.AS_OF;
import static org.taperwise.fhir.Fhir.OXY_MR_10;
import static org.taperwise.fhir.Fhir.bundle;
import static org.taperwise.fhir.Fhir.dosage;
import static org.taperwise.fhir.Fhir.request;
import static org.taperwise.fhir.Fhir.supply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.model.Prescription;

/** MedicationRequest: which requests count, their dates, supply and presumed repeats; dispenses replacing them. */
class MedicationRequestMappingTest {
    private static final FhirMapper MAPPER = new FhirMapper();
    private static final String MED = "\"medicationCodeableConcept\": " + OXY_MR_10;
    private static final String BD = dosage(1, "{tablet}", 2, 1, "d");

    static FhirMapping map(String bundle) {
        return MAPPER.fromBundle(bundle, AS_OF);
    }

    static boolean warned(FhirMapping m, String code, String path) {
        return m.warnings().stream().anyMatch(w -> w.code().equals(code) && w.path().equals(path));
    }

    @Test
    void anActiveCommunityOrderIsOneIssueNamedByItsResource() {
        FhirMapping m = map(bundle(request("rx1", MED, "2026-05-20", BD, supply(56, 28, 0))));
        Prescription p = m.facts().prescriptions().get(0);
        assertEquals("MedicationRequest/rx1", p.id());
        assertEquals(LocalDate.of(2026, 5, 20), p.issued());
        assertEquals(28, p.daysSupply());
        assertEquals(0, new BigDecimal(56).compareTo(p.quantity()));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(p.timesPerDay()));
        assertNull(p.medicine(), "a known product code is passed as coding, not as a name");
        assertEquals("1049502", p.coding().get(0).code());
        assertEquals("p1", m.facts().patientId());
    }

    @Test
    void anInpatientOrderIsNotCountedButWarnedAndAHostMayCountIt() {
        String rx = request("rx1", MED, "2026-05-20", BD, "\"category\": [{\"coding\": [{\"system\":"
                + " \"http://terminology.hl7.org/CodeSystem/medicationrequest-category\", \"code\": \"inpatient\"}]}]");
        FhirMapping m = map(bundle(rx));
        assertEquals(List.of(), m.facts().prescriptions());
        assertTrue(warned(m, Warnings.MEDICATION_REQUEST_INPATIENT, "MedicationRequest.category[0]"));
        FhirMapping counted = new FhirMapper(MappingOptions.defaults().withCountInpatient(true))
                .fromBundle(bundle(rx), AS_OF);
        assertEquals(1, counted.facts().prescriptions().size());
        assertTrue(warned(counted, Warnings.MEDICATION_REQUEST_INPATIENT, "MedicationRequest.category[0]"));
    }

    @Test
    void communityOutpatientAndDischargeOrdersCount() {
        for (String cat : new String[] {"community", "outpatient", "discharge"}) {
            String rx = request("rx1", MED, "2026-05-20", BD, "\"category\": [{\"coding\": [{\"code\": \"" + cat
                    + "\"}]}]");
            assertEquals(1, map(bundle(rx)).facts().prescriptions().size(), cat);
        }
    }

    @Test
    void cancelledEnteredInErrorAndDraftRequestsAreNotCounted() {
        for (String status : new String[] {"cancelled", "entered-in-error", "draft"}) {
            String rx = request("rx1", MED, "2026-05-20", BD, null).replace("\"active\"", "\"" + status + "\"");
            FhirMapping m = map(bundle(rx));
            assertEquals(List.of(), m.facts().prescriptions(), status);
            assertTrue(warned(m, Warnings.MEDICATION_REQUEST_NOT_COUNTED, "MedicationRequest.status"), status);
        }
    }

    @Test
    void stoppedAndOnHoldRequestsCountTheirFirstIssueWithNoRepeats() {
        for (String status : new String[] {"stopped", "on-hold", "unknown"}) {
            String rx = request("rx1", MED, "2026-02-01", BD, supply(56, 28, 5)).replace("\"active\"",
                    "\"" + status + "\"");
            FhirMapping m = map(bundle(rx));
            assertEquals(1, m.facts().prescriptions().size(), status);
            assertTrue(warned(m, Warnings.MEDICATION_REQUEST_STOPPED, "MedicationRequest.status"), status);
            assertTrue(warned(m, Warnings.REPEATS_NOT_PRESUMED,
                    "MedicationRequest.dispenseRequest.numberOfRepeatsAllowed"), status);
        }
    }

    @Test
    void proposalsAndPlansAreNotOrders() {
        for (String intent : new String[] {"proposal", "plan", "option"}) {
            FhirMapping m = map(bundle(request("rx1", MED, "2026-05-20", BD, null).replace("\"order\"", "\""
                    + intent + "\"")));
            assertEquals(List.of(), m.facts().prescriptions(), intent);
            assertTrue(warned(m, Warnings.MEDICATION_REQUEST_NOT_AN_ORDER, "MedicationRequest.intent"), intent);
        }
        for (String intent : new String[] {"original-order", "instance-order", "filler-order", "reflex-order"}) {
            assertEquals(1, map(bundle(request("rx1", MED, "2026-05-20", BD, null).replace("\"order\"", "\""
                    + intent + "\""))).facts().prescriptions().size(), intent);
        }
    }

    @Test
    void aMissingAuthoredOnIsAnErrorNamingTheResourceAndPath() {
        FhirMappingException e = assertThrows(FhirMappingException.class,
                () -> map(bundle(request("rx9", MED, null, BD, null))));
        MappingProblem p = e.problems().get(0);
        assertEquals("MedicationRequest/rx9", p.resource());
        assertEquals("MedicationRequest.authoredOn", p.path());
        assertEquals("missing", p.value());
        assertThrows(FhirMappingException.class, () -> map(bundle(request("rx9", MED, "2026-05", BD, null))),
                "a month without a day is not a date of issue");
    }

    @Test
    void anOrderWrittenAfterAsOfIsNotCounted() {
        FhirMapping m = map(bundle(request("rx1", MED, "2026-06-02", BD, null)));
        assertEquals(List.of(), m.facts().prescriptions());
        assertTrue(warned(m, Warnings.ISSUE_AFTER_AS_OF, "MedicationRequest.authoredOn"));
    }

    @Test
    void aDateTimeKeepsTheDateAsWrittenNotUtc() {
        FhirMapping m = map(bundle(request("rx1", MED, "2026-05-20T23:30:00-06:00", BD, null)));
        assertEquals(LocalDate.of(2026, 5, 20), m.facts().prescriptions().get(0).issued());
    }

    @Test
    void repeatsArePresumedEverySupplyUntilAsOf() {
        FhirMapping m = map(bundle(request("rx1", MED, "2026-03-01", BD, supply(56, 28, 5))));
        List<LocalDate> dates = m.facts().prescriptions().stream().map(Prescription::issued).toList();
        assertEquals(List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 29), LocalDate.of(2026, 4, 26),
                LocalDate.of(2026, 5, 24)), dates, "the next repeat, 2026-06-21, is after asOf");
        assertEquals("MedicationRequest/rx1#repeat-3", m.facts().prescriptions().get(3).id());
        assertTrue(warned(m, Warnings.REPEATS_PRESUMED, "MedicationRequest.dispenseRequest.numberOfRepeatsAllowed"));
    }

    @Test
    void repeatsStopAtTheValidityPeriodsEnd() {
        String extra = supply(56, 28, 5).replace("\"numberOfRepeatsAllowed\"", "\"validityPeriod\": {\"start\":"
                + " \"2026-03-01\", \"end\": \"2026-04-15\"}, \"numberOfRepeatsAllowed\"");
        FhirMapping m = map(bundle(request("rx1", MED, "2026-03-01", BD, extra)));
        assertEquals(List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 29)), m.facts().prescriptions().stream()
                .map(Prescription::issued).toList());
    }

    @Test
    void repeatsAreNotPresumedWhenTheHostSaysSoOrNoSupplyDatesThem() {
        FhirMapping off = new FhirMapper(MappingOptions.defaults().withPresumeRepeats(false))
                .fromBundle(bundle(request("rx1", MED, "2026-03-01", BD, supply(56, 28, 5))), AS_OF);
        assertEquals(1, off.facts().prescriptions().size());
        String noDuration = "\"dispenseRequest\": {\"numberOfRepeatsAllowed\": 3}";
        FhirMapping m = map(bundle(request("rx1", MED, "2026-03-01", BD, noDuration)));
        assertEquals(1, m.facts().prescriptions().size());
        assertTrue(warned(m, Warnings.REPEATS_NOT_PRESUMED, "MedicationRequest.dispenseRequest.numberOfRepeatsAllowed"));
    }

    @Test
    void dispensesReplaceTheRequestsPresumedIssues() {
        String rx = request("rx1", MED, "2026-03-01", BD, supply(56, 28, 5));
        String d1 = dispense("d1", "2026-03-02", "completed");
        String d2 = dispense("d2", "2026-04-03", "completed");
        FhirMapping m = map(bundle(rx, d1, d2));
        assertEquals(List.of("MedicationDispense/d1", "MedicationDispense/d2"), m.facts().prescriptions().stream()
                .map(Prescription::id).toList());
        Prescription p = m.facts().prescriptions().get(1);
        assertEquals(LocalDate.of(2026, 4, 3), p.issued());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(p.timesPerDay()), "the request's dosage");
        assertEquals("1049502", p.coding().get(0).code(), "the dispense's own medication");
        assertTrue(warned(m, Warnings.REPEATS_REPLACED_BY_DISPENSES, "MedicationRequest"));
    }

    @Test
    void aDispenseNotHandedOverIsNotCountedAndWhenPreparedStandsInForWhenHandedOver() {
        FhirMapping m = map(bundle(dispense("d1", "2026-05-01", "in-progress")));
        assertEquals(List.of(), m.facts().prescriptions());
        assertTrue(warned(m, Warnings.MEDICATION_DISPENSE_NOT_COUNTED, "MedicationDispense.status"));
        String prepared = dispense("d1", "2026-05-01", "completed").replace("whenHandedOver", "whenPrepared");
        FhirMapping p = map(bundle(prepared));
        assertEquals(LocalDate.of(2026, 5, 1), p.facts().prescriptions().get(0).issued());
        assertTrue(warned(p, Warnings.MEDICATION_DISPENSE_REQUEST_UNRESOLVED,
                "MedicationDispense.authorizingPrescription"));
    }

    @Test
    void initialFillGivesTheFirstIssuesQuantity() {
        String extra = "\"dispenseRequest\": {\"initialFill\": {\"quantity\": {\"value\": 14, \"unit\": \"tablet\"},"
                + " \"duration\": {\"value\": 7, \"code\": \"d\"}}, \"quantity\": {\"value\": 56, \"unit\":"
                + " \"tablet\"}, \"expectedSupplyDuration\": {\"value\": 28, \"code\": \"d\"},"
                + " \"numberOfRepeatsAllowed\": 1}";
        FhirMapping m = map(bundle(request("rx1", MED, "2026-05-01", BD, extra)));
        Prescription first = m.facts().prescriptions().get(0);
        Prescription repeat = m.facts().prescriptions().get(1);
        assertEquals(0, BigDecimal.valueOf(14).compareTo(first.quantity()));
        assertEquals(7, first.daysSupply());
        assertEquals(LocalDate.of(2026, 5, 8), repeat.issued());
        assertEquals(0, BigDecimal.valueOf(56).compareTo(repeat.quantity()));
        assertEquals(28, repeat.daysSupply());
    }

    @Test
    void supplyDurationsInWeeksAndMonthsAreDays() {
        String weeks = "\"dispenseRequest\": {\"expectedSupplyDuration\": {\"value\": 2, \"code\": \"wk\"}}";
        String months = "\"dispenseRequest\": {\"expectedSupplyDuration\": {\"value\": 1, \"code\": \"mo\"}}";
        assertEquals(14, map(bundle(request("rx1", MED, "2026-05-01", BD, weeks))).facts().prescriptions().get(0)
                .daysSupply());
        assertEquals(30, map(bundle(request("rx1", MED, "2026-05-01", BD, months))).facts().prescriptions().get(0)
                .daysSupply());
        String odd = "\"dispenseRequest\": {\"expectedSupplyDuration\": {\"value\": 1, \"code\": \"a\"}}";
        FhirMapping m = map(bundle(request("rx1", MED, "2026-05-01", BD, odd)));
        assertNull(m.facts().prescriptions().get(0).daysSupply());
        assertTrue(warned(m, Warnings.SUPPLY_DURATION_UNMAPPED, "MedicationRequest.dispenseRequest"
                + ".expectedSupplyDuration"));
    }

    @Test
    void aQuantityBeyondTheContractsLimitIsAnErrorNamingTheFhirPath() {
        String big = "\"dispenseRequest\": {\"quantity\": {\"value\": 1000000, \"unit\": \"tablet\"}}";
        FhirMappingException e = assertThrows(FhirMappingException.class,
                () -> map(bundle(request("rx1", MED, "2026-05-01", BD, big))));
        assertEquals("MedicationRequest.dispenseRequest.quantity.value", e.problems().get(0).path());
    }

    static String dispense(String id, String handedOver, String status) {
        return "{\"resourceType\": \"MedicationDispense\", \"id\": \"" + id + "\", \"status\": \"" + status + "\","
                + " \"medicationCodeableConcept\": " + OXY_MR_10 + ","
                + " \"authorizingPrescription\": [{\"reference\": \"MedicationRequest/rx1\"}],"
                + " \"quantity\": {\"value\": 56, \"unit\": \"tablet\"}, \"daysSupply\": {\"value\": 28, \"code\":"
                + " \"d\"}, \"whenHandedOver\": \"" + handedOver + "\"}";
    }
}

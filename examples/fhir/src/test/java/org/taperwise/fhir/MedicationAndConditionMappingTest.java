package org.taperwise.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.fhir.Fhir.AS_OF;
import static org.taperwise.fhir.Fhir.bundle;
import static org.taperwise.fhir.Fhir.dosage;
import static org.taperwise.fhir.Fhir.request;
import static org.taperwise.fhir.MedicationRequestMappingTest.map;
import static org.taperwise.fhir.MedicationRequestMappingTest.warned;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.TaperwiseEngine;
import org.taperwise.model.Assessment;
import org.taperwise.model.EligibilityStatus;
import org.taperwise.model.Form;
import org.taperwise.model.Prescription;
import org.taperwise.model.Sex;
import org.taperwise.model.StrengthUnit;

/** Medicines (codes, names, references, UK Core shapes), conditions, the patient and statements. */
class MedicationAndConditionMappingTest {
    private static final String BD = dosage(1, "{tablet}", 2, 1, "d");
    private static final String CONTAINED = "\"contained\": [{\"resourceType\": \"Medication\", \"id\": \"m1\","
            + " \"code\": " + Fhir.OXY_MR_10 + "}]";

    private static Prescription first(FhirMapping m) {
        return m.facts().prescriptions().get(0);
    }

    @Test
    void aContainedMedicationIsResolved() {
        String rx = request("rx1", "\"medicationReference\": {\"reference\": \"#m1\"}", "2026-05-20", BD, CONTAINED);
        assertEquals("1049502", first(map(bundle(rx))).coding().get(0).code());
    }

    @Test
    void aMedicationInTheBundleIsResolvedByIdOrFullUrl() {
        String med = "{\"resourceType\": \"Medication\", \"id\": \"m2\", \"code\": " + Fhir.OXY_MR_10 + "}";
        String byId = request("rx1", "\"medicationReference\": {\"reference\": \"Medication/m2\"}", "2026-05-20", BD,
                null);
        assertEquals("1049502", first(map(bundle(med, byId))).coding().get(0).code());
        String byUrl = request("rx1", "\"medicationReference\": {\"reference\": \"urn:uuid:med-2\"}", "2026-05-20", BD,
                null);
        assertEquals("1049502", first(map(bundle("urn:uuid:med-2|" + med, byUrl))).coding().get(0).code());
    }

    @Test
    void anUnresolvedReferenceIsAnUnrecognisedMedicineNamedByItsDisplay() {
        String rx = request("rx1", "\"medicationReference\": {\"reference\": \"Medication/nowhere\", \"display\":"
                + " \"Zomorph 30mg capsules\"}", "2026-05-20", BD, null);
        FhirMapping m = map(bundle(rx));
        assertEquals("Zomorph 30mg capsules", first(m).medicine());
        assertTrue(warned(m, Warnings.MEDICATION_REFERENCE_UNRESOLVED, "MedicationRequest.medicationReference"));
        String bare = request("rx1", "\"medicationReference\": {\"reference\": \"Medication/nowhere\"}", "2026-05-20",
                BD, null);
        Assessment a = TaperwiseEngine.builder().build().evaluate(map(bundle(bare)).facts());
        assertTrue(a.hasFlag(org.taperwise.model.FlagCode.UNRECOGNISED_MEDICINE), "unknown, never silently dropped");
    }

    @Test
    void textIsTheMedicineOnlyWhenNoCodingOfAKnownSystemIsGiven() {
        String local = "\"medicationCodeableConcept\": {\"coding\": [{\"system\": \"urn:oid:1.2.3\", \"code\": \"77\"}],"
                + " \"text\": \"MST Continus 30mg tablets\"}";
        assertEquals("MST Continus 30mg tablets", first(map(bundle(request("rx1", local, "2026-05-20", BD, null))))
                .medicine());
        String textOnly = "\"medicationCodeableConcept\": {\"text\": \"oxycodone 5mg capsules\"}";
        assertEquals("oxycodone 5mg capsules", first(map(bundle(request("rx1", textOnly, "2026-05-20", BD, null))))
                .medicine());
        String coded = "\"medicationCodeableConcept\": {\"coding\": [{\"system\": \"" + Fhir.RXNORM + "\", \"code\":"
                + " \"1049502\"}], \"text\": \"Percocet\"}";
        assertNull(first(map(bundle(request("rx1", coded, "2026-05-20", BD, null)))).medicine(),
                "a code of a known system wins over the text");
    }

    @Test
    void aMedicationsFormAndIngredientStrengthAreRead() {
        String med = "{\"resourceType\": \"Medication\", \"id\": \"m3\", \"code\": {\"text\": \"morphine\"},"
                + " \"form\": {\"text\": \"Prolonged-release tablet\"}, \"ingredient\": [{\"itemCodeableConcept\":"
                + " {\"text\": \"morphine sulfate\"}, \"strength\": {\"numerator\": {\"value\": 30, \"code\": \"mg\"},"
                + " \"denominator\": {\"value\": 1, \"code\": \"{tablet}\"}}}]}";
        Prescription p = first(map(bundle(med, request("rx1", "\"medicationReference\": {\"reference\":"
                + " \"Medication/m3\"}", "2026-05-20", BD, null))));
        assertEquals("morphine", p.medicine());
        assertEquals(Form.MR_TABLET, p.form());
        assertEquals(StrengthUnit.MG, p.strength().unit());
        assertEquals(0, BigDecimal.valueOf(30).compareTo(p.strength().value()));
    }

    @Test
    void aUkCoreRecordWithADmdCodeAFreeTextSigAndTabletQuantitiesIsMapped() {
        // dm+d AMP 22686511000001102 Lynlor 5mg capsules (oxycodone) (tables/product-codes.csv; dm+d codes are SNOMED CT identifiers)
        String uk = "{\"resourceType\": \"MedicationRequest\", \"id\": \"uk1\", \"status\": \"active\", \"intent\":"
                + " \"order\", \"category\": [{\"coding\": [{\"code\": \"community\"}]}], \"medicationCodeableConcept\":"
                + " {\"coding\": [{\"system\": \"http://snomed.info/sct\", \"code\": \"22686511000001102\"}]},"
                + " \"authoredOn\": \"2026-05-20\", \"dosageInstruction\": [{\"text\": \"ONE twice a day\"}],"
                + " \"dispenseRequest\": {\"quantity\": {\"value\": 56, \"unit\": \"tablet\", \"system\":"
                + " \"http://snomed.info/sct\", \"code\": \"428673006\"}, \"expectedSupplyDuration\": {\"value\": 28,"
                + " \"unit\": \"day\", \"system\": \"http://unitsofmeasure.org\", \"code\": \"d\"}}}";
        FhirMapping m = map(bundle(uk));
        Prescription p = first(m);
        assertEquals("http://snomed.info/sct", p.coding().get(0).system());
        assertEquals(0, BigDecimal.valueOf(56).compareTo(p.quantity()));
        assertEquals(28, p.daysSupply());
        assertTrue(warned(m, Warnings.DOSAGE_TEXT_ONLY, "MedicationRequest.dosageInstruction[0].text"));
        Assessment a = TaperwiseEngine.builder().build().evaluate(m.facts());
        assertEquals("oxycodone", a.mme().items().get(0).ingredient());
        assertEquals(10.0, a.mme().items().get(0).dailyDose().value(), 1e-9,
                "56 capsules of 5 mg over 28 days (the contract's dispensing-record rule)");
    }

    @Test
    void activeConditionsPassEachSnomedAndIcd10CodingWithTheirOnset() {
        String c = "{\"resourceType\": \"Condition\", \"id\": \"c1\", \"clinicalStatus\": {\"coding\": [{\"code\":"
                + " \"active\"}]}, \"category\": [{\"coding\": [{\"code\": \"problem-list-item\"}]}], \"code\":"
                + " {\"coding\": [{\"system\": \"http://snomed.info/sct\", \"code\": \"182964004\"}, {\"system\":"
                + " \"http://hl7.org/fhir/sid/icd-10-cm\", \"code\": \"Z51.5\"}, {\"system\": \"urn:local\","
                + " \"code\": \"x\"}]}, \"onsetDateTime\": \"2026-01-10T10:00:00Z\"}";
        FhirMapping m = map(bundle(c));
        assertEquals(2, m.facts().conditions().size());
        assertEquals(LocalDate.of(2026, 1, 10), m.facts().conditions().get(0).since());
        assertTrue(warned(m, Warnings.CONDITION_CODING_UNSUPPORTED, "Condition.code.coding[2]"));
        Assessment a = TaperwiseEngine.builder().build().evaluate(m.facts());
        assertTrue(a.eligibility().reasons().stream().anyMatch(r -> r.code().name().equals("END_OF_LIFE_CARE")));
    }

    @Test
    void resolvedRemittedRefutedAndErroneousConditionsAreNotCounted() {
        for (String status : new String[] {"inactive", "remission", "resolved"}) {
            FhirMapping m = map(bundle(condition("\"clinicalStatus\": {\"coding\": [{\"code\": \"" + status
                    + "\"}]}")));
            assertEquals(List.of(), m.facts().conditions(), status);
            assertTrue(warned(m, Warnings.CONDITION_NOT_ACTIVE, "Condition.clinicalStatus"), status);
        }
        for (String status : new String[] {"recurrence", "relapse"}) {
            assertEquals(1, map(bundle(condition("\"clinicalStatus\": {\"coding\": [{\"code\": \"" + status
                    + "\"}]}"))).facts().conditions().size(), status);
        }
        for (String v : new String[] {"refuted", "entered-in-error"}) {
            FhirMapping m = map(bundle(condition("\"verificationStatus\": {\"coding\": [{\"code\": \"" + v
                    + "\"}]}")));
            assertEquals(List.of(), m.facts().conditions(), v);
            assertTrue(warned(m, Warnings.CONDITION_REFUTED, "Condition.verificationStatus"), v);
        }
    }

    @Test
    void aConditionIsJudgedOnAsOfNotOnTheDayTheRecordWasWritten() {
        // as a Synthea record, written after asOf: a condition that began later is not counted ...
        FhirMapping later = map(bundle(condition("\"clinicalStatus\": {\"coding\": [{\"code\": \"active\"}]},"
                + " \"onsetDateTime\": \"2026-06-02T10:00:00-07:00\"")));
        assertEquals(List.of(), later.facts().conditions());
        assertTrue(warned(later, Warnings.CONDITION_AFTER_AS_OF, "Condition.onset"));
        // ... and one resolved after asOf was current on asOf (Fhir.AS_OF is 2026-06-01)
        FhirMapping resolvedLater = map(bundle(condition("\"clinicalStatus\": {\"coding\": [{\"code\":"
                + " \"resolved\"}]}, \"onsetDateTime\": \"2026-01-10\", \"abatementDateTime\": \"2026-06-02\"")));
        assertEquals(1, resolvedLater.facts().conditions().size());
        assertEquals(LocalDate.of(2026, 1, 10), resolvedLater.facts().conditions().get(0).since());
        assertTrue(warned(resolvedLater, Warnings.CONDITION_ABATED_AFTER_AS_OF, "Condition.abatement"));
        FhirMapping resolvedOnAsOf = map(bundle(condition("\"clinicalStatus\": {\"coding\": [{\"code\":"
                + " \"resolved\"}]}, \"abatementDateTime\": \"2026-06-01\"")));
        assertEquals(List.of(), resolvedOnAsOf.facts().conditions());
        assertTrue(warned(resolvedOnAsOf, Warnings.CONDITION_NOT_ACTIVE, "Condition.clinicalStatus"));
    }

    @Test
    void thePatientGivesIdBirthDateAndSexAndAPartialBirthDateIsTheYoungestPossible() {
        FhirMapping m = map(bundle());
        assertEquals("p1", m.facts().patientId());
        assertEquals(LocalDate.of(1970, 3, 4), m.facts().birthDate());
        assertEquals(Sex.FEMALE, m.facts().sex());
        String partial = bundle().replace("\"1970-03-04\"", "\"1970\"");
        FhirMapping p = map(partial);
        assertEquals(LocalDate.of(1970, 12, 31), p.facts().birthDate());
        assertTrue(warned(p, Warnings.BIRTH_DATE_PARTIAL, "Patient.birthDate"));
    }

    @Test
    void aRecordWithoutAPatientOrPatientIdIsRefusedAndOtherResourcesAreCountedInOneWarning() {
        String noPatient = "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\":"
                + " {\"resourceType\": \"Observation\", \"id\": \"o1\", \"status\": \"final\", \"code\": {\"text\":"
                + " \"x\"}}}]}";
        FhirMappingException e = assertThrows(FhirMappingException.class, () -> map(noPatient));
        assertEquals("Patient.id", e.problems().get(0).path());
        FhirMapping m = new FhirMapper().fromRecord(FhirRecord.builder(AS_OF).patientId("Patient/p9")
                .add(new FhirMapper().parseResource(noPatient)).build());
        assertEquals("p9", m.facts().patientId());
        assertTrue(warned(m, Warnings.RESOURCE_TYPE_NOT_USED, "Observation"));
        assertTrue(warned(m, Warnings.PATIENT_MISSING, "Patient"));
    }

    @Test
    void malformedJsonOrAnotherResourceTypeIsRefusedCleanly() {
        FhirMappingException e = assertThrows(FhirMappingException.class,
                () -> new FhirMapper().fromBundle("{\"resourceType\": \"Bundle\",", AS_OF));
        assertTrue(e.problems().get(0).path().startsWith("line 1"), e.problems().toString());
        FhirMappingException notBundle = assertThrows(FhirMappingException.class,
                () -> new FhirMapper().fromBundle(Fhir.PATIENT, AS_OF));
        assertEquals("a Bundle", notBundle.problems().get(0).expected());
        assertThrows(FhirMappingException.class, () -> new FhirMapper().fromBundle("{\"resourceType\": \"Nope\"}",
                AS_OF));
    }

    @Test
    void aStatementOfUseCountsAsPatientReportedUnlessDerivedFromARequest() {
        String st = "{\"resourceType\": \"MedicationStatement\", \"id\": \"s1\", \"status\": \"active\","
                + " \"medicationCodeableConcept\": " + Fhir.OXY_MR_10 + ", \"effectiveDateTime\": \"2026-05-01\","
                + " \"dosage\": [" + BD + "]}";
        FhirMapping m = map(bundle(st));
        assertEquals(LocalDate.of(2026, 5, 1), first(m).issued());
        assertTrue(warned(m, Warnings.MEDICATION_STATEMENT_PATIENT_REPORTED, "MedicationStatement"));
        String derived = st.replace("\"status\"", "\"derivedFrom\": [{\"reference\": \"MedicationRequest/rx1\"}],"
                + " \"status\"");
        FhirMapping d = map(bundle(request("rx1", "\"medicationCodeableConcept\": " + Fhir.OXY_MR_10, "2026-05-01", BD,
                null), derived));
        assertEquals(1, d.facts().prescriptions().size());
        assertTrue(warned(d, Warnings.MEDICATION_STATEMENT_NOT_COUNTED, "MedicationStatement.derivedFrom[0]"));
        FhirMapping stopped = map(bundle(st.replace("\"active\"", "\"stopped\"")));
        assertEquals(List.of(), stopped.facts().prescriptions());
    }

    @Test
    void aDraftOrderIsIssuedOnAsOfAndNamed() {
        FhirMapper mapper = new FhirMapper();
        String draft = request("new1", "\"medicationCodeableConcept\": " + Fhir.OXY_MR_10, "2026-07-01", BD, null)
                .replace("\"active\"", "\"draft\"");
        FhirMapping m = mapper.fromRecord(FhirRecord.builder(AS_OF).add(mapper.fromBundle(bundle(), AS_OF) == null
                ? null : mapper.parseResource(bundle())).draftOrder(mapper.parseResource(draft)).build());
        assertEquals(List.of("MedicationRequest/new1"), m.draftOrderIds());
        assertEquals(AS_OF, m.facts().prescriptions().get(0).issued());
    }

    @Test
    void anEligiblePatientFromFhirIsEligible() {
        String rx = request("rx1", "\"medicationCodeableConcept\": " + Fhir.OXY_MR_10, "2026-01-05", BD,
                Fhir.supply(56, 28, 6));
        Assessment a = TaperwiseEngine.builder().build().evaluate(map(bundle(rx)).facts());
        assertEquals(EligibilityStatus.ELIGIBLE, a.eligibility().status());
    }

    private static String condition(String status) {
        return "{\"resourceType\": \"Condition\", \"id\": \"c1\", " + status + ", \"code\": {\"coding\": [{\"system\":"
                + " \"http://snomed.info/sct\", \"code\": \"182964004\"}]}}";
    }
}

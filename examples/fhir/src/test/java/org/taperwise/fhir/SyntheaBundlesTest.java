package org.taperwise.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.taperwise.TaperwiseEngine;
import org.taperwise.model.Assessment;
import org.taperwise.model.EligibilityStatus;
import org.taperwise.model.FlagCode;
import org.taperwise.model.MmeItem;
import org.taperwise.model.MmeStatus;

/**
 * Issue 14: Synthea-generated FHIR R4 patient bundles of patients with an opioid prescription, through the FHIR mapping
 * and the engine ({@code us-cdc-2022}). The bundles are real Synthea output, trimmed to Patient, Condition and the
 * MedicationRequests of the year before asOf; source, commit, licence and trimming in
 * src/test/resources/synthea/README.md. Every mapping warning each bundle gives is listed with why.
 */
class SyntheaBundlesTest {
    private static final TaperwiseEngine ENGINE = TaperwiseEngine.builder().profile("us-cdc-2022").build();

    private static String read(String name) {
        try (var in = Objects.requireNonNull(SyntheaBundlesTest.class.getResourceAsStream("/synthea/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mapping's warnings as "CODE Resource/id", sorted. */
    private static List<String> warnings(FhirMapping m) {
        return m.warnings().stream().map(w -> w.code() + " " + w.resource()).sorted().toList();
    }

    private static MmeItem item(Assessment a, String prescriptionId) {
        return a.mme().items().stream().filter(i -> i.prescriptionId().equals(prescriptionId)).findFirst()
                .orElseThrow(() -> new AssertionError("no MME item for " + prescriptionId));
    }

    private static boolean unrecognised(Assessment a, String prescriptionId) {
        return a.flag(FlagCode.UNRECOGNISED_MEDICINE).map(f -> f.evidence().contains(prescriptionId)).orElse(false);
    }

    /**
     * Lindsey52 O'Reilly797, male, born 1993-01-07: hypertension (2011) and major depression (2012) on atenolol /
     * chlorthalidone and fluoxetine, given acetaminophen 325 mg / hydrocodone bitartrate 7.5 mg (RxNorm 857005) one
     * tablet every 6 hours on 2013-03-22. asOf 2013-03-23, the day after.
     */
    @Test
    void aFirstHydrocodonePrescriptionIsThirtyMmeAndNotYetLongTermUse() {
        String hydrocodone = "MedicationRequest/1fdc81b6-d7a3-4df7-9263-f97601d440d3";
        FhirMapping m = new FhirMapper().fromBundle(read("lindsey52-hydrocodone.json"), LocalDate.of(2013, 3, 23));

        assertEquals(List.of(
                // "Major depression, single episode" resolved on 2013-10-05, after asOf: it was current on asOf
                "CONDITION_ABATED_AFTER_AS_OF Condition/9c18ea5a-1a4a-4089-9da9-ea19f7497bc7",
                // acute bronchitis of 2013-12-07 and 2018-04-30: the record runs past asOf; not yet happened
                "CONDITION_AFTER_AS_OF Condition/15c238c1-3be2-4ab9-a853-b3354d7387a5",
                "CONDITION_AFTER_AS_OF Condition/42979451-0937-46e3-ba67-9f46118c5774",
                // Synthea writes every prescription that has ended by the export as status "stopped": each counts
                // as issued once (it was prescribed), no repeats
                "MEDICATION_REQUEST_STOPPED MedicationRequest/14ec3403-fbe9-45d0-a8e3-b1a11a45152f",
                "MEDICATION_REQUEST_STOPPED " + hydrocodone,
                "MEDICATION_REQUEST_STOPPED MedicationRequest/5496be6a-655c-43ff-8681-1569d2c33a28",
                "MEDICATION_REQUEST_STOPPED MedicationRequest/6cf02f74-a11e-4d2c-98fc-1334d6b1361f",
                "MEDICATION_REQUEST_STOPPED MedicationRequest/90293750-c27b-4aed-8e77-456d7e108f7f",
                "MEDICATION_REQUEST_STOPPED MedicationRequest/deb6bc21-4246-43db-b2f4-f33bcee65bde"), warnings(m));
        assertEquals(3, m.facts().conditions().size(), "hypertension and both depression diagnoses");
        assertEquals(6, m.facts().prescriptions().size());

        Assessment a = ENGINE.evaluate(m.facts());
        MmeItem h = item(a, hydrocodone);
        assertEquals(MmeStatus.COMPUTED, h.status());
        assertEquals("hydrocodone", h.ingredient());
        // 7.5 mg hydrocodone per tablet x 1 tablet x 4 a day (frequency 1 per 6 h) = 30 mg a day;
        // x 1.0 (CDC 2022 factor for hydrocodone) = 30 MME a day
        assertEquals(30.0, h.dailyDose().value(), 1e-9);
        assertEquals(1.0, h.factor(), 1e-9);
        assertEquals(30.0, h.dailyMme(), 1e-9);
        assertEquals(30.0, a.mme().totalDailyMg(), 1e-9);
        assertFalse(a.mme().complete(), "fluoxetine and atenolol / chlorthalidone are not in the tables");
        assertFalse(unrecognised(a, hydrocodone), "the opioid is recognised");
        assertTrue(unrecognised(a, "MedicationRequest/5496be6a-655c-43ff-8681-1569d2c33a28"), "fluoxetine");

        // one day of opioid: not a patient for a taper review
        assertEquals(EligibilityStatus.NOT_ELIGIBLE, a.eligibility().status());
        assertEquals(List.of("OPIOID_USE_UNDER_3_MONTHS", "UNRECOGNISED_MEDICINE"),
                a.eligibility().reasons().stream().map(r -> r.code().name()).toList());
        // us-cdc-2022 offers naloxone with every opioid to an adult (20) outside end-of-life care
        assertEquals(List.of(hydrocodone), a.flag(FlagCode.NALOXONE_RECOMMENDED).orElseThrow().evidence());
    }

    /**
     * Antonia30 Ruelas156, female, born 1960-03-02: hypertension, hyperlipidaemia, obesity, osteoarthritis of the knee
     * and a patellar tendon rupture on 2016-11-29, given meperidine hydrochloride 50 mg tablets (RxNorm 861467) one
     * every 4 hours on 2016-12-06, and ibuprofen as needed. asOf 2016-12-07, the day after.
     */
    @Test
    void meperidineIsRecognisedButTheCdc2022TableHasNoFactorForIt() {
        String meperidine = "MedicationRequest/d568b036-a4b7-4925-8492-4f62d1a749fc";
        String ibuprofen = "MedicationRequest/8c3900d7-013f-4bb9-a6fb-24242724134d";
        String coughSyrup = "MedicationRequest/b2aa2272-bab4-47d1-8472-2794210e12e9";
        FhirMapping m = new FhirMapper().fromBundle(read("antonia30-meperidine.json"), LocalDate.of(2016, 12, 7));

        assertEquals(List.of(
                // the tendon rupture (2016-11-29) resolved on 2017-01-05, after asOf: current on asOf
                "CONDITION_ABATED_AFTER_AS_OF Condition/112b4e20-2707-4cab-bfc5-c704177403be",
                // heart failure (2017-02-28) and bronchitis (2017-07-30) began after asOf
                "CONDITION_AFTER_AS_OF Condition/00fcb257-89e0-49b4-bc81-00ec3f753c7c",
                "CONDITION_AFTER_AS_OF Condition/104aa30e-6606-400a-8e1c-ea2fb00ee341",
                // three bronchitis episodes resolved before asOf
                "CONDITION_NOT_ACTIVE Condition/295dc8bd-53e8-4226-9dcd-0920f6098ee0",
                "CONDITION_NOT_ACTIVE Condition/8c9d83c0-b1ab-43a8-b9a0-2ca583337637",
                "CONDITION_NOT_ACTIVE Condition/f102fd52-d6b3-4e5a-ba86-41906391900d",
                // Synthea writes the cough syrup (RxNorm 1043400) with no dosageInstruction at all
                "DOSAGE_MISSING " + coughSyrup,
                // and ibuprofen as {"sequence": 1, "asNeededBoolean": true}: as needed, no dose, no timing
                "DOSE_MISSING " + ibuprofen,
                "MEDICATION_REQUEST_STOPPED MedicationRequest/6c537461-1fb3-4097-bb26-423e3a051951",
                "MEDICATION_REQUEST_STOPPED " + ibuprofen,
                "MEDICATION_REQUEST_STOPPED MedicationRequest/990a181c-64b2-45ff-8ad4-327b3398ac76",
                "MEDICATION_REQUEST_STOPPED MedicationRequest/a352296c-33e3-4ab9-b0f7-584788a4be4b",
                "MEDICATION_REQUEST_STOPPED " + coughSyrup,
                "MEDICATION_REQUEST_STOPPED " + meperidine), warnings(m));
        assertEquals(5, m.facts().conditions().size(),
                "hypertension, obesity, hyperlipidaemia, knee osteoarthritis, tendon rupture");
        assertTrue(m.facts().prescriptions().stream().filter(p -> p.id().equals(ibuprofen)).findFirst()
                .orElseThrow().asNeeded());

        Assessment a = ENGINE.evaluate(m.facts());
        MmeItem p = item(a, meperidine);
        assertEquals("pethidine", p.ingredient(), "RxNorm's meperidine is the tables' pethidine");
        // 50 mg per tablet x 1 tablet x 6 a day (frequency 1 per 4 h) = 300 mg a day; the CDC 2022 conversion
        // table (codeine, fentanyl, hydrocodone, hydromorphone, methadone, morphine, oxycodone, oxymorphone,
        // tapentadol, tramadol) has no meperidine factor, so no MME: said, not guessed
        assertEquals(300.0, p.dailyDose().value(), 1e-9);
        assertEquals(MmeStatus.NOT_COMPUTABLE, p.status());
        assertNull(p.dailyMme());
        assertFalse(a.mme().complete());
        assertEquals(List.of(meperidine), a.flag(FlagCode.DOSE_NOT_COMPUTABLE).orElseThrow().evidence());
        assertFalse(unrecognised(a, meperidine), "the opioid is recognised");

        assertEquals(EligibilityStatus.NOT_ELIGIBLE, a.eligibility().status());
        assertEquals(List.of("OPIOID_USE_UNDER_3_MONTHS", "UNRECOGNISED_MEDICINE"),
                a.eligibility().reasons().stream().map(r -> r.code().name()).toList());
        assertEquals(List.of(meperidine), a.flag(FlagCode.NALOXONE_RECOMMENDED).orElseThrow().evidence());
    }
}

package org.taperwise.examples.cqlpeer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;

/**
 * Seeded synthetic patients, each with N current opioid orders drawn from five RxNorm clinical drugs that are each
 * present once in the peer's OMTKData table and in Taperwise's product codes (shared/research/cql-peer.md section
 * 2.3). Oral orders are 1-2 tablets every 4, 6, 8 or 12 hours, half written as a {tbl} count and half as the
 * equivalent mg; patches are 1-2 every 3 days; about a quarter are as-needed. Every order is active, community,
 * authored within the 29 days before {@link #AS_OF} with a 30-day supply, so both sides count it as current.
 */
final class PeerPatients {
    /** The day both sides evaluate as of (the peer's evaluation time is the same day). */
    static final LocalDate AS_OF = PeerCql.EVALUATION_TIME.toLocalDate();
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final String UCUM = "http://unitsofmeasure.org";

    /** RxNorm code, OMTKData name, opioid mg per tablet (0 for the patch), ingredient. */
    record Drug(String code, String name, double mgPerTablet, String ingredient) {
        boolean patch() {
            return mgPerTablet == 0;
        }
    }

    static final List<Drug> DRUGS = List.of(
            new Drug("1049621", "oxycodone hydrochloride 5 MG Oral Tablet", 5, "oxycodone"),
            new Drug("891888", "morphine sulfate 30 MG Extended Release Oral Tablet", 30, "morphine"),
            new Drug("197696", "72 HR fentanyl 0.075 MG/HR Transdermal System", 0, "fentanyl"),
            new Drug("857005", "acetaminophen 325 MG / hydrocodone bitartrate 7.5 MG Oral Tablet", 7.5, "hydrocodone"),
            new Drug("836397", "acetaminophen 325 MG / tramadol hydrochloride 37.5 MG Oral Tablet [Ultracet]", 37.5,
                    "tramadol"));
    private static final int[] HOURS = {4, 6, 8, 12};

    private PeerPatients() {
    }

    /** {@code count} patients with {@code orders} opioid orders each, the same for the same seed. */
    static List<PeerPatient> generate(long seed, int count, int orders) {
        Random rnd = new Random(seed);
        List<PeerPatient> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = "peer-" + orders + "-" + i;
            Patient patient = new Patient();
            patient.setId(id);
            patient.setGender(rnd.nextBoolean() ? Enumerations.AdministrativeGender.FEMALE
                    : Enumerations.AdministrativeGender.MALE);
            patient.setBirthDateElement(new DateType(LocalDate.of(AS_OF.getYear() - 30 - rnd.nextInt(50),
                    1 + rnd.nextInt(12), 1 + rnd.nextInt(28)).toString()));
            List<MedicationRequest> list = new ArrayList<>(orders);
            for (int k = 0; k < orders; k++) {
                list.add(order(rnd, id, id + "-rx" + k));
            }
            out.add(new PeerPatient(id, patient, list));
        }
        return out;
    }

    private static MedicationRequest order(Random rnd, String patientId, String id) {
        Drug drug = DRUGS.get(rnd.nextInt(DRUGS.size()));
        int units = 1 + rnd.nextInt(2);
        boolean prn = rnd.nextInt(4) == 0;
        MedicationRequest mr = new MedicationRequest();
        mr.setId(id);
        mr.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        mr.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        mr.addCategory(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/medicationrequest-category", "community", "Community")));
        mr.setMedication(new CodeableConcept(new Coding(RXNORM, drug.code(), drug.name())));
        mr.setSubject(new Reference("Patient/" + patientId));
        LocalDate authored = AS_OF.minusDays(rnd.nextInt(29));
        mr.setAuthoredOnElement(new DateTimeType(authored.toString()));

        Timing.TimingRepeatComponent repeat = new Timing.TimingRepeatComponent().setFrequency(1);
        Quantity dose;
        double perDay;
        String supplyUnit;
        if (drug.patch()) {
            repeat.setPeriod(3).setPeriodUnit(Timing.UnitsOfTime.D);
            dose = ucum(units, "patch", "{patch}");
            perDay = units / 3.0;
            supplyUnit = "{patch}";
        } else {
            int hours = HOURS[rnd.nextInt(HOURS.length)];
            repeat.setPeriod(hours).setPeriodUnit(Timing.UnitsOfTime.H);
            dose = rnd.nextBoolean() ? ucum(units, "tablet", "{tbl}")
                    : ucum(units * drug.mgPerTablet(), "mg", "mg");
            perDay = units * 24.0 / hours;
            supplyUnit = "{tbl}";
        }
        Dosage dosage = new Dosage().setTiming(new Timing().setRepeat(repeat));
        dosage.setAsNeeded(new BooleanType(prn));
        dosage.addDoseAndRate().setDose(dose);
        mr.addDosageInstruction(dosage);

        MedicationRequest.MedicationRequestDispenseRequestComponent dispense = mr.getDispenseRequest();
        dispense.setValidityPeriod(new Period().setStartElement(new DateTimeType(authored.toString()))
                .setEndElement(new DateTimeType(authored.plusMonths(6).toString())));
        dispense.setNumberOfRepeatsAllowed(rnd.nextInt(3));
        dispense.setQuantity(ucum(Math.ceil(perDay * 30), supplyUnit.equals("{patch}") ? "patch" : "tablet",
                supplyUnit));
        Duration days = new Duration();
        days.setValue(30).setUnit("days").setSystem(UCUM).setCode("d");
        dispense.setExpectedSupplyDuration(days);
        return mr;
    }

    private static Quantity ucum(double value, String unit, String code) {
        Quantity q = new Quantity();
        q.setValue(BigDecimal.valueOf(value).stripTrailingZeros()).setUnit(unit).setSystem(UCUM).setCode(code);
        return q;
    }
}

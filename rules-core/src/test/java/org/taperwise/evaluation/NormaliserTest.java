package org.taperwise.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.evaluation.NormaliserFixtures.CODES;
import static org.taperwise.evaluation.NormaliserFixtures.RESOLVER;
import static org.taperwise.evaluation.NormaliserFixtures.PROFILE;
import static org.taperwise.evaluation.NormaliserFixtures.RXNORM;
import static org.taperwise.evaluation.NormaliserFixtures.SNOMED;
import static org.taperwise.evaluation.NormaliserFixtures.tablet;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taperwise.model.Condition;
import org.taperwise.model.ConditionConcept;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.Instrument;
import org.taperwise.model.InstrumentScore;
import org.taperwise.model.MmeStatus;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.TaperRequest;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;
import org.taperwise.rules.Medication;

/** The composition: facts in their fixed order, warnings in step order, and what each issue's fact carries. */
class NormaliserTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static PatientFacts patient() {
        return PatientFacts.builder("p", AS_OF).birthDate(LocalDate.of(1970, 6, 15))
                .prescription(tablet("morphine", 10, 2, AS_OF.minusDays(60), 28).id("old").build())
                .prescription(Prescription.builder().id("now").medicine("morphine").coding(RXNORM, "999")
                        .form(Form.TABLET).strength(10, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(3)
                        .issued(AS_OF.minusDays(3)).build())
                .condition(Condition.coded(SNOMED, "1"))
                .condition(Condition.of(ConditionConcept.ACTIVE_CANCER))
                .assessment(InstrumentScore.of(Instrument.COMM, 4, null))
                .taperRequest(new TaperRequest("p", null, null))
                .build();
    }

    private static Normaliser.Prepared prepare() {
        return Normaliser.prepare(patient(), PROFILE, RESOLVER, CODES);
    }

    @Test
    void facts_areListedInTheirFixedOrder() {
        assertEquals(List.of("Parameters", "EvaluationDates", "TaperRequested", "Patient", "Medication", "Medication",
                "MmeTotal", "ContinuousOpioidSupply", "SupplyPattern", "PatientCondition", "ScreeningResult"),
                prepare().facts().stream().map(f -> f.getClass().getSimpleName()).toList());
    }

    @Test
    void warnings_followTheSteps_andUnmappedCodingsOfMedicinesAndConditionsAddUp() {
        Normaliser.Prepared p = prepare();
        assertEquals(List.of("prescriptions[1].coding[0]", "prescriptions[1].daysSupply", "conditions[0].coding",
                "assessments[0].date"), p.warnings().stream().map(Warning::path).toList());
        assertEquals(List.of(WarningCode.CODING_UNMAPPED, WarningCode.DAYS_SUPPLY_ASSUMED,
                WarningCode.CODING_UNMAPPED, WarningCode.SCORE_DATE_MISSING),
                p.warnings().stream().map(Warning::code).toList());
        assertEquals(2, p.unmappedCodings());
    }

    @Test
    void eachIssuesFact_saysWhetherItIsCurrent_withItsMme() {
        Normaliser.Prepared p = prepare();
        List<Medication> meds = p.facts().stream().filter(Medication.class::isInstance).map(Medication.class::cast)
                .toList();
        assertFalse(meds.get(0).current());
        assertEquals(0.0, meds.get(0).dailyMme());
        assertEquals(null, meds.get(0).mmeStatus());
        assertTrue(meds.get(1).current());
        assertEquals(MmeStatus.COMPUTED, meds.get(1).mmeStatus());
        assertEquals(30.0, meds.get(1).dailyMme());
        assertEquals(List.of("now"), NormaliserFixtures.refs(p.current()));
        assertEquals(30.0, p.mme().totalDailyMg());
    }

    @Test
    void evidenceOrder_isPrescriptionsThenConditionsThenQuestionnaires() {
        assertEquals(Map.of("old", 0, "now", 1, "conditions[0]", 2, "conditions[1]", 3, "assessments[0]", 4),
                prepare().refOrder());
    }
}

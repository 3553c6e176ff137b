package org.taperwise.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.taperwise.evaluation.NormaliserFixtures.CODES;
import static org.taperwise.evaluation.NormaliserFixtures.SNOMED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.model.Coding;
import org.taperwise.model.Condition;
import org.taperwise.model.ConditionConcept;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;
import org.taperwise.rules.PatientCondition;

/** Conditions by concept code or coding, and the ones not counted. */
class ConditionResolverTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final Coding PALLIATIVE = new Coding(SNOMED, "103735009");
    private static final Coding UNKNOWN = new Coding(SNOMED, "1");

    private static ConditionResolver.Resolved resolve(List<Warning> warnings, Condition... conditions) {
        return ConditionResolver.resolve(List.of(conditions), AS_OF, CODES, warnings);
    }

    @Test
    void conceptCodesAndMappedCodings_becomeConditions_inInputOrder() {
        List<Warning> warnings = new ArrayList<>();
        LocalDate since = AS_OF.minusYears(1);
        ConditionResolver.Resolved r = resolve(warnings, new Condition(ConditionConcept.ACTIVE_CANCER, null, since),
                new Condition(null, PALLIATIVE, null));
        assertEquals(List.of(new PatientCondition(ConditionConcept.ACTIVE_CANCER, since, "conditions[0]"),
                new PatientCondition(ConditionConcept.END_OF_LIFE_CARE, null, "conditions[1]")), r.conditions());
        assertEquals(0, r.unmappedCodings());
        assertEquals(List.of(), warnings);
    }

    @Test
    void unmappedCoding_isCountedAndWarnedAbout_andTheConceptCodeIsUsedWhenThereIsOne() {
        List<Warning> warnings = new ArrayList<>();
        ConditionResolver.Resolved r = resolve(warnings, new Condition(null, UNKNOWN, null),
                new Condition(ConditionConcept.ALCOHOL_MISUSE, UNKNOWN, null));
        assertEquals(List.of(new PatientCondition(ConditionConcept.ALCOHOL_MISUSE, null, "conditions[1]")),
                r.conditions());
        assertEquals(2, r.unmappedCodings());
        assertEquals(List.of(
                new Warning(WarningCode.CODING_UNMAPPED, "conditions[0].coding", "the ruleset's code tables do not map "
                        + SNOMED + " code 1: the condition was ignored"),
                new Warning(WarningCode.CODING_UNMAPPED, "conditions[1].coding", "the ruleset's code tables do not map "
                        + SNOMED + " code 1; the code ALCOHOL_MISUSE was used")), warnings);
    }

    @Test
    void codingThatDisagreesWithTheConceptCode_isOverruledByTheCode_withAWarning() {
        List<Warning> warnings = new ArrayList<>();
        ConditionResolver.Resolved r = resolve(warnings,
                new Condition(ConditionConcept.ACTIVE_CANCER, PALLIATIVE, null));
        assertEquals(ConditionConcept.ACTIVE_CANCER, r.conditions().get(0).concept());
        assertEquals(List.of(new Warning(WarningCode.CONDITION_CODE_AND_CODING, "conditions[0]",
                "the coding maps to END_OF_LIFE_CARE but the code says ACTIVE_CANCER; the code was used")), warnings);
    }

    @Test
    void conditionStartingAfterAsOf_isNotCounted_withAWarning() {
        List<Warning> warnings = new ArrayList<>();
        LocalDate tomorrow = AS_OF.plusDays(1);
        ConditionResolver.Resolved r = resolve(warnings, new Condition(ConditionConcept.ACTIVE_CANCER, null, tomorrow),
                new Condition(ConditionConcept.OPIOID_USE_DISORDER, null, AS_OF));
        assertEquals(List.of(new PatientCondition(ConditionConcept.OPIOID_USE_DISORDER, AS_OF, "conditions[1]")),
                r.conditions(), "a condition starting on asOf counts");
        assertEquals(List.of(new Warning(WarningCode.CONDITION_AFTER_AS_OF, "conditions[0].since",
                "recorded as starting " + tomorrow + ", after asOf: not counted")), warnings);
    }
}

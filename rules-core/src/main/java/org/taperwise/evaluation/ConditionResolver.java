package org.taperwise.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.taperwise.model.Condition;
import org.taperwise.model.ConditionConcept;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;
import org.taperwise.rules.PatientCondition;
import org.taperwise.tables.CodeTables;

/**
 * Turns recorded conditions into the concepts rules match on. A condition's concept code wins over its coding; a
 * coding is used only when no concept code is given. A coding the code tables do not map is counted and warned
 * about, and so is a coding that maps to another concept than the code. A condition with no concept is ignored; one
 * recorded as starting after {@code asOf} is not counted, with a warning.
 */
final class ConditionResolver {
    /** The conditions counted, in input order, and how many condition codings the code tables did not map. */
    record Resolved(List<PatientCondition> conditions, int unmappedCodings) {
    }

    private ConditionResolver() {
    }

    /** Resolves every condition; warnings are appended in input order. */
    static Resolved resolve(List<Condition> conditions, LocalDate asOf, CodeTables codes, List<Warning> warnings) {
        List<PatientCondition> out = new ArrayList<>();
        int unmapped = 0;
        for (int i = 0; i < conditions.size(); i++) {
            Condition c = conditions.get(i);
            String path = "conditions[" + i + "]";
            ConditionConcept concept = c.code();
            if (c.coding() != null) {
                ConditionConcept mapped = codes.concept(c.coding());
                if (mapped == null) {
                    unmapped++;
                    warnings.add(new Warning(WarningCode.CODING_UNMAPPED, path + ".coding",
                            "the ruleset's code tables do not map " + c.coding().system() + " code "
                                    + c.coding().code() + (concept != null ? "; the code " + concept.code()
                                            + " was used" : ": the condition was ignored")));
                } else if (concept != null && mapped != concept) {
                    warnings.add(new Warning(WarningCode.CONDITION_CODE_AND_CODING, path, "the coding maps to "
                            + mapped.code() + " but the code says " + concept.code() + "; the code was used"));
                } else if (concept == null) {
                    concept = mapped;
                }
            }
            if (concept == null) {
                continue;
            }
            if (c.since() != null && c.since().isAfter(asOf)) {
                warnings.add(new Warning(WarningCode.CONDITION_AFTER_AS_OF, path + ".since",
                        "recorded as starting " + c.since() + ", after asOf: not counted"));
                continue;
            }
            out.add(new PatientCondition(concept, c.since(), path));
        }
        return new Resolved(out, unmapped);
    }
}

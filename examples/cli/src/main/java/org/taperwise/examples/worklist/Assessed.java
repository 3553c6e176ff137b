package org.taperwise.examples.worklist;

import java.util.List;

/**
 * The part of one assessment line (contract section 2) the worklist reads; held only while its line is handled.
 *
 * @param ingredients the distinct ingredients (else medicines) of {@code mme.regimens}, in the order given; empty
 *                    when the assessment has no {@code regimens} (written before issue 11)
 * @param taperStatus {@code taper.status}, or null when there is no {@code taper}
 */
record Assessed(String patientId, String asOf, String rulesetId, String rulesetVersion, String rulesetSha256,
        String profile, String status, List<Reason> reasons, double totalDailyMg, boolean complete,
        List<String> ingredients, List<FlagRead> flags, String taperStatus) {

    /** An eligibility reason. */
    record Reason(String code, String message) {
    }

    /** A profile parameter that decided a flag: {@code comparison} is null unless it is a threshold. */
    record Parameter(String name, String value, String comparison) {
    }

    /** A flag, as much of it as the worklist uses. */
    record FlagRead(String code, String severity, List<String> reasons, List<Parameter> parameters) {
    }
}

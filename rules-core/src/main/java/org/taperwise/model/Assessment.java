package org.taperwise.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of one evaluation (contract section 2): eligibility, morphine equivalent, flags, taper plan, and
 * the audit (ruleset identity, profile, rules fired, warnings).
 *
 * @param taper           the taper plan, or why none is proposed
 * @param unmappedCodings how many condition or medicine codings the code tables did not map
 */
public record Assessment(
        String patientId,
        LocalDate asOf,
        RulesetInfo ruleset,
        String profile,
        Eligibility eligibility,
        MmeSummary mme,
        List<Flag> flags,
        Taper taper,
        List<FiredRule> firedRules,
        List<Warning> warnings,
        int unmappedCodings) {

    public Assessment {
        flags = List.copyOf(flags);
        firedRules = List.copyOf(firedRules);
        warnings = List.copyOf(warnings);
    }

    /**
     * The same assessment with more warnings in front of its own, e.g. the fields a JSON reader ignored.
     */
    public Assessment withWarningsBefore(List<Warning> earlier) {
        if (earlier.isEmpty()) {
            return this;
        }
        List<Warning> all = new java.util.ArrayList<>(earlier);
        all.addAll(warnings);
        return new Assessment(patientId, asOf, ruleset, profile, eligibility, mme, flags, taper, firedRules, all,
                unmappedCodings);
    }

    /** The flag with this code, if raised. */
    public Optional<Flag> flag(FlagCode code) {
        return flags.stream().filter(f -> f.code() == code).findFirst();
    }

    /** Whether a flag with this code was raised. */
    public boolean hasFlag(FlagCode code) {
        return flag(code).isPresent();
    }

    /** Whether the rule with this id fired. */
    public boolean ruleFired(String ruleId) {
        return firedRules.stream().anyMatch(r -> r.id().equals(ruleId));
    }
}

package org.taperwise.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.taperwise.model.Administration;
import org.taperwise.model.Amount;
import org.taperwise.model.Assessment;
import org.taperwise.model.Eligibility;
import org.taperwise.model.EligibilityStatus;
import org.taperwise.model.FiredRule;
import org.taperwise.model.Flag;
import org.taperwise.model.FlagCode;
import org.taperwise.model.Form;
import org.taperwise.model.MmeSummary;
import org.taperwise.model.RulesetInfo;
import org.taperwise.model.Severity;
import org.taperwise.model.Taper;
import org.taperwise.model.TaperBasis;
import org.taperwise.model.TaperDose;
import org.taperwise.model.TaperPolicyInfo;
import org.taperwise.model.TaperReason;
import org.taperwise.model.TaperStatus;
import org.taperwise.model.TaperStep;

/**
 * Assessments with taper plans as the planner writes them (the doses, times and {@code make} wording copied from
 * {@code taperwise evaluate --format json} on examples/patients 04, 05 and 08, and an as-needed liquid), with the
 * clinician-only parts a handout must not show: rule ids, the ruleset hash, the policy and its rounding rule.
 */
final class HandoutFixtures {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final String SHA = "9bce96125db9a0c1e3f4d5b6a7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f80";
    static final String ROUNDING = "Each step's target is computed from the original total without rounding";

    private HandoutFixtures() {
    }

    static Administration admin(String when, double mg, String make) {
        return new Administration(when, new Amount(mg, "mg"), make);
    }

    static TaperDose dose(String medicine, Form form, String regimen, Administration... admins) {
        double daily = 0;
        for (Administration a : admins) {
            daily += a.dose().value();
        }
        return new TaperDose(medicine, form, new Amount(daily, form == Form.PATCH ? "microgram/hour" : "mg"),
                daily * 1.5, regimen, List.of(admins));
    }

    static TaperDose patch(String medicine, double strength, int every) {
        String s = (strength == Math.rint(strength) ? String.valueOf((long) strength) : String.valueOf(strength));
        return new TaperDose(medicine, Form.PATCH, new Amount(strength, "microgram/hour"), strength * 2.4,
                "one " + s + " microgram/hour patch, changed every " + every + " days",
                List.of(new Administration("patch", new Amount(strength, "microgram/hour"),
                        "1 x " + s + " microgram/hour patch, changed every " + every + " days")));
    }

    static TaperStep step(int n, String start, String end, boolean reviewBefore, List<String> reviewDates,
            TaperDose... doses) {
        return new TaperStep(n, LocalDate.parse(start), LocalDate.parse(end), 100 - n * 10, n == 0 ? 0 : 10,
                reviewBefore, List.of(doses), reviewDates.stream().map(LocalDate::parse).toList());
    }

    static Taper proposed(TaperStep... steps) {
        TaperPolicyInfo policy = new TaperPolicyInfo("uk-standard", 10, TaperBasis.ORIGINAL, 14, null, null,
                "nearest", ROUNDING, "FPM Opioids Aware", 25.0, 28);
        return new Taper(TaperStatus.PROPOSED, null, "the standard policy applies", "TAPER-07", policy,
                List.of(), List.of(steps), List.of("Review the patient before every reduction (TAPER-07)."));
    }

    static Taper none(TaperStatus status, TaperReason reason) {
        return new Taper(status, reason, "why not", "TAPER-02", null, List.of(), List.of(), List.of());
    }

    static Flag flag(FlagCode code) {
        return new Flag(code, Severity.HIGH, code + " message with 120 mg", "NAL-01", "source", List.of("rx-1"),
                List.of());
    }

    static Assessment assessment(Taper taper, FlagCode... flags) {
        return assessment("uk-opioids-aware", taper, flags);
    }

    static Assessment assessment(String profile, Taper taper, FlagCode... flags) {
        List<Flag> fs = new ArrayList<>();
        for (FlagCode f : flags) {
            fs.add(flag(f));
        }
        return new Assessment("patient-secret-id", AS_OF, new RulesetInfo("taperwise-builtin", "1.0.0", SHA), profile,
                new Eligibility(EligibilityStatus.ELIGIBLE, List.of()), new MmeSummary(120, true, List.of()), fs,
                taper, List.of(new FiredRule("TAPER-07", "1.1.0", "taper.drl", 12), new FiredRule("DOSE-02", "1.1.0", "dose.drl", 40)), List.of(), 0);
    }

    /** Oxycodone MR 40 mg twice a day (sample 04): the first steps, a morning dose of two strengths, then stop. */
    static Taper oxycodoneMr() {
        return proposed(
                step(0, "2026-11-01", "2026-11-14", false, List.of(), dose("oxycodone", Form.MR_TABLET,
                        "40 mg in the morning, 40 mg in the evening",
                        admin("in the morning", 40, "1 x 40 mg"), admin("in the evening", 40, "1 x 40 mg"))),
                step(1, "2026-11-15", "2026-11-28", true, List.of(), dose("oxycodone", Form.MR_TABLET,
                        "35 mg (1 x 30 mg + 1 x 5 mg) in the morning, 35 mg (1 x 30 mg + 1 x 5 mg) in the evening",
                        admin("in the morning", 35, "1 x 30 mg + 1 x 5 mg"),
                        admin("in the evening", 35, "1 x 30 mg + 1 x 5 mg"))),
                step(2, "2026-11-29", "2026-12-12", true, List.of(), dose("oxycodone", Form.MR_TABLET,
                        "30 mg in the morning, 35 mg (1 x 30 mg + 1 x 5 mg) in the evening",
                        admin("in the morning", 30, "1 x 30 mg"),
                        admin("in the evening", 35, "1 x 30 mg + 1 x 5 mg"))),
                step(3, "2026-12-13", "2027-01-09", true, List.of("2027-01-09"), dose("oxycodone", Form.MR_TABLET,
                        "5 mg at night", admin("at night", 5, "1 x 5 mg"))),
                step(4, "2027-01-10", "2027-01-23", true, List.of()));
    }

    /** Fentanyl 50 microgram/hour (sample 05): review dates inside long steps, the last patch held, then stop. */
    static Taper fentanylPatch() {
        return proposed(
                step(0, "2026-11-01", "2026-12-06", false, List.of("2026-11-19"), patch("fentanyl", 50, 3)),
                step(1, "2026-12-07", "2027-01-11", true, List.of("2026-12-24"), patch("fentanyl", 37.5, 3)),
                step(2, "2027-01-12", "2027-04-14", true, List.of("2027-03-07", "2027-03-26"),
                        patch("fentanyl", 12, 3)),
                step(3, "2027-04-15", "2027-04-29", true, List.of()));
    }

    /** Oxycodone MR and co-codamol (sample 08): one reduced at a time, oxycodone stopped before co-codamol. */
    static Taper twoOpioids() {
        TaperDose coCodamol = dose("co-codamol", Form.TABLET,
                "60 mg (2 x 30 mg) in the morning, 60 mg (2 x 30 mg) at midday, 60 mg (2 x 30 mg) in the late"
                        + " afternoon, 60 mg (2 x 30 mg) at bedtime",
                admin("in the morning", 60, "2 x 30 mg"), admin("at midday", 60, "2 x 30 mg"),
                admin("in the late afternoon", 60, "2 x 30 mg"), admin("at bedtime", 60, "2 x 30 mg"));
        return proposed(
                step(0, "2026-11-01", "2026-11-14", false, List.of(), dose("oxycodone", Form.MR_TABLET,
                        "20 mg in the morning, 20 mg in the evening", admin("in the morning", 20, "1 x 20 mg"),
                        admin("in the evening", 20, "1 x 20 mg")), coCodamol),
                step(1, "2026-11-15", "2026-11-28", true, List.of(), dose("oxycodone", Form.MR_TABLET,
                        "15 mg in the morning, 20 mg in the evening", admin("in the morning", 15, "1 x 15 mg"),
                        admin("in the evening", 20, "1 x 20 mg")), coCodamol),
                step(2, "2026-11-29", "2026-12-12", true, List.of(), coCodamol),
                step(3, "2026-12-13", "2026-12-26", true, List.of(), dose("co-codamol", Form.TABLET,
                        "30 mg at bedtime", admin("at bedtime", 30, "1 x 30 mg"))),
                step(4, "2026-12-27", "2027-01-09", true, List.of()));
    }

    /** Morphine MR twice a day with Oramorph 2 mg/ml as needed, up to 4 doses a day, the as-needed dose falling. */
    static Taper withAsNeeded() {
        return proposed(
                step(0, "2026-11-01", "2026-11-14", false, List.of(), dose("morphine", Form.MR_TABLET,
                        "30 mg in the morning, 30 mg in the evening", admin("in the morning", 30, "1 x 30 mg"),
                        admin("in the evening", 30, "1 x 30 mg")), dose("morphine", Form.ORAL_SOLUTION,
                        "only when needed: 10 mg (5 ml) a dose, at most 4 doses a day",
                        admin("(dose 1)", 10, "5 ml of 2 mg/ml"), admin("(dose 2)", 10, "5 ml of 2 mg/ml"),
                        admin("(dose 3)", 10, "5 ml of 2 mg/ml"), admin("(dose 4)", 10, "5 ml of 2 mg/ml"))),
                step(1, "2026-11-15", "2026-11-28", true, List.of(), dose("morphine", Form.MR_TABLET,
                        "30 mg in the morning, 30 mg in the evening", admin("in the morning", 30, "1 x 30 mg"),
                        admin("in the evening", 30, "1 x 30 mg")), dose("morphine", Form.ORAL_SOLUTION,
                        "only when needed: 5 mg (2.5 ml) a dose, at most 3 doses a day",
                        admin("(dose 1)", 5, "2.5 ml of 2 mg/ml"), admin("(dose 2)", 5, "2.5 ml of 2 mg/ml"),
                        admin("(dose 3)", 5, "2.5 ml of 2 mg/ml"))),
                step(2, "2026-11-29", "2026-12-12", true, List.of()));
    }
}

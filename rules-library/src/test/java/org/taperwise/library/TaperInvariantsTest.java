package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.library.GeneratedRegimens.Row;
import org.taperwise.model.Administration;
import org.taperwise.model.Assessment;
import org.taperwise.model.FlagCode;
import org.taperwise.model.Form;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Taper;
import org.taperwise.model.TaperDose;
import org.taperwise.model.TaperPolicyInfo;
import org.taperwise.model.TaperRequest;
import org.taperwise.model.TaperStatus;
import org.taperwise.model.TaperStep;

/**
 * Taper invariants over 1,200 generated regimens (seeded, reproducible; {@link GeneratedRegimens}): one or two opioids
 * made of listed products, every profile and policy. When SPECIALIST_INPUT_REQUIRED is raised, no plan is proposed
 * (SPECIALIST_REQUIRED), never a plain standard plan beside it. For every other plan: steps are contiguous; the total
 * never rises; the plan ends at zero; every dose is made of strengths the products table lists; no step cuts more
 * than the policy allows plus one smallest unit of the medicine being reduced, unless the hold before it was
 * stretched to keep the average rate; no administration of the day ever gets larger; and the profile's pacing holds
 * ({@link PacingInvariants}): review points at most 28 days apart, and no cut beyond 25% of the current total per
 * interval held, except a medicine's final stop from one oral dose a day.
 */
class TaperInvariantsTest {
    private static final LocalDate AS_OF = GeneratedRegimens.AS_OF;
    private static final Pattern UNITS = Pattern.compile("(\\d+(?:\\.\\d+)?) x (\\d+(?:\\.\\d+)?) (mg|microgram/hour)");
    private static final String[][] POLICIES = GeneratedRegimens.POLICIES;

    static Stream<Long> seeds() {
        return LongStream.range(0, 1200).boxed();
    }

    @ParameterizedTest(name = "regimen {0}")
    @MethodSource("seeds")
    void everyPlanKeepsTheInvariants(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] profilePolicy = POLICIES[r.nextInt(POLICIES.length)];
        // the profile's own products table (US profiles: tables/products-us.csv)
        List<Row> products = GeneratedRegimens.forProfile(profilePolicy[0]);
        Row first = products.get(r.nextInt(products.size()));
        PatientFacts.Builder b = PatientFacts.builder("inv-" + seed, AS_OF).birthDate(LocalDate.of(1960, 1, 1))
                .prescription(GeneratedRegimens.regimen(r, "a", first))
                .taperRequest(new TaperRequest(profilePolicy[1], null, List.of()));
        boolean sameRegimen = false;
        if (r.nextInt(4) == 0) {
            // a second opioid, or a second item of the same medicine and form (planned as one regimen with the first)
            Row second = r.nextInt(3) == 0 ? products.stream().filter(p -> p.medicine().equals(first.medicine())
                    && p.form() == first.form()).toList().get(0) : products.get(r.nextInt(products.size()));
            sameRegimen = second.medicine().equals(first.medicine()) && second.form() == first.form();
            if (sameRegimen || !second.medicine().equals(first.medicine())) {
                b.prescription(GeneratedRegimens.regimen(r, "b", second));
            }
        }
        PatientFacts facts = b.build();
        Assessment a = Builtin.engine(profilePolicy[0]).evaluate(facts);
        Taper t = a.taper();
        if (a.hasFlag(FlagCode.SPECIALIST_INPUT_REQUIRED)) {
            // never a plain standard plan beside "do not apply a standard percentage taper"
            assertEquals(TaperStatus.SPECIALIST_REQUIRED, t.status(), () -> t.status() + " beside "
                    + a.flag(FlagCode.SPECIALIST_INPUT_REQUIRED).orElseThrow().reasons() + " for " + facts);
            assertTrue(t.steps().isEmpty(), "no steps: " + facts);
            return;
        }
        if (sameRegimen && t.reasonCode() == org.taperwise.model.TaperReason.REGIMEN_NOT_PLANNABLE) {
            // two items of one regimen taken at different times a day cannot be lined up: the host is asked for
            // doses by time of day, never given two plans for one drug
            assertTrue(t.message().contains("record their doses by time of day") || t.message().contains("different"),
                    t.message());
            return;
        }
        assertEquals(TaperStatus.PROPOSED, t.status(), () -> t.reasonCode() + ": " + t.message() + " for " + facts);
        List<TaperStep> steps = t.steps();
        String context = facts.prescriptions() + " under " + profilePolicy[1] + ": " + describe(steps);
        PacingInvariants.assertStated(t.policy(), context);
        PacingInvariants.assertReviewsWithinLimit(steps, t.policy().reviewMaxDays(), context);
        PacingInvariants.assertNoCutBeyondLimit(steps, t.policy(), context);

        assertTrue(steps.size() >= 2, context);
        TaperStep last = steps.get(steps.size() - 1);
        assertEquals(0.0, last.totalDailyMme(), context);
        assertTrue(last.doses().isEmpty(), "the plan ends with nothing to take: " + context);
        assertEquals(a.mme().totalDailyMg(), steps.get(0).totalDailyMme(), 0.11, "step 0 is the current regimen: " + context);
        for (int i = 1; i < steps.size(); i++) {
            TaperStep prev = steps.get(i - 1);
            TaperStep s = steps.get(i);
            assertEquals(prev.end().plusDays(1), s.start(), "contiguous: " + context);
            assertTrue(!s.end().isBefore(s.start()), context);
            assertTrue(s.totalDailyMme() <= prev.totalDailyMme() + 1e-9, "the total never rises: " + context);
            assertTrue(s.reviewBefore(), "a review before every reduction: " + context);
            for (TaperDose d : s.doses()) {
                for (Administration ad : d.administrations()) {
                    assertMakeable(products, d, ad, context);
                }
                assertPractical(d, context);
            }
            assertOneEntryPerRegimen(s, context);
            assertDosingIntervalKept(profilePolicy[0], steps, s, t.notes(), context);
            assertWithinPolicy(smallestUsed(steps, smallestStrengths(profilePolicy[0], facts)), steps.get(0), prev, s,
                    t.policy(), context);
            assertNoAdministrationGrows(prev, s, t.notes().stream().anyMatch(n -> n.contains("taperSwitchOnceDailyMr")),
                    context);
        }
    }

    /**
     * The smallest strength of each medicine the plan uses (a combination product keeps the patient's strength; a
     * regimen's dosing interval picks its products), else the smallest the products table lists.
     */
    private static Map<String, Double> smallestUsed(List<TaperStep> steps, Map<String, Double> listed) {
        Map<String, Double> out = new HashMap<>(listed);
        Map<String, Double> used = new HashMap<>();
        for (TaperStep st : steps) {
            for (TaperDose d : st.doses()) {
                if (d.form() == Form.ORAL_SOLUTION) {
                    continue;
                }
                for (Administration ad : d.administrations()) {
                    Matcher m = UNITS.matcher(ad.make());
                    while (m.find()) {
                        used.merge(d.medicine(), Double.parseDouble(m.group(2)), Math::min);
                    }
                }
            }
        }
        out.putAll(used);
        return out;
    }

    /** At most two strengths of a tablet or capsule product in a step's doses; at most two patches worn at once. */
    private static void assertPractical(TaperDose d, String context) {
        TreeSet<Double> strengths = new TreeSet<>();
        double units = 0;
        for (Administration ad : d.administrations()) {
            Matcher m = UNITS.matcher(ad.make());
            while (m.find()) {
                strengths.add(Double.parseDouble(m.group(2)));
                units += Double.parseDouble(m.group(1));
            }
        }
        if (d.form() == Form.PATCH) {
            assertTrue(units <= 2, "at most two patches at once, not " + units + ": " + context);
        } else if (d.form() != Form.ORAL_SOLUTION) {
            assertTrue(strengths.size() <= 2, d.medicine() + " uses " + strengths + " in one step: " + context);
        }
    }

    /**
     * A modified-release regimen keeps the doses a day it started with, except a last dose of one unit once a day
     * before it stops (CDC 2022: extend the interval at the smallest available dose).
     */
    private static void assertDosingIntervalKept(String profile, List<TaperStep> steps, TaperStep s,
            List<String> notes, String context) {
        org.taperwise.tables.ProductsTable table = org.taperwise.loader.LoadedRulesets.of(Builtin.RULESET)
                .profile(profile).products();
        for (TaperDose d : s.doses()) {
            if ((d.form() != Form.MR_TABLET && d.form() != Form.MR_CAPSULE) || d.regimen().startsWith("only when")
                    || table.find(d.medicine(), d.form()).stream().anyMatch(p -> p.dosesPerDay() == null)) {
                continue; // no labelled interval (Kadian in the US table): the planner may drop a dose
            }
            TaperDose start = steps.get(0).doses().stream().filter(x -> PacingInvariants.regimen(x)
                    .equals(PacingInvariants.regimen(d))).findFirst().orElseThrow();
            int now = d.administrations().size();
            boolean lastUnit = now == 1 && d.administrations().get(0).make().startsWith("1 x ")
                    && !d.administrations().get(0).make().contains("+");
            int at = steps.indexOf(s);
            boolean stopsNext = at + 1 < steps.size() && steps.get(at + 1).doses().stream()
                    .noneMatch(x -> PacingInvariants.regimen(x).equals(PacingInvariants.regimen(d)));
            // a once-daily product switched to the 12-hourly one (taperSwitchOnceDailyMr) is taken twice a day after
            boolean switched = start.administrations().size() == 1 && now == 2 && notes.stream().anyMatch(n -> n
                    .contains("taperSwitchOnceDailyMr"));
            assertTrue(now == start.administrations().size() || (lastUnit && stopsNext) || moreOftenThanMade(notes)
                    || switched,
                    d.medicine() + " " + d.form().code() + " goes from " + start.administrations().size() + " to "
                            + now + " doses a day at step " + s.step() + ": " + context);
        }
    }

    /** Whether the regimen is taken more often than its products are made for (the plan says so and may drop doses). */
    private static boolean moreOftenThanMade(List<String> notes) {
        return notes.stream().anyMatch(n -> n.contains("The plan keeps the prescribed frequency"));
    }

    /** Each regimen (medicine, form, regular or as-needed) is one entry of a step. */
    private static void assertOneEntryPerRegimen(TaperStep s, String context) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TaperDose d : s.doses()) {
            assertTrue(seen.add(PacingInvariants.regimen(d)), "one entry per regimen: " + context);
        }
    }

    private static void assertMakeable(List<Row> products, TaperDose d, Administration ad, String context) {
        if (d.form() == Form.ORAL_SOLUTION) {
            return;
        }
        TreeSet<Double> listed = new TreeSet<>();
        products.stream().filter(p -> p.medicine().equals(d.medicine()) && p.form() == d.form())
                .forEach(p -> listed.add(p.strength()));
        Matcher m = UNITS.matcher(ad.make());
        boolean any = false;
        while (m.find()) {
            any = true;
            double strength = Double.parseDouble(m.group(2));
            if (!listed.contains(strength)) {
                fail(d.medicine() + " " + d.form().code() + " dose uses " + strength + ", not a listed strength "
                        + listed + ": " + context);
            }
        }
        assertTrue(any, "make-up not stated: " + ad.make());
    }

    /**
     * The drug being reduced may drop by the policy's percent of the regimen's starting MME (percentages apply to the
     * total, opioids are reduced one at a time) plus one smallest unit; a larger drop (the products allow no smaller
     * step) must come after a hold stretched to keep the average rate.
     */
    private static void assertWithinPolicy(Map<String, Double> smallest, TaperStep first, TaperStep prev, TaperStep s,
            TaperPolicyInfo policy, String context) {
        Map<String, Double> before = mme(prev);
        Map<String, Double> after = mme(s);
        Map<String, Double> unit = new HashMap<>();
        for (TaperDose d : first.doses()) {
            unit.put(d.medicine(), smallestUnitMme(smallest.getOrDefault(d.medicine(), 0.0), d));
        }
        long held = ChronoUnit.DAYS.between(prev.start(), prev.end()) + 1;
        for (Map.Entry<String, Double> e : before.entrySet()) {
            double drop = e.getValue() - after.getOrDefault(e.getKey(), 0.0);
            double allowed = policy.reductionPercent() / 100.0 * first.totalDailyMme() + unit.getOrDefault(e.getKey(), 0.0);
            double perInterval = drop * policy.intervalDays() / held;
            assertTrue(drop <= allowed + 0.051 || perInterval <= allowed + 0.051, e.getKey() + " drops " + drop
                    + " mg MME in one step after " + held + " days; allowed " + allowed + ": " + context);
        }
    }

    /**
     * An administration (morning, evening...) never gets larger; when one is dropped it is the first of the day. A
     * once-daily product switched to a 12-hourly one ({@code switched}) splits its one dose in two, neither larger.
     */
    private static void assertNoAdministrationGrows(TaperStep prev, TaperStep s, boolean switched, String context) {
        for (TaperDose d : s.doses()) {
            if (d.form() == Form.PATCH) {
                continue;
            }
            TaperDose before = prev.doses().stream().filter(x -> PacingInvariants.regimen(x)
                    .equals(PacingInvariants.regimen(d))).findFirst().orElseThrow();
            List<Administration> a = before.administrations();
            List<Administration> b = d.administrations();
            if (switched && a.size() == 1 && b.size() == 2) {
                double once = a.get(0).dose().value();
                assertTrue(b.stream().allMatch(x -> x.dose().value() <= once + 1e-9), "a switch splits the dose: "
                        + context);
                continue;
            }
            assertTrue(b.size() <= a.size(), "administrations never increase: " + context);
            for (int i = 0; i < b.size(); i++) {
                double was = a.get(a.size() - b.size() + i).dose().value();
                assertTrue(b.get(i).dose().value() <= was + 1e-9, d.medicine() + " " + b.get(i).when()
                        + " grows from " + was + ": " + context);
            }
        }
    }

    private static Map<String, Double> mme(TaperStep s) {
        Map<String, Double> out = new HashMap<>();
        for (TaperDose d : s.doses()) {
            out.merge(d.medicine(), d.dailyMme() == null ? 0 : d.dailyMme(), Double::sum);
        }
        return out;
    }

    /**
     * The smallest listed strength of each prescription's medicine and form, of the product family its regimen is
     * planned with (a once-daily morphine MR capsule: MXL's 30 mg, not Zomorph's 10 mg).
     */
    private static Map<String, Double> smallestStrengths(String profile, PatientFacts facts) {
        org.taperwise.tables.ProductsTable table = org.taperwise.loader.LoadedRulesets.of(Builtin.RULESET)
                .profile(profile).products();
        Map<String, Double> out = new HashMap<>();
        for (org.taperwise.model.Prescription rx : facts.prescriptions()) {
            Integer times = rx.timesPerDay() == null ? null : rx.timesPerDay().intValue();
            table.forRegimen(rx.medicine(), rx.form(), rx.medicine(), times,
                    rx.strength() == null ? null : rx.strength().value()).stream()
                    .mapToDouble(p -> p.strength().doubleValue()).min()
                    .ifPresent(m -> out.merge(rx.medicine(), m, Math::min));
        }
        return out;
    }

    /** MME of the smallest listed unit of the medicine and form (one tablet, one patch, 1 ml). */
    private static double smallestUnitMme(double smallest, TaperDose d) {
        double perMg = d.dailyMme() == null || d.dailyDose().value() == 0 ? 0 : d.dailyMme() / d.dailyDose().value();
        // patches: the 12 microgram/hour fentanyl patch converts at 2.5, a little above the per-unit average
        return smallest * perMg * (d.form() == Form.PATCH ? 1.05 : 1.0);
    }

    private static String describe(List<TaperStep> steps) {
        StringBuilder sb = new StringBuilder();
        for (TaperStep s : steps) {
            sb.append("\n  ").append(s.step()).append(' ').append(s.start()).append('-').append(s.end()).append(' ')
                    .append(s.totalDailyMme()).append(' ')
                    .append(s.doses().stream().map(TaperDose::regimen).toList());
        }
        return sb.toString();
    }
}

package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.handout.PatientHandout;
import org.taperwise.model.Assessment;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.TaperDose;
import org.taperwise.model.TaperRequest;
import org.taperwise.model.TaperStatus;
import org.taperwise.model.TaperStep;

/**
 * The patient handout of every plan the planner makes for 600 generated regimens (the seeds and shapes of
 * {@link TaperInvariantsTest}, {@link GeneratedRegimens}): every dose is read into the patient's words, never
 * the planner's fallback sentence ("1 x 30 mg", "microgram/hour", "only when needed:" would show it was not); every
 * step and its first day is there; every medicine of every step is named; and with no plan there is no schedule.
 * A change in the planner's wording that the handout's adapter (DoseWords) cannot read fails here.
 */
class HandoutOverGeneratedRegimensTest {
    static Stream<Long> seeds() {
        return LongStream.range(0, 600).boxed();
    }

    private static String date(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " " + d.getDayOfMonth() + " "
                + d.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + d.getYear();
    }

    @ParameterizedTest(name = "regimen {0}")
    @MethodSource("seeds")
    void everyPlan_readsIntoThePatientsWords(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] profilePolicy = GeneratedRegimens.POLICIES[r.nextInt(GeneratedRegimens.POLICIES.length)];
        GeneratedRegimens.Row first = GeneratedRegimens.PRODUCTS.get(r.nextInt(GeneratedRegimens.PRODUCTS.size()));
        PatientFacts.Builder b = PatientFacts.builder("h-" + seed, GeneratedRegimens.AS_OF)
                .birthDate(LocalDate.of(1960, 1, 1)).prescription(GeneratedRegimens.regimen(r, "a", first))
                .taperRequest(new TaperRequest(profilePolicy[1], null, List.of()));
        if (r.nextInt(4) == 0) {
            GeneratedRegimens.Row second = GeneratedRegimens.PRODUCTS.get(
                    r.nextInt(GeneratedRegimens.PRODUCTS.size()));
            if (!second.medicine().equals(first.medicine())) {
                b.prescription(GeneratedRegimens.regimen(r, "b", second));
            }
        }
        PatientFacts facts = b.build();
        Assessment a = Builtin.engine(profilePolicy[0]).evaluate(facts);
        String text = PatientHandout.text(a).replaceAll("\\s+", " ");
        String context = facts.prescriptions() + ": " + text;
        if (a.taper().status() != TaperStatus.PROPOSED) {
            assertFalse(text.contains("Step 1"), context);
            assertTrue(text.contains("does not have a plan"), context);
            return;
        }
        for (String planner : List.of(" x ", "microgram/hour", "only when needed:", "(dose ")) {
            assertFalse(text.contains(planner), "the planner's wording '" + planner + "' in " + context);
        }
        List<TaperStep> steps = a.taper().steps();
        for (TaperStep s : steps) {
            String heading = (s.step() == 0 ? "Now" : "Step " + s.step()) + ": " + (s.doses().isEmpty()
                    ? "from " : "") + date(s.start());
            assertTrue(text.contains(heading), heading + " in " + context);
            for (TaperDose d : s.doses()) {
                String name = d.medicine().substring(0, 1).toUpperCase(Locale.ROOT) + d.medicine().substring(1);
                assertTrue(text.contains(name), name + " in " + context);
            }
        }
        assertEquals(steps.size() - 1, text.split("Step \\d+: ").length - 1, context);
        assertEquals(a.hasFlag(org.taperwise.model.FlagCode.NALOXONE_RECOMMENDED), text.contains("naloxone"), context);
    }
}

package org.taperwise.examples.embedding;

import java.time.LocalDate;
import org.taperwise.TaperwiseEngine;
import org.taperwise.model.Assessment;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.FlagCode;
import org.taperwise.model.Form;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;

/** The README's embedding example, compiled and tested ({@code EmbeddingExampleTest}). */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /** Builds the engine once, then evaluates one patient on oxycodone MR 80 mg twice a day. */
    public static Assessment run() {
        // README example: start
        TaperwiseEngine engine = TaperwiseEngine.builder().build();           // built-in ruleset, UK profile; share it
        PatientFacts patient = PatientFacts.builder("p-0001", LocalDate.of(2026, 11, 1))
                .birthDate(LocalDate.of(1974, 5, 2))
                .prescription(Prescription.builder().id("rx-1").medicine("oxycodone").form(Form.MR_TABLET)
                        .strength(80, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(2)
                        .issued(LocalDate.of(2026, 10, 20)).daysSupply(28).build())
                .build();
        Assessment a = engine.evaluate(patient);                              // thread-safe, microseconds
        boolean highDose = a.hasFlag(FlagCode.HIGH_DOSE);                     // 240 mg a day: true
        // README example: end
        return highDose ? a : null;
    }

    public static void main(String[] args) {
        Assessment a = run();
        System.out.println(a.mme().totalDailyMg() + " mg a day; flags " + a.flags().stream().map(f -> f.code()).toList()
                + "; ruleset " + a.ruleset().id() + " " + a.ruleset().version());
    }
}

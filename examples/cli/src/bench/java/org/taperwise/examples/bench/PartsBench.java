package org.taperwise.examples.bench;

import org.taperwise.engine.RuleRunner;
import org.taperwise.evaluation.Evaluator;
import org.taperwise.evaluation.MedicineResolver;
import org.taperwise.evaluation.Normaliser;
import org.taperwise.evaluation.Validator;
import org.taperwise.loader.LoadedRuleset;
import org.taperwise.tables.Profile;
import org.taperwise.loader.LoadedRulesets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.taperwise.Ruleset;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Taper;

/**
 * Where one assessment's time goes, on a cohort of {@link Cohorts} (default synthetic): the Java-only part (validation, normalisation and
 * MME), the Drools part (one session over the prepared facts, with the per-call audit), and the taper arithmetic.
 * It calls the internal packages' entry points directly (they are public, not exported: this benchmark runs on the
 * class path), never by reflection; they are not part of the API and may change with it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class PartsBench {
    LoadedRuleset ruleset;
    Profile profile;
    MedicineResolver medicines;
    List<PatientFacts> patients;
    List<Normaliser.Prepared> prepared;
    List<RuleRunner.Outcome> outcomes;
    int next;

    /** A cohort of {@link Cohorts#of}. */
    @Param({"synthetic"})
    public String cohort;
    /** A profile id; empty for the ruleset's default. */
    @Param({""})
    public String profileId;

    @Setup(Level.Trial)
    public void setUp() {
        Ruleset r = Ruleset.builtin();
        ruleset = LoadedRulesets.of(r);
        profile = ruleset.profile(profileId.isEmpty() ? r.defaultProfile() : profileId);
        medicines = MedicineResolver.of(ruleset);
        patients = Cohorts.of(cohort);
        prepared = new ArrayList<>();
        outcomes = new ArrayList<>();
        for (PatientFacts p : patients) {
            Normaliser.Prepared x = Normaliser.prepare(p, profile, medicines, ruleset.codes(), ruleset.products());
            prepared.add(x);
            outcomes.add(ruleset.compiledRules().run(x.facts()));
        }
    }

    private int step() {
        int i = next;
        next = next + 1 == patients.size() ? 0 : next + 1;
        return i;
    }

    /** Validation, normalisation and MME: everything before the rules. */
    @Benchmark
    public Normaliser.Prepared javaOnly() {
        PatientFacts p = patients.get(step());
        Validator.validate(p);
        return Normaliser.prepare(p, profile, medicines, ruleset.codes(), ruleset.products());
    }

    /** The rules alone: one session over already prepared facts, with the audit listener. */
    @Benchmark
    public RuleRunner.Outcome rulesOnly() {
        return ruleset.compiledRules().run(prepared.get(step()).facts());
    }

    /** The taper plan alone, from prepared facts and the rules' outcome. */
    @Benchmark
    public Taper taperOnly() {
        int i = step();
        return Evaluator.taper(ruleset, profile, patients.get(i), prepared.get(i), outcomes.get(i));
    }

    /** The whole evaluation of valid facts, for comparison with the parts. */
    @Benchmark
    public Object whole() {
        return Evaluator.evaluate(ruleset, profile, patients.get(step()));
    }
}

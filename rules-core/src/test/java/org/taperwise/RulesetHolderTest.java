package org.taperwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.model.Assessment;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.FiredRule;
import org.taperwise.model.FlagCode;
import org.taperwise.model.Form;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.RulesetInfo;
import org.taperwise.model.StrengthUnit;

/**
 * Swapping rulesets in a running host: evaluations never see a mixed ruleset, a ruleset that fails to load never
 * replaces the live one, and the swap is observable.
 */
class RulesetHolderTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    /** Morphine 45 mg twice a day: 90 mg, not above the minimal ruleset's 120 but above the tuned copy's 60. */
    private static final PatientFacts PATIENT = PatientFacts.builder("p-holder", AS_OF)
            .birthDate(LocalDate.of(1970, 1, 1))
            .prescription(Prescription.builder().id("rx-1").medicine("morphine").form(Form.TABLET)
                    .strength(45, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(2)
                    .issued(AS_OF.minusDays(5)).daysSupply(28).build())
            .build();

    @TempDir
    static Path tmp;

    /** The minimal test ruleset. */
    private static Ruleset original;
    /** A copy with highDoseMgPerDay 60 instead of 120, and T-01 raised to version 1.1.0. */
    private static Ruleset tuned;
    private static Path tunedFolder;

    @BeforeAll
    static void load() throws IOException {
        original = TestRulesets.minimal();
        tunedFolder = tunedCopy(tmp.resolve("tuned"));
        tuned = Ruleset.fromDirectory(tunedFolder);
        assertNotEquals(original.info().sha256(), tuned.info().sha256());
    }

    static Path tunedCopy(Path where) throws IOException {
        Path dir = TestRulesets.copyOfMinimal(where);
        replace(dir.resolve("profiles/test.json"), "\"highDoseMgPerDay\": { \"value\": 120,",
                "\"highDoseMgPerDay\": { \"value\": 60,");
        replace(dir.resolve("rules/dose.drl"), "@id(\"T-01\") @version(\"1.0.0\")", "@id(\"T-01\") @version(\"1.1.0\")");
        Ruleset.updateManifest(dir);
        return dir;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " lacks " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void aTunedThreshold_changesTheDecision() {
        assertFalse(TaperwiseEngine.builder().ruleset(original).build().evaluate(PATIENT).hasFlag(FlagCode.HIGH_DOSE));
        assertTrue(TaperwiseEngine.builder().ruleset(tuned).build().evaluate(PATIENT).hasFlag(FlagCode.HIGH_DOSE));
    }

    @Test
    void swap_makesTheNewRulesetLive_andTellsListenersAfterwards() {
        RulesetHolder holder = RulesetHolder.of(original);
        List<String> heard = new ArrayList<>();
        holder.addListener((previous, current) -> heard.add(previous.sha256() + ">" + current.sha256() + " live "
                + holder.live().sha256()));
        assertEquals(original.info(), holder.live());
        assertFalse(holder.evaluate(PATIENT).hasFlag(FlagCode.HIGH_DOSE));

        RulesetInfo replaced = holder.swap(tunedFolder);

        assertEquals(original.info(), replaced);
        assertEquals(tuned.info(), holder.live());
        Assessment a = holder.evaluate(PATIENT);
        assertTrue(a.hasFlag(FlagCode.HIGH_DOSE));
        assertEquals(tuned.info(), a.ruleset());
        assertEquals(List.of(original.info().sha256() + ">" + tuned.info().sha256() + " live "
                + tuned.info().sha256()), heard);
    }

    @Test
    void anEngineSnapshot_staysOnItsRulesetAfterASwap() {
        RulesetHolder holder = RulesetHolder.of(original);
        TaperwiseEngine before = holder.engine();
        holder.swap(tuned);
        assertSame(original, before.ruleset());
        assertFalse(before.evaluate(PATIENT).hasFlag(FlagCode.HIGH_DOSE));
        assertSame(tuned, holder.ruleset());
    }

    @Test
    void aRulesetThatFailsToLoad_neverReplacesTheLiveOne() throws IOException {
        RulesetHolder holder = RulesetHolder.of(original);
        AtomicInteger heard = new AtomicInteger();
        holder.addListener((p, c) -> heard.incrementAndGet());
        Path broken = TestRulesets.copyOfMinimal(tmp.resolve("broken"));
        replace(broken.resolve("rules/dose.drl"), "MmeTotal( $t : totalDailyMg )", "MmeTotal( $t : totalDailyMg ");
        Ruleset.updateManifest(broken);

        RulesetException e = assertThrows(RulesetException.class, () -> holder.swap(broken));

        assertTrue(e.problems().stream().allMatch(p -> p.file().equals("rules/dose.drl")), e::getMessage);
        assertEquals(original.info(), holder.live());
        assertFalse(holder.evaluate(PATIENT).hasFlag(FlagCode.HIGH_DOSE));
        assertEquals(0, heard.get());
    }

    @Test
    void aFolderWithoutTheReviewedHash_neverGoesLive() {
        RulesetHolder holder = RulesetHolder.of(original);
        RulesetException e = assertThrows(RulesetException.class, () -> holder.swap(tunedFolder,
                original.info().sha256()));
        assertTrue(e.getMessage().contains("requires " + original.info().sha256()), e.getMessage());
        assertEquals(original.info(), holder.live());
        holder.swap(tunedFolder, tuned.info().sha256());
        assertEquals(tuned.info(), holder.live());
    }

    @Test
    void aRulesetWithoutTheHostsProfile_neverGoesLive() throws IOException {
        RulesetHolder holder = RulesetHolder.of(original, "test");
        Path renamed = TestRulesets.copyOfMinimal(tmp.resolve("renamed"));
        Files.move(renamed.resolve("profiles/test.json"), renamed.resolve("profiles/other.json"));
        replace(renamed.resolve("profiles/other.json"), "\"id\": \"test\"", "\"id\": \"other\"");
        replace(renamed.resolve("ruleset.json"), "\"defaultProfile\": \"test\"", "\"defaultProfile\": \"other\"");
        Ruleset.updateManifest(renamed);
        Ruleset other = Ruleset.fromDirectory(renamed);

        RulesetException e = assertThrows(RulesetException.class, () -> holder.swap(other));

        assertTrue(e.getMessage().contains("has no profile test"), e.getMessage());
        assertEquals(original.info(), holder.live());
    }

    @Test
    void aFailingListener_doesNotUndoTheSwap_andTheOthersStillHear() {
        RulesetHolder holder = RulesetHolder.of(original);
        AtomicInteger heard = new AtomicInteger();
        holder.addListener((p, c) -> {
            throw new IllegalStateException("listener broke");
        });
        holder.addListener((p, c) -> heard.incrementAndGet());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> holder.swap(tuned));
        assertEquals("listener broke", e.getMessage());
        assertEquals(tuned.info(), holder.live());
        assertEquals(1, heard.get());
    }

    /**
     * Many threads evaluate while another swaps back and forth between two rulesets that differ in one threshold and
     * one rule version. Every assessment's flags and fired-rule versions must be those of the ruleset whose hash it
     * reports, and no evaluation may fail.
     */
    @Test
    void concurrentEvaluationsDuringRepeatedSwaps_neverSeeAMixedRuleset() throws Exception {
        RulesetHolder holder = RulesetHolder.of(original);
        int evaluators = 6;
        int swaps = 400;
        ExecutorService pool = Executors.newFixedThreadPool(evaluators + 1);
        AtomicBoolean swapping = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(evaluators);
        Map<String, AtomicInteger> byHash = new ConcurrentHashMap<>();
        List<String> mixed = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < evaluators; t++) {
                workers.add(pool.submit(() -> {
                    started.countDown();
                    int n = 0;
                    while (swapping.get() || n < 50) {
                        Assessment a = holder.evaluate(PATIENT);
                        n++;
                        String hash = a.ruleset().sha256();
                        byHash.computeIfAbsent(hash, h -> new AtomicInteger()).incrementAndGet();
                        boolean tunedOne = hash.equals(tuned.info().sha256());
                        if (!tunedOne && !hash.equals(original.info().sha256())) {
                            mixed.add("unknown ruleset " + a.ruleset());
                        }
                        if (a.hasFlag(FlagCode.HIGH_DOSE) != tunedOne) {
                            mixed.add("HIGH_DOSE " + a.hasFlag(FlagCode.HIGH_DOSE) + " under " + hash);
                        }
                        String t01 = a.firedRules().stream().filter(r -> r.id().equals("T-01"))
                                .map(FiredRule::version).findFirst().orElse(null);
                        if (tunedOne ? !"1.1.0".equals(t01) : t01 != null) {
                            mixed.add("T-01 version " + t01 + " under " + hash);
                        }
                    }
                    return n;
                }));
            }
            Future<?> swapper = pool.submit(() -> {
                started.await();
                for (int i = 0; i < swaps; i++) {
                    holder.swap(i % 2 == 0 ? tuned : original);
                    Thread.sleep(0, 200_000);
                }
                swapping.set(false);
                return null;
            });
            swapper.get(120, TimeUnit.SECONDS);
            int evaluations = 0;
            for (Future<Integer> w : workers) {
                evaluations += w.get(120, TimeUnit.SECONDS); // an evaluation that failed would throw here
            }
            assertEquals(List.of(), mixed);
            assertEquals(evaluations, byHash.values().stream().mapToInt(AtomicInteger::get).sum());
            assertTrue(byHash.get(original.info().sha256()).get() > 0 && byHash.get(tuned.info().sha256()).get() > 0,
                    "both rulesets were live during the run: " + byHash);
        } finally {
            pool.shutdownNow();
        }
    }
}

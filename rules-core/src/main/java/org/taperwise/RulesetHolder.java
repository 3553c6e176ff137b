package org.taperwise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taperwise.model.Assessment;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.RulesetInfo;

/**
 * The live ruleset of a running host, which can be swapped for another while evaluations run. Thread-safe.
 *
 * <pre>{@code
 * RulesetHolder rules = RulesetHolder.of(Ruleset.builtin());
 * Assessment a = rules.evaluate(facts);                         // on the ruleset live when it starts
 * rules.swap(Path.of("/srv/taperwise/ruleset-1.1.0"), reviewedSha256);   // load and check, then replace
 * RulesetInfo now = rules.live();                               // id, version and hash now live
 * }</pre>
 *
 * <p>The guarantees:
 * <ul>
 * <li><b>No mixed result.</b> Each evaluation takes one snapshot of the live engine and runs entirely on it: its
 * rules, tables and profile all come from one ruleset, the one its {@link Assessment#ruleset()} names. An
 * evaluation that started before a swap finishes on the ruleset it started with.</li>
 * <li><b>A bad ruleset never goes live.</b> {@link #swap(Path)} loads and checks the new ruleset completely before
 * replacing anything; when it fails it throws {@link RulesetException} (every problem listed) and the old ruleset
 * stays live.</li>
 * <li><b>Observable.</b> {@link #live()} says which ruleset is live; {@linkplain #addListener listeners} hear of each
 * swap, after it has taken effect, in the order swaps happened.</li>
 * </ul>
 * Swapping never blocks evaluations; swaps themselves are serialised.
 */
public final class RulesetHolder {
    private static final Logger LOG = LoggerFactory.getLogger(RulesetHolder.class);

    /** Hears of every swap, after it has taken effect. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param previous the ruleset that was live
         * @param current  the ruleset now live
         */
        void swapped(RulesetInfo previous, RulesetInfo current);
    }

    private final String profile;
    private final AtomicReference<TaperwiseEngine> live;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Object swapLock = new Object();

    private RulesetHolder(String profile, TaperwiseEngine engine) {
        this.profile = profile;
        this.live = new AtomicReference<>(engine);
    }

    /**
     * A holder that evaluates with each ruleset's own default profile.
     *
     * @param initial the ruleset live until the first swap
     */
    public static RulesetHolder of(Ruleset initial) {
        Objects.requireNonNull(initial, "initial");
        return new RulesetHolder(null, TaperwiseEngine.builder().ruleset(initial).build());
    }

    /**
     * A holder that always evaluates with one profile; every ruleset swapped in must have it.
     *
     * @throws IllegalArgumentException when {@code initial} has no such profile
     */
    public static RulesetHolder of(Ruleset initial, String profile) {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(profile, "profile");
        return new RulesetHolder(profile, TaperwiseEngine.builder().ruleset(initial).profile(profile).build());
    }

    /**
     * Evaluates on the ruleset live when the call starts, with the holder's profile.
     *
     * @throws InvalidInputException when the facts break the contract
     * @throws EvaluationException   when a rule fails
     */
    public Assessment evaluate(PatientFacts facts) {
        return live.get().evaluate(facts);
    }

    /**
     * Evaluates on the ruleset live when the call starts, with one of its profiles.
     *
     * @throws IllegalArgumentException when the live ruleset has no such profile
     */
    public Assessment evaluate(PatientFacts facts, String profileId) {
        return live.get().evaluate(facts, profileId);
    }

    /**
     * The engine on the live ruleset: a snapshot, unaffected by later swaps. Use it to evaluate several patients on
     * one ruleset.
     */
    public TaperwiseEngine engine() {
        return live.get();
    }

    /** The live ruleset. */
    public Ruleset ruleset() {
        return live.get().ruleset();
    }

    /** Id, version and hash of the live ruleset. */
    public RulesetInfo live() {
        return live.get().rulesetInfo();
    }

    /**
     * Loads a ruleset folder and, when it is valid, makes it live.
     *
     * @return the ruleset it replaced
     * @throws RulesetException when the folder is invalid, or lacks the holder's profile; the old ruleset stays live
     */
    public RulesetInfo swap(Path directory) {
        return swap(Ruleset.fromDirectory(Objects.requireNonNull(directory, "directory")));
    }

    /**
     * Loads a ruleset folder and, when it is valid and has exactly the reviewed hash, makes it live.
     *
     * @param requiredSha256 the {@link RulesetInfo#sha256()} the folder must have
     * @return the ruleset it replaced
     * @throws RulesetException         when the folder is invalid or has another hash; the old ruleset stays live
     * @throws IllegalArgumentException when {@code requiredSha256} is not 64 hexadecimal digits
     */
    public RulesetInfo swap(Path directory, String requiredSha256) {
        Objects.requireNonNull(directory, "directory");
        return swap(Ruleset.loader().requireSha256(requiredSha256).fromDirectory(directory));
    }

    /**
     * Makes a loaded ruleset live. Evaluations already running finish on the ruleset they started with.
     *
     * <p>Listeners are called after the swap, in order; when one throws, the others are still called and the
     * first exception is rethrown (later ones suppressed). The swap has taken effect either way.
     *
     * @return the ruleset it replaced
     * @throws RulesetException when the ruleset lacks the holder's profile; the old ruleset stays live
     */
    public RulesetInfo swap(Ruleset next) {
        Objects.requireNonNull(next, "next");
        TaperwiseEngine engine = engineFor(next);
        RulesetInfo previous;
        synchronized (swapLock) {
            previous = live.getAndSet(engine).rulesetInfo();
            LOG.info("Ruleset swapped: {} {} ({}) is live, replacing {} {} ({})", next.info().id(),
                    next.info().version(), next.info().sha256(), previous.id(), previous.version(), previous.sha256());
            notifyListeners(previous, next.info());
        }
        return previous;
    }

    private TaperwiseEngine engineFor(Ruleset next) {
        TaperwiseEngine.Builder b = TaperwiseEngine.builder().ruleset(next);
        if (profile != null) {
            if (!next.profiles().contains(profile)) {
                throw new RulesetException(next.origin(), List.of(RulesetProblem.ofFile("profiles", "has no profile "
                        + profile + ", which this host evaluates with; it has: " + String.join(", ", next.profiles()))));
            }
            b.profile(profile);
        }
        return b.build();
    }

    private void notifyListeners(RulesetInfo previous, RulesetInfo current) {
        List<RuntimeException> failures = new ArrayList<>();
        for (Listener l : listeners) {
            try {
                l.swapped(previous, current);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    /** Calls {@code listener} after every later swap. */
    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops calling {@code listener}; does nothing when it was not added. */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    @Override
    public String toString() {
        RulesetInfo i = live();
        return "RulesetHolder live: " + i.id() + " " + i.version() + " (" + i.sha256() + ")";
    }
}

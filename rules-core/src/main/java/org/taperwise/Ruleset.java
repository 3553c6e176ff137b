package org.taperwise;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.taperwise.internal.LoadedRuleset;
import org.taperwise.internal.RulesetLoader;
import org.taperwise.internal.RulesetSource;
import org.taperwise.model.RulesetInfo;

/**
 * A loaded, checked and compiled ruleset: rules, tables and profiles. Immutable and thread-safe; load it once
 * and share it. Loading compiles every rule file and checks every table, profile and manifest hash, and fails
 * with every problem listed by file and line ({@link RulesetException}).
 *
 * <pre>{@code
 * Ruleset builtin = Ruleset.builtin();                          // packaged in rules-library
 * Ruleset edited  = Ruleset.fromDirectory(Path.of("my-ruleset")); // a folder a pharmacist edited
 * }</pre>
 *
 * <p>A ruleset folder is code: its rule files run as Java inside the host. Loading refuses imports beyond the
 * fact model, but treat a folder from elsewhere as you would a jar, and pin its hash with
 * {@link Loader#requireSha256(String)} when the host must run exactly one reviewed version.
 */
public final class Ruleset {
    /** Where rules-library packages the built-in ruleset on the class path. */
    public static final String BUILTIN_RESOURCE = "taperwise/rulesets/builtin";

    private final LoadedRuleset loaded;

    private Ruleset(LoadedRuleset loaded) {
        this.loaded = loaded;
    }

    /**
     * The ruleset packaged in rules-library, found on the class path of this class's loader.
     *
     * @throws RulesetException when rules-library is not on the class path, or the packaged ruleset is invalid
     */
    public static Ruleset builtin() {
        return loader().fromClasspath(BUILTIN_RESOURCE, Ruleset.class.getClassLoader());
    }

    /** Loads a ruleset folder ({@code ruleset.json}, {@code rules/}, {@code tables/}, {@code profiles/}). */
    public static Ruleset fromDirectory(Path directory) {
        return loader().fromDirectory(directory);
    }

    /** Options for loading, such as a required hash. */
    public static Loader loader() {
        return new Loader(null);
    }

    /** Loads rulesets with options. Immutable: each option returns a new loader. */
    public static final class Loader {
        private final String requiredSha256;

        private Loader(String requiredSha256) {
            this.requiredSha256 = requiredSha256;
        }

        /**
         * Refuse any ruleset whose SHA-256 (see {@link RulesetInfo#sha256()}) is not exactly this.
         *
         * @throws IllegalArgumentException when {@code sha256} is not 64 hexadecimal digits
         */
        public Loader requireSha256(String sha256) {
            Objects.requireNonNull(sha256, "sha256");
            if (!sha256.matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("a SHA-256 is 64 hexadecimal digits, got \"" + sha256 + "\"");
            }
            return new Loader(sha256.toLowerCase(java.util.Locale.ROOT));
        }

        public Ruleset fromDirectory(Path directory) {
            Objects.requireNonNull(directory, "directory");
            return new Ruleset(RulesetLoader.load(RulesetSource.folder(directory), Ruleset.class.getClassLoader(),
                    requiredSha256));
        }

        /**
         * @param resourcePrefix the folder's path on the class path, e.g. {@link #BUILTIN_RESOURCE}
         * @param classLoader    loads both the files and the fact classes the rules use
         */
        public Ruleset fromClasspath(String resourcePrefix, ClassLoader classLoader) {
            Objects.requireNonNull(resourcePrefix, "resourcePrefix");
            Objects.requireNonNull(classLoader, "classLoader");
            return new Ruleset(RulesetLoader.load(RulesetSource.classpath(resourcePrefix, classLoader), classLoader,
                    requiredSha256));
        }
    }

    /**
     * Recomputes the SHA-256 of every file in a ruleset folder and writes them into {@code ruleset.json}, keeping
     * its other fields. Run it after every deliberate edit: until then the folder is refused.
     *
     * @return how many files were hashed
     * @throws java.io.IOException when the folder has no readable {@code ruleset.json}
     */
    public static int updateManifest(Path directory) throws java.io.IOException {
        Path manifest = directory.resolve(org.taperwise.internal.Manifest.FILE);
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(directory)) {
            for (Path p : (Iterable<Path>) walk.filter(java.nio.file.Files::isRegularFile)::iterator) {
                String rel = directory.relativize(p).toString().replace('\\', '/');
                if (!rel.equals(org.taperwise.internal.Manifest.FILE)) {
                    files.put(rel, java.nio.file.Files.readAllBytes(p));
                }
            }
        }
        String text = org.taperwise.internal.Manifest.recompute(
                java.nio.file.Files.readString(manifest, java.nio.charset.StandardCharsets.UTF_8), files);
        java.nio.file.Files.writeString(manifest, text, java.nio.charset.StandardCharsets.UTF_8);
        return files.size();
    }

    /** Id, version and SHA-256, as every assessment reports them. */
    public RulesetInfo info() {
        return loaded.info();
    }

    /** The profile used when a caller names none. */
    public String defaultProfile() {
        return loaded.manifest().defaultProfile();
    }

    /** Ids of every profile, sorted. */
    public Set<String> profiles() {
        return new TreeSet<>(loaded.profiles().keySet());
    }

    /** Every rule, in file order. */
    public List<RuleInfo> rules() {
        return loaded.rules();
    }

    /** Where it was loaded from, for messages. */
    public String origin() {
        return loaded.origin();
    }

    LoadedRuleset loaded() {
        return loaded;
    }

    @Override
    public String toString() {
        return "Ruleset " + info().id() + " " + info().version() + " (" + info().sha256() + ")";
    }
}

package org.taperwise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.taperwise.loader.LoadedRuleset;
import org.taperwise.loader.LoadedRulesets;
import org.taperwise.files.Manifest;
import org.taperwise.loader.RulesetLoader;
import org.taperwise.files.RulesetSource;
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
 * fact model, {@code java.time} and {@code java.util}, {@code function}, {@code global} and {@code eval}, and rule
 * code that reaches processes, threads, reflection, files, the network or the engine; that is defence in depth, not
 * a sandbox. Treat a folder from elsewhere as you would a jar, and pin its hash with
 * {@link Loader#requireSha256(String)} when the host must run exactly one reviewed version. To swap rulesets while
 * running, see {@link RulesetHolder}; to review a change, {@link RulesetDiff} and {@link Catalogue}.
 */
public final class Ruleset {
    /** Where rules-library packages the built-in ruleset on the class path. */
    public static final String BUILTIN_RESOURCE = "taperwise/rulesets/builtin";

    static {
        LoadedRulesets.unwrapWith(r -> ((Ruleset) r).loaded);
    }

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
            return new Loader(sha256.toLowerCase(Locale.ROOT));
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
     * @throws IOException when the folder has no readable {@code ruleset.json}
     */
    public static int updateManifest(Path directory) throws IOException {
        Path manifest = directory.resolve(Manifest.FILE);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isSymbolicLink(p)) {
                    throw new IOException(directory.relativize(p).toString().replace('\\', '/') + " is a symbolic"
                            + " link: a ruleset's files must be plain files inside its folder; nothing was hashed");
                }
                if (!Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String rel = directory.relativize(p).toString().replace('\\', '/');
                if (!rel.equals(Manifest.FILE)) {
                    files.put(rel, Files.readAllBytes(p));
                }
            }
        }
        String text = Manifest.recompute(
                Files.readString(manifest, StandardCharsets.UTF_8), files);
        // whole or not at all: a full disk never leaves a truncated ruleset.json (issue 13)
        Path temp = Files.createTempFile(directory, "." + Manifest.FILE, ".part");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, manifest, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return files.size();
    }

    /**
     * Writes this ruleset as a folder a pharmacist can edit: every file its manifest lists and {@code ruleset.json},
     * byte for byte as loaded, so the folder loads again with the same {@link RulesetInfo#sha256() hash}. This is how
     * the built-in ruleset is taken out of its jar ({@code taperwise export-ruleset DIR}).
     *
     * @param directory created when missing (with its parents); it must be empty when it exists
     * @throws DirectoryNotEmptyException when {@code directory} exists and is not empty
     * @throws FileAlreadyExistsException when {@code directory} is a file
     * @throws IOException when a file cannot be written (what was written so far stays)
     */
    public void exportTo(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        if (Files.exists(directory)) {
            if (!Files.isDirectory(directory)) {
                throw new FileAlreadyExistsException(directory.toString(), null, "is a file, not a folder");
            }
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new DirectoryNotEmptyException(directory.toString());
                }
            }
        }
        Path root = Files.createDirectories(directory).toAbsolutePath().normalize();
        Map<String, byte[]> files = new TreeMap<>(loaded.files());
        files.put(Manifest.FILE, loaded.manifestBytes());
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path target = root.resolve(e.getKey()).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("path " + e.getKey() + " leaves the folder");
            }
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue(), StandardOpenOption.CREATE_NEW);
        }
    }

    /** Id, version and SHA-256, as every assessment reports them. */
    public RulesetInfo info() {
        return loaded.info();
    }

    /** The manifest's description of the ruleset; empty when it has none. */
    public String description() {
        return loaded.manifest().description();
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

    /** What was loaded; for this package. Taperwise's other packages use {@link LoadedRulesets#of(Object)}. */
    LoadedRuleset loaded() {
        return loaded;
    }

    @Override
    public String toString() {
        return "Ruleset " + info().id() + " " + info().version() + " (" + info().sha256() + ")";
    }
}

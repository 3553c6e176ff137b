package org.taperwise.loader;

import org.taperwise.engine.Background;
import org.taperwise.engine.DrlCompiler;
import org.taperwise.engine.Precompiled;
import org.taperwise.files.Manifest;
import org.taperwise.files.RulesetSource;
import org.taperwise.files.Sha256;
import org.taperwise.tables.CodeTables;
import org.taperwise.tables.ConversionTable;
import org.taperwise.tables.MedicinesTable;
import org.taperwise.tables.NameMatcher;
import org.taperwise.tables.NameWords;
import org.taperwise.tables.ProductCodesTable;
import org.taperwise.tables.ProductsTable;
import org.taperwise.tables.Profile;
import org.taperwise.tables.ProfileLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taperwise.RulesetException;
import org.taperwise.RulesetProblem;
import org.taperwise.model.RulesetInfo;

/**
 * Loads a ruleset: reads the manifest, checks every file against its hash, parses tables and profiles, checks
 * and compiles the rules. Every problem is collected and reported together; nothing half-loads.
 */
public final class RulesetLoader {
    /** Created on first use, so that starting a load (and the precompiled rules' thread) waits for no logging set-up. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(RulesetLoader.class);
    }
    /** Tables the engine reads by name; conversion tables are read because a profile names them. */
    private static final java.util.Set<String> FIXED_TABLES = java.util.Set.of(MedicinesTable.FILE,
            CodeTables.CONDITIONS_FILE, CodeTables.MEDICINES_FILE, ProductsTable.FILE, ProductCodesTable.FILE,
            NameWords.FILE);

    private RulesetLoader() {
    }

    /**
     * @param expectedSha256 when not null, the ruleset must have exactly this hash
     * @throws RulesetException listing every problem found
     */
    public static LoadedRuleset load(RulesetSource source, ClassLoader classLoader, String expectedSha256) {
        long start = System.nanoTime();
        Precompiled precompiled = Precompiled.start(source, classLoader);
        List<RulesetProblem> problems = new ArrayList<>();
        byte[] manifestBytes;
        try {
            manifestBytes = source.read(Manifest.FILE);
        } catch (IOException e) {
            throw new RulesetException(source.describe(), List.of(RulesetProblem.ofFile(Manifest.FILE,
                    "cannot be read: " + e.getMessage())));
        }
        if (manifestBytes == null) {
            throw new RulesetException(source.describe(), List.of(RulesetProblem.ofFile(Manifest.FILE,
                    "is missing: a ruleset folder holds ruleset.json, rules/, tables/ and profiles/")));
        }
        Manifest manifest = Manifest.parse(Manifest.utf8(manifestBytes), problems);
        if (manifest == null) {
            throw new RulesetException(source.describe(), problems);
        }
        Map<String, byte[]> files = readFiles(source, manifest, problems);
        String sha256 = manifest.sha256();
        if (expectedSha256 != null && !expectedSha256.equalsIgnoreCase(sha256)) {
            problems.add(RulesetProblem.ofFile(Manifest.FILE, "the ruleset's SHA-256 is " + sha256
                    + " but the host requires " + expectedSha256));
        }

        long read = System.nanoTime();
        Map<String, String> drl = new TreeMap<>();
        Map<String, String> tableTexts = new TreeMap<>();
        Map<String, String> profileTexts = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            String path = e.getKey();
            String text = Manifest.utf8(e.getValue());
            if (path.startsWith("rules/") && path.endsWith(".drl") && path.indexOf('/', 6) < 0) {
                drl.put(path, text);
            } else if (path.startsWith("tables/") && path.endsWith(".csv") && path.indexOf('/', 7) < 0) {
                tableTexts.put(path, text);
            } else if (path.startsWith("profiles/") && path.endsWith(".json") && path.indexOf('/', 9) < 0) {
                profileTexts.put(path, text);
            } else if (!path.startsWith("scenarios/") && !path.endsWith(".md")) {
                problems.add(RulesetProblem.ofFile(path, "is not part of a ruleset layout (rules/*.drl, tables/*.csv, "
                        + "profiles/*.json, scenarios/**, *.md)"));
            }
        }

        // the rule files are checked (parsed) on a second thread while the tables and profiles are read here
        List<RulesetProblem> ruleProblems = new ArrayList<>();
        // every file read so far matched its manifest hash when there is no problem yet: reuse those hashes
        DrlCompiler.Checked indexed = precompiled == null ? null
                : precompiled.indexed(drl, problems.isEmpty() ? manifest.files() : Map.of());
        java.util.concurrent.CompletableFuture<DrlCompiler.Checked> checking = indexed != null
                ? java.util.concurrent.CompletableFuture.completedFuture(indexed)
                : Background.run("taperwise-rule-check", () -> DrlCompiler.check(drl, ruleProblems));

        MedicinesTable medicines = null;
        String medicinesText = tableTexts.get(MedicinesTable.FILE);
        if (medicinesText == null) {
            problems.add(RulesetProblem.ofFile(MedicinesTable.FILE, "is missing"));
        } else {
            medicines = MedicinesTable.parse(medicinesText, problems);
        }
        CodeTables codes = CodeTables.parse(tableTexts.get(CodeTables.CONDITIONS_FILE),
                tableTexts.get(CodeTables.MEDICINES_FILE), medicines, problems);
        ProductsTable products = tableTexts.containsKey(ProductsTable.FILE)
                ? ProductsTable.parse(tableTexts.get(ProductsTable.FILE), medicines, problems) : ProductsTable.empty();
        // the product codes (thousands of rows) and the name index built from them are read on a third thread
        java.util.concurrent.CompletableFuture<Dictionary> dictionary = dictionary(tableTexts, medicines, codes);
        Map<String, ConversionTable> conversions = new HashMap<>();
        Map<String, ProductsTable> productTables = new HashMap<>();
        if (tableTexts.containsKey(ProductsTable.FILE)) {
            productTables.put(ProductsTable.FILE, products);
        }
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : profileTexts.entrySet()) {
            MedicinesTable meds = medicines;
            Profile p = ProfileLoader.load(e.getKey(), e.getValue(), path -> {
                String text = FIXED_TABLES.contains(path) ? null : tableTexts.get(path);
                return text == null ? null
                        : conversions.computeIfAbsent(path, k -> ConversionTable.parse(k, text, meds, problems));
            }, path -> {
                // tables/products.csv is read whether or not a profile names it; another products table when one does
                String text = FIXED_TABLES.contains(path) ? null : tableTexts.get(path);
                return text == null ? productTables.get(path)
                        : productTables.computeIfAbsent(path, k -> ProductsTable.parse(k, text, meds, problems));
            }, problems);
            if (p != null) {
                profiles.put(p.id(), p);
            }
        }
        if (profileTexts.isEmpty()) {
            problems.add(RulesetProblem.ofFile("profiles", "no profile: a ruleset needs at least one profiles/<id>.json"));
        }
        if (manifest.defaultProfile() != null && !profileTexts.containsKey("profiles/" + manifest.defaultProfile()
                + ".json")) {
            problems.add(RulesetProblem.ofFile(Manifest.FILE, "defaultProfile " + manifest.defaultProfile()
                    + " has no profiles/" + manifest.defaultProfile() + ".json"));
        }
        for (String table : tableTexts.keySet()) {
            if (!FIXED_TABLES.contains(table) && !conversions.containsKey(table) && !productTables.containsKey(table)) {
                problems.add(RulesetProblem.ofFile(table, "is not used: no profile names it and the engine does not read it"));
            }
        }
        if (drl.isEmpty()) {
            problems.add(RulesetProblem.ofFile("rules", "no rule file: a ruleset needs rules/*.drl"));
        }
        Dictionary dict = Background.join(dictionary);
        problems.addAll(dict.problems());
        // every rule file is parsed and checked whatever else is wrong, so that all problems are reported together;
        // compiling generates and loads code, so only a ruleset that passed every other check is compiled
        long parsed = System.nanoTime();
        DrlCompiler.Checked checked = Background.join(checking);
        problems.addAll(ruleProblems);
        long checkedAt = System.nanoTime();
        DrlCompiler.Compiled compiled = null;
        if (problems.isEmpty()) {
            compiled = precompiled == null ? null : precompiled.use(checked);
            if (compiled == null) {
                compiled = DrlCompiler.compile(checked, classLoader, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesetException(source.describe(), problems);
        }
        RulesetInfo info = new RulesetInfo(manifest.id(), manifest.version(), sha256);
        Log.LOG.debug("Ruleset {}: files read and hashed in {} ms, tables and profiles {} ms, rule files checked {} ms more,"
                + " rules compiled or loaded {} ms", source.describe(), (read - start) / 1_000_000,
                (parsed - read) / 1_000_000, (checkedAt - parsed) / 1_000_000, (System.nanoTime() - checkedAt) / 1_000_000);
        Log.LOG.info("Loaded ruleset {} {} ({} rules, {} profiles) from {} in {} ms", info.id(), info.version(),
                compiled.rules().size(), profiles.size(), source.describe(), (System.nanoTime() - start) / 1_000_000);
        return new LoadedRuleset(source.describe(), manifest, info, medicines, codes, products, dict.productCodes(),
                dict.names(), Map.copyOf(profiles), compiled.compiled(), compiled.rules(), Map.copyOf(files),
                manifestBytes.clone(), compiled.sources());
    }

    /** The product-code table, the name words and the name index, with the problems found in those tables. */
    private record Dictionary(ProductCodesTable productCodes, NameMatcher names, List<RulesetProblem> problems) {
    }

    private static java.util.concurrent.CompletableFuture<Dictionary> dictionary(Map<String, String> tableTexts,
            MedicinesTable medicines, CodeTables codes) {
        String productText = tableTexts.get(ProductCodesTable.FILE);
        String wordsText = tableTexts.get(NameWords.FILE);
        return Background.run("taperwise-product-codes", () -> {
            List<RulesetProblem> problems = new ArrayList<>();
            ProductCodesTable productCodes = productText == null ? ProductCodesTable.empty()
                    : ProductCodesTable.parse(productText, medicines, codes, problems);
            NameWords words = wordsText == null ? NameWords.none() : NameWords.parse(wordsText, problems);
            NameMatcher names = medicines == null ? null : NameMatcher.build(medicines, productCodes, words);
            return new Dictionary(productCodes, names, problems);
        });
    }

    private static Map<String, byte[]> readFiles(RulesetSource source, Manifest manifest,
            List<RulesetProblem> problems) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String path : Manifest.sortedPaths(manifest.files())) {
            byte[] bytes;
            try {
                bytes = source.read(path);
            } catch (IOException e) {
                problems.add(RulesetProblem.ofFile(path, "cannot be read: " + e.getMessage()));
                continue;
            }
            if (bytes == null) {
                problems.add(RulesetProblem.ofFile(path, "is listed in ruleset.json but missing"));
                continue;
            }
            String actual = Sha256.of(bytes);
            if (!actual.equals(manifest.files().get(path))) {
                problems.add(RulesetProblem.ofFile(path, "has changed since the manifest was written (SHA-256 " + actual
                        + ", manifest " + manifest.files().get(path) + "): run `taperwise manifest DIR` after an edit"));
            }
            files.put(path, bytes);
        }
        try {
            List<String> present = source.list();
            if (present != null) {
                for (String path : present) {
                    if (!path.equals(Manifest.FILE) && !manifest.files().containsKey(path)) {
                        problems.add(RulesetProblem.ofFile(path, "is not listed in ruleset.json: run `taperwise manifest "
                                + "DIR` to add it"));
                    }
                }
            }
        } catch (IOException e) {
            problems.add(RulesetProblem.ofFile(".", "cannot be listed: " + e.getMessage()));
        }
        return files;
    }
}

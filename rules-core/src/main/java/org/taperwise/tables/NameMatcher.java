package org.taperwise.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a medicine name as a prescribing record writes it, in three steps; the first that answers wins:
 *
 * <ol>
 *   <li>the name exactly (case and runs of white space aside) as a name or synonym of the medicines table;</li>
 *   <li>the name exactly as the display of a product code ({@code tables/product-codes.csv});</li>
 *   <li>the name's <em>key</em> as the key of a name, synonym or product display: lower case; split into words at
 *       every character that is not a letter or digit, and between letters and digits ({@code 30mg} is {@code 30}
 *       and {@code mg}); numbers ({@code 30}, {@code 30/500}, {@code 2.5}) and the words of
 *       {@code tables/name-words.csv} (salts, release, forms, units, "with", "and") left out wherever they stand; the
 *       remaining words without repeats, in alphabetical order. "MST Continus 30mg tablets" and "MST 30" both have
 *       the key {@code mst}.</li>
 * </ol>
 *
 * A name (or key) that denotes two different medicines is never guessed: it is unrecognised and the match lists the
 * candidates. A product's display is used as a name only when it names its medicine (shares a word of three letters
 * or more with the medicine's name, ingredient or a synonym), so that a descriptive product name such as "Migraine
 * Relief tablets" never makes a record's text an opioid.
 */
public final class NameMatcher {
    /** What a name denotes: the medicine, or null with the candidates when the name is ambiguous (else none). */
    public record Match(MedicineEntry medicine, List<String> candidates) {
        static final Match NONE = new Match(null, List.of());
    }

    private final MedicinesTable medicines;
    private final ProductCodesTable products;
    private final NameWords words;
    /** The product-name and key indexes, built on the first name not found exactly (most names are). */
    private volatile Index index;

    /** Product names and keys, each to its match. */
    private record Index(Map<String, Match> displays, Map<String, Match> keys) {
    }

    private NameMatcher(MedicinesTable medicines, ProductCodesTable products, NameWords words) {
        this.medicines = medicines;
        this.products = products;
        this.words = words;
    }

    /**
     * The matcher of a ruleset's medicines table, product codes and name words. The product-name and key indexes
     * are built when a name is first not found exactly (thread-safe; the tables are immutable), so that loading a
     * ruleset does not pay for thousands of product names no record may use.
     */
    public static NameMatcher build(MedicinesTable medicines, ProductCodesTable products, NameWords words) {
        return new NameMatcher(medicines, products, words);
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            synchronized (this) {
                i = index;
                if (i == null) {
                    i = buildIndex();
                    index = i;
                }
            }
        }
        return i;
    }

    private Index buildIndex() {
        Map<String, Set<MedicineEntry>> byDisplay = new HashMap<>();
        Map<String, Set<MedicineEntry>> byKey = new HashMap<>();
        Map<MedicineEntry, Set<String>> nameWords = new HashMap<>();
        for (MedicineEntry e : medicines.entries()) {
            Set<String> own = new HashSet<>();
            for (String name : names(e)) {
                List<String> tokens = words(name, words);
                add(byKey, String.join(" ", tokens), e);
                tokens.stream().filter(t -> t.length() >= 3).forEach(own::add);
            }
            words(e.ingredient(), words).stream().filter(t -> t.length() >= 3).forEach(own::add);
            nameWords.put(e, own);
        }
        for (ProductCode pc : products.rows()) {
            List<String> tokens = words(pc.display(), words);
            if (namesIt(tokens, nameWords.getOrDefault(pc.medicine(), Set.of()))) {
                add(byDisplay, MedicinesTable.normalise(pc.display()), pc.medicine());
                add(byKey, String.join(" ", tokens), pc.medicine());
            }
        }
        return new Index(matches(byDisplay), matches(byKey));
    }

    private static boolean namesIt(List<String> tokens, Set<String> own) {
        for (String t : tokens) {
            if (own.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(MedicineEntry e) {
        List<String> out = new ArrayList<>(e.synonyms());
        out.add(e.name());
        return out;
    }

    private static void add(Map<String, Set<MedicineEntry>> index, String key, MedicineEntry e) {
        if (!key.isEmpty()) {
            index.computeIfAbsent(key, k -> new HashSet<>(2)).add(e);
        }
    }

    private static Map<String, Match> matches(Map<String, Set<MedicineEntry>> index) {
        Map<String, Match> out = new HashMap<>(index.size() * 2);
        index.forEach((key, entries) -> out.put(key, entries.size() == 1
                ? new Match(entries.iterator().next(), List.of())
                : new Match(null, List.copyOf(new TreeSet<>(entries.stream().map(MedicineEntry::name).toList())))));
        return out;
    }

    /** What {@code name} denotes; {@link Match#medicine()} is null when it is unknown or ambiguous. */
    public Match match(String name) {
        if (name == null || name.isBlank()) {
            return Match.NONE;
        }
        MedicineEntry exact = medicines.find(name);
        if (exact != null) {
            return new Match(exact, List.of());
        }
        Index i = index();
        Match m = i.displays().get(MedicinesTable.normalise(name));
        if (m == null) {
            m = i.keys().get(key(name));
        }
        return m == null ? Match.NONE : m;
    }

    /** The key of a name (step 3 above); empty when nothing but numbers and name words remain. */
    public String key(String name) {
        return String.join(" ", words(name, words));
    }

    /** The distinct words of a name that are neither numbers nor name words, in alphabetical order. */
    static List<String> words(String name, NameWords leftOut) {
        String s = name.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(8);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(s.charAt(i))) {
                    i++;
                }
                String word = s.substring(start, i);
                if (!leftOut.contains(word) && !out.contains(word)) {
                    out.add(word);
                }
            } else if (Character.isDigit(c)) {
                // a number, decimals and thousands included (2.5, 1,000): left out
                while (i < n && (Character.isDigit(s.charAt(i))
                        || (s.charAt(i) == '.' || s.charAt(i) == ',') && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                    i++;
                }
            } else {
                i++;
            }
        }
        out.sort(null);
        return out;
    }
}

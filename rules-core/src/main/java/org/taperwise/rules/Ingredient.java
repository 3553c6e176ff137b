package org.taperwise.rules;

import java.util.Objects;

/**
 * An active ingredient as the medicines table names it (lower case, e.g. {@code oxycodone}). Rules compare
 * ingredients with the constants below, never with string literals, so that a misspelt name in a rule file fails to
 * compile instead of silently matching nothing.
 *
 * @param name the ingredient as the medicines table's {@code ingredient} column spells it
 */
public record Ingredient(String name) implements Comparable<Ingredient> {
    /** Methadone: its conversion and taper need a specialist (FPM Opioids Aware). */
    public static final Ingredient METHADONE = new Ingredient("methadone");
    /** Naloxone: the opioid antagonist offered against overdose. */
    public static final Ingredient NALOXONE = new Ingredient("naloxone");

    public Ingredient {
        Objects.requireNonNull(name, "name");
    }

    /** The ingredient of a medicines-table row; null for null. */
    public static Ingredient of(String name) {
        return name == null ? null : new Ingredient(name);
    }

    @Override
    public int compareTo(Ingredient o) {
        return name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return name;
    }
}

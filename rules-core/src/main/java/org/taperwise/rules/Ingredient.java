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
    /** Buprenorphine: a medication for opioid use disorder (CDC 2022 Recommendation 12) as well as a pain medicine. */
    public static final Ingredient BUPRENORPHINE = new Ingredient("buprenorphine");
    /** Codeine (issue 15: renal impairment; restricted under 18 by the MHRA). */
    public static final Ingredient CODEINE = new Ingredient("codeine");
    /** Dihydrocodeine (issue 15: avoid in renal impairment). */
    public static final Ingredient DIHYDROCODEINE = new Ingredient("dihydrocodeine");
    /** Pethidine (issue 15: avoid in renal impairment). */
    public static final Ingredient PETHIDINE = new Ingredient("pethidine");
    /** Morphine (issue 15: caution in renal impairment). */
    public static final Ingredient MORPHINE = new Ingredient("morphine");
    /** Diamorphine (issue 15: caution in renal impairment). */
    public static final Ingredient DIAMORPHINE = new Ingredient("diamorphine");
    /** Hydromorphone (issue 15: caution in renal impairment). */
    public static final Ingredient HYDROMORPHONE = new Ingredient("hydromorphone");
    /** Oxycodone (issue 15: caution in renal impairment). */
    public static final Ingredient OXYCODONE = new Ingredient("oxycodone");
    /** Tramadol (issue 15: caution in renal impairment; restricted under 18 by the FDA). */
    public static final Ingredient TRAMADOL = new Ingredient("tramadol");

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

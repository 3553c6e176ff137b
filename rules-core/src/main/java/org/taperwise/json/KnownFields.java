package org.taperwise.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fields the contract (section 1) defines for one kind of input object, in the contract's order, and what to
 * say about a field it does not define: the nearest known name, or every known name.
 */
final class KnownFields {
    static final KnownFields PATIENT = new KnownFields("patientId", "asOf", "birthDate", "sex", "pregnant",
            "historyStart", "conditions", "prescriptions", "assessments", "taperRequest");
    static final KnownFields PRESCRIPTION = new KnownFields("id", "medicine", "coding", "form", "strength", "dose",
            "timesPerDay", "asNeeded", "changeEveryDays", "issued", "daysSupply", "quantity", "doses");
    static final KnownFields TIMED_DOSE = new KnownFields("when", "value", "unit");
    static final KnownFields CONDITION = new KnownFields("code", "coding", "since");
    static final KnownFields CODING = new KnownFields("system", "code", "display");
    static final KnownFields AMOUNT = new KnownFields("value", "unit");
    static final KnownFields SCORE = new KnownFields("instrument", "score", "date");
    static final KnownFields TAPER = new KnownFields("policy", "start", "order", "startingDailyMme",
            "holdUntil");

    /** A value whose JSON text is longer than this is described by its type and size instead. */
    static final int MAX_SHOWN = 80;

    private final List<String> names;
    private final Set<String> set;

    private KnownFields(String... names) {
        this.names = List.of(names);
        this.set = Set.of(names);
    }

    boolean contains(String name) {
        return set.contains(name);
    }

    /**
     * What an unknown field should have been: {@code a known field; did you mean "prescriptions"?} when a known
     * name is close, else {@code a known field, one of: ...} listing every known name at this level.
     */
    String expected(String unknown) {
        String near = nearest(unknown);
        return near != null ? "a known field; did you mean \"" + near + "\"?"
                : "a known field, one of: " + String.join(", ", names);
    }

    /**
     * The known name nearest to {@code unknown}, or null when none is close: the same name in another case, else the
     * one at the smallest edit distance (insertions, deletions, substitutions and swaps of neighbours, ignoring case),
     * at most 2, or at most 1 when both names are shorter than 5 characters (so that {@code sig} does not suggest
     * {@code id}). Ties go to the name that comes first in the contract.
     */
    String nearest(String unknown) {
        String u = unknown.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            int limit = Math.max(u.length(), n.length()) < 5 ? 1 : 2;
            if (Math.abs(u.length() - n.length()) > limit) {
                continue;
            }
            int d = distance(u, n);
            if (d <= limit && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Edit distance with swaps of neighbouring characters (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * An unknown field's value as a problem shows it, never longer than {@link #MAX_SHOWN} characters and never built
     * from a whole large value: a short scalar as its JSON text, else its type and size ({@code an array of 9},
     * {@code an object of 3 fields}, {@code a string of 12000 characters}).
     */
    static String brief(JsonNode v) {
        if (v.isArray()) {
            return v.isEmpty() ? "an empty array" : "an array of " + v.size();
        }
        if (v.isObject()) {
            return v.isEmpty() ? "an empty object"
                    : "an object of " + v.size() + (v.size() == 1 ? " field" : " fields");
        }
        if (v.isTextual()) {
            int length = v.textValue().length();
            return length + 2 <= MAX_SHOWN && v.toString().length() <= MAX_SHOWN ? v.toString()
                    : "a string of " + length + " characters";
        }
        String text = v.toString();
        if (text.length() <= MAX_SHOWN) {
            return text;
        }
        return v.isNumber() ? "a number of " + text.length() + " characters" : "a JSON " + v.getNodeType()
                .toString().toLowerCase(Locale.ROOT);
    }
}

package org.taperwise.handout;

import java.util.ArrayList;
import java.util.List;

/** The words of each period's heading and notes, shared by the text and HTML handouts. */
final class Schedule {
    private Schedule() {
    }

    static String heading(Handout.Period p) {
        String name = p.number() == 0 ? "Now" : "Step " + p.number();
        if (p.last()) {
            return name + ": from " + Words.date(p.from());
        }
        return name + ": " + Words.date(p.from()) + " to " + Words.date(p.to()) + " (" + Words.days(p.from(), p.to())
                + ")";
    }

    /** What to take: "Keep taking your medicine as now:" for the dose now; nothing for the final period. */
    static String lead(Handout.Period p) {
        if (p.last()) {
            return "";
        }
        return p.number() == 0 ? "This is what you take now. Keep taking it until this step ends:"
                : "What to take:";
    }

    /** The lead-in to what to collect for a step. */
    static String collectLead(Handout.Period p) {
        return "Your new prescription for this step. Collect it from your pharmacy before " + Words.date(p.from())
                + ":";
    }

    /**
     * One product to collect: "Zomorph 10mg modified-release capsules: 56 capsules", and, when the prescription is
     * given in parts, "(28 capsules at a time, every 28 days)".
     */
    static String collect(org.taperwise.model.Supply q) {
        String unit = q.unit().equals("ml") ? "ml" : q.unit();
        // a patch's name in the handout's words: "25 micrograms an hour", as the lines above say it
        String product = q.product().replaceAll("micrograms?/hour", " micrograms an hour").replace("  ", " ");
        String line = product + ": " + org.taperwise.model.Supply.count(q.quantity(), unit);
        if (q.issueDays() > 0 && q.quantity() != q.quantityPerIssue()) {
            line += " (" + org.taperwise.model.Supply.count(q.quantityPerIssue(), unit) + " at a time, every "
                    + q.issueDays() + " days)";
        }
        return line;
    }

    /** Stops and reviews, after the lines. */
    static List<String> notes(Handout.Period p) {
        List<String> notes = new ArrayList<>();
        if (p.last()) {
            notes.add(stop(p.stops()) + " Your plan is finished.");
            notes.add("Do not start again unless your prescriber tells you to.");
        } else if (!p.stops().isEmpty()) {
            notes.add(stop(p.stops()));
        }
        for (var d : p.seeBy()) {
            notes.add("See your prescriber by " + Words.date(d) + ".");
        }
        return notes;
    }

    /** "Stop taking oxycodone slow-release tablets.", "Stop using fentanyl patches." */
    private static String stop(List<String> products) {
        boolean patches = products.stream().allMatch(n -> n.endsWith(" patches"));
        return "Stop " + (patches ? "using " : "taking ") + Words.and(products) + ".";
    }
}

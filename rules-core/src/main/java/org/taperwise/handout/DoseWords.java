package org.taperwise.handout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taperwise.model.Administration;
import org.taperwise.model.Form;
import org.taperwise.model.TaperDose;

/**
 * One opioid's dose in a step, as lines a patient can follow: one line a product strength, with how many tablets,
 * capsules, millilitres or patches at which time of day ("Oxycodone 30 mg slow-release tablets": "1 tablet in the
 * morning and 1 tablet in the evening").
 *
 * <p>This is the adapter between the planner's model and the handout. It reads {@link TaperDose#administrations()}:
 * each dose's time ({@code when}) and what makes it ({@code make}: "1 x 30 mg + 1 x 5 mg", "2.5 ml of 2 mg/ml",
 * "1 x 25 microgram/hour patch, changed every 3 days"). When the model gains structured fields (product names, units
 * per time of day, quantities to prescribe), read them here instead of the {@code make} text; nothing else in the
 * package parses the model. A {@code make} it cannot read falls back to the planner's own regimen sentence, so a
 * change in wording never drops a dose from the handout.
 */
final class DoseWords {
    private static final Pattern UNITS = Pattern.compile("(\\d+(?:\\.\\d+)?) x (\\d+(?:\\.\\d+)?) mg");
    private static final Pattern LIQUID = Pattern.compile("(\\d+(?:\\.\\d+)?) ml of (\\d+(?:\\.\\d+)?) mg/ml");
    private static final Pattern PATCH = Pattern.compile(
            "1 x (\\d+(?:\\.\\d+)?) microgram/hour patch, changed every (\\d+(?:\\.\\d+)?) days");
    /** The planner's labels for as-needed doses: "(dose 1)", "(dose 2)". */
    private static final Pattern PRN_LABEL = Pattern.compile("\\(dose \\d+\\)");

    private DoseWords() {
    }

    /** The lines for one opioid's dose in a step. */
    static List<Handout.Line> lines(TaperDose dose) {
        List<Administration> admins = dose.administrations();
        if (admins.isEmpty()) {
            return List.of(fallback(dose));
        }
        if (dose.form() == Form.PATCH) {
            return patches(dose);
        }
        boolean asNeeded = admins.stream().allMatch(a -> a.when() != null && PRN_LABEL.matcher(a.when()).matches())
                || (dose.regimen() != null && dose.regimen().startsWith("only when needed"));
        // strength (or concentration) -> its units at each time of day, strongest first
        Map<BigDecimal, List<String>> byStrength = new TreeMap<>(Comparator.reverseOrder());
        List<Map<BigDecimal, BigDecimal>> parsed = new ArrayList<>();
        for (Administration a : admins) {
            Map<BigDecimal, BigDecimal> units = parse(dose.form(), a.make());
            if (units == null) {
                return List.of(fallback(dose));
            }
            parsed.add(units);
        }
        if (asNeeded) {
            return List.of(asNeeded(dose, parsed.get(0), admins.size()));
        }
        for (int i = 0; i < admins.size(); i++) {
            String when = Words.when(admins.get(i).when());
            parsed.get(i).forEach((strength, count) -> byStrength.computeIfAbsent(strength, s -> new ArrayList<>())
                    .add(Words.count(count, noun(dose.form())) + " " + when));
        }
        List<Handout.Line> lines = new ArrayList<>();
        byStrength.forEach((strength, times) -> lines.add(
                new Handout.Line(product(dose, strength), Words.and(times) + ".", false)));
        return lines;
    }

    /** What makes one dose: strength (mg, or mg/ml for a liquid) to the number of units (or ml); null if unreadable. */
    private static Map<BigDecimal, BigDecimal> parse(Form form, String make) {
        if (make == null) {
            return null;
        }
        Map<BigDecimal, BigDecimal> units = new LinkedHashMap<>();
        if (form == Form.ORAL_SOLUTION) {
            Matcher m = LIQUID.matcher(make.trim());
            if (!m.matches()) {
                return null;
            }
            units.put(new BigDecimal(m.group(2)), new BigDecimal(m.group(1)));
            return units;
        }
        for (String part : make.split(" \\+ ")) {
            Matcher m = UNITS.matcher(part.trim());
            if (!m.matches()) {
                return null;
            }
            units.merge(new BigDecimal(m.group(2)), new BigDecimal(m.group(1)), BigDecimal::add);
        }
        return units;
    }

    private static Handout.Line asNeeded(TaperDose dose, Map<BigDecimal, BigDecimal> units, int most) {
        String product;
        String atATime;
        if (units.size() == 1) {
            BigDecimal strength = units.keySet().iterator().next();
            product = product(dose, strength);
            atATime = Words.count(units.get(strength), noun(dose.form()));
        } else {
            product = Words.capital(dose.medicine()) + " " + Words.form(dose.form());
            List<String> parts = new ArrayList<>();
            units.forEach((s, n) -> parts.add(Words.count(n, noun(dose.form())) + " of " + Words.num(s) + " mg"));
            atATime = Words.and(parts);
        }
        String often = most == 1 ? "once" : most == 2 ? "twice" : most + " times";
        String how = "Only when you need it: " + atATime + " at a time. No more than " + often + " a day.";
        return new Handout.Line(product, how, true);
    }

    private static List<Handout.Line> patches(TaperDose dose) {
        List<Handout.Line> lines = new ArrayList<>();
        int n = dose.administrations().size();
        for (Administration a : dose.administrations()) {
            Matcher m = a.make() == null ? null : PATCH.matcher(a.make().trim());
            if (m == null || !m.matches()) {
                return List.of(fallback(dose));
            }
            String product = Words.capital(dose.medicine()) + " " + Words.num(new BigDecimal(m.group(1)))
                    + " micrograms an hour patches";
            String how = "Wear 1 patch" + (n > 1 ? ", at the same time as the other patch here" : "")
                    + ". Every " + Words.num(new BigDecimal(m.group(2)))
                    + " days, take it off and put on a new one.";
            lines.add(new Handout.Line(product, how, false));
        }
        return lines;
    }

    /** The planner's own sentence, when its parts cannot be read. */
    private static Handout.Line fallback(TaperDose dose) {
        String regimen = dose.regimen() == null ? "" : dose.regimen();
        return new Handout.Line(Words.capital(dose.medicine()) + " " + Words.form(dose.form()),
                Words.capital(regimen) + ".", regimen.startsWith("only when needed"));
    }

    /** "Oxycodone 30 mg slow-release tablets", "Morphine liquid, 2 mg in each ml". */
    private static String product(TaperDose dose, BigDecimal strength) {
        // the name the prescription and the pharmacy label use, when the step supplies this strength
        for (var q : dose.supply()) {
            if (q.strength() != null && BigDecimal.valueOf(q.strength().value()).compareTo(strength) == 0
                    && !q.unit().equals("ml")) {
                return q.product();
            }
        }
        String name = Words.capital(dose.medicine());
        if (dose.form() == Form.ORAL_SOLUTION) {
            return name + " " + Words.form(dose.form()) + ", " + Words.num(strength) + " mg in each ml";
        }
        return name + " " + Words.num(strength) + " mg " + Words.form(dose.form());
    }

    /** What one unit is called. */
    private static String noun(Form form) {
        if (form == null) {
            return "dose";
        }
        return switch (form) {
            case TABLET, MR_TABLET, BUCCAL, SUBLINGUAL -> "tablet";
            case CAPSULE, MR_CAPSULE -> "capsule";
            case ORAL_SOLUTION -> "ml";
            case PATCH -> "patch";
            case SUPPOSITORY -> "suppository";
            case NASAL_SPRAY -> "spray";
            case INJECTION -> "injection";
            case OTHER -> "dose";
        };
    }
}

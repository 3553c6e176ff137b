package org.taperwise.handout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.taperwise.model.Form;

/**
 * Numbers, dates, times of day and forms in plain English, as NHS patient information writes them: numerals
 * ("2 tablets"), dates with the day ("Sunday 1 November 2026"), no abbreviations a reader must decode. Source: NHS
 * digital service manual, content style guide, "Numbers, measurements, dates and time"
 * (https://service-manual.nhs.uk/content/numbers-measurements-dates-time; its use of numerals such as "1" is
 * discussed in https://github.com/nhsuk/nhsuk-service-manual-community-backlog/issues/321).
 */
final class Words {
    private Words() {
    }

    /** "1", "2.5", "0.4": plain decimal, no trailing zeros. */
    static String num(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /** "1 tablet", "2 tablets", "half a tablet", "1 and a half tablets", "2.5 ml". */
    static String count(BigDecimal n, String noun) {
        if (noun.equals("ml")) {
            return num(n) + " ml";
        }
        BigDecimal whole = n.setScale(0, java.math.RoundingMode.DOWN);
        boolean half = n.subtract(whole).compareTo(new BigDecimal("0.5")) == 0;
        if (half && whole.signum() == 0) {
            return "half a " + noun;
        }
        if (half) {
            return num(whole) + " and a half " + plural(noun);
        }
        return num(n) + " " + (n.compareTo(BigDecimal.ONE) == 0 ? noun : plural(noun));
    }

    private static String plural(String noun) {
        return switch (noun) {
            case "patch" -> "patches";
            case "suppository" -> "suppositories";
            default -> noun + "s";
        };
    }

    /**
     * A time of day as the planner labels it ("in the morning", "at bedtime", "once a day") kept as it is; its
     * generic label for five or six doses a day, "(dose 2 of 5)", becomes "as dose 2 of 5 in the day".
     */
    static String when(String label) {
        if (label == null || label.isBlank()) {
            return "";
        }
        String l = label.strip();
        if (l.startsWith("(") && l.endsWith(")")) {
            return "as " + l.substring(1, l.length() - 1) + " in the day";
        }
        return l;
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** First letter upper case. */
    static String capital(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                + s.substring(s.offsetByCodePoints(0, 1));
    }

    /** A form as a box or the NHS website names it: "slow-release tablets", "liquid". */
    static String form(Form form) {
        if (form == null) {
            return "";
        }
        // NHS website medicine pages call modified-release products "slow-release" (e.g. nhs.uk/medicines/morphine)
        return switch (form) {
            case TABLET -> "tablets";
            case MR_TABLET -> "slow-release tablets";
            case CAPSULE -> "capsules";
            case MR_CAPSULE -> "slow-release capsules";
            case ORAL_SOLUTION -> "liquid";
            case PATCH -> "patches";
            case BUCCAL -> "tablets to put between your gum and cheek";
            case SUBLINGUAL -> "tablets to melt under your tongue";
            case NASAL_SPRAY -> "nasal spray";
            case INJECTION -> "injections";
            case SUPPOSITORY -> "suppositories";
            case OTHER -> "";
        };
    }

    /** "Sunday 1 November 2026". */
    static String date(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " " + d.getDayOfMonth() + " "
                + d.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + d.getYear();
    }

    /** From one date to another, both days counted: "2 weeks", "1 week", "15 days", "1 day". */
    static String days(LocalDate from, LocalDate to) {
        long n = ChronoUnit.DAYS.between(from, to) + 1;
        if (n % 7 == 0) {
            return n == 7 ? "1 week" : (n / 7) + " weeks";
        }
        return n == 1 ? "1 day" : n + " days";
    }
}

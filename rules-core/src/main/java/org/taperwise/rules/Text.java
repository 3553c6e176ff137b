package org.taperwise.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** Formats numbers and lists for finding messages, the same way in every rule. */
public final class Text {
    private Text() {
    }

    /** A number with at most two decimals and no trailing zeros: 120, 22.5, 0.15. */
    public static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value); // whole numbers, the usual case, without BigDecimal
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A daily oral morphine equivalent, to one decimal as the total is reported: "150 mg", "22.5 mg". */
    public static String mg(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString()) + " mg";
    }

    /** Items joined with commas: "rx-1, rx-2". */
    public static String list(Collection<?> items) {
        StringBuilder sb = new StringBuilder();
        for (Object item : items) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(item);
        }
        return sb.toString();
    }

    /**
     * Medicine names as the record gives them, sorted and joined with commas; a medicine sent only as a code (no
     * name) is "a medicine sent only as a code".
     */
    public static String names(Collection<?> names) {
        java.util.TreeSet<String> sorted = new java.util.TreeSet<>();
        for (Object n : names) {
            sorted.add(n == null ? "a medicine sent only as a code" : n.toString());
        }
        return list(sorted);
    }
}

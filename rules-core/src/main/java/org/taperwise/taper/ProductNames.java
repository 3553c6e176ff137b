package org.taperwise.taper;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.taperwise.rules.Text;
import org.taperwise.tables.Product;

/**
 * Products as a prescription and a patient name them (issue 12 review: "Oxycodone 5mg modified-release tablets", not
 * "oxycodone mr-tablet 5 mg"): the products table's {@code name} column (dm+d VMP names in the UK table, RxNorm
 * clinical drug names in the US one), with the brand when the prescription names the product family by it.
 */
final class ProductNames {
    /** What separates words in a name: anything but a lower-case letter or a digit. */
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private ProductNames() {
    }

    /** The brand of the products' family that the prescription's name contains ("OxyContin 20mg"); else null. */
    static String brand(List<Product> products, String prescribed) {
        if (prescribed == null) {
            return null;
        }
        String written = " " + words(prescribed) + " ";
        for (Product p : products) {
            if (p.family() == null) {
                continue;
            }
            for (String b : p.family().split(";")) {
                String w = words(b);
                if (!w.isEmpty() && written.contains(" " + w + " ")) {
                    return b.strip();
                }
            }
        }
        return null;
    }

    /**
     * The name of one strength of the drug's product: the table's name (with the prescribed brand in place of the
     * ingredient: "OxyContin 5mg modified-release tablets"); when the table names none, the medicine, form and
     * strength ("oxycodone mr-tablet 5 mg").
     */
    static String of(Drug d, long strength, String unit) {
        String name = d.names.get(strength);
        if (name == null) {
            return d.medicine.name() + " " + d.rx.form().code() + " " + Text.num(Thousandths.value(strength)) + " "
                    + unit;
        }
        String brand = d.brand;
        // the prescribed brand only where this strength's row is of that brand's family (a Transtec patient's
        // 7-day 15 microgram/hour patch is not Transtec)
        String family = d.families.get(strength);
        boolean ofBrand = brand != null && family != null && (" " + words(family.replace(';', ' ')) + " ")
                .contains(" " + words(brand) + " ");
        if (!ofBrand || name.toLowerCase(Locale.ROOT).startsWith(brand.toLowerCase(Locale.ROOT))) {
            return name;
        }
        // dm+d style "Oxycodone 5mg ..." : the words before the strength are the ingredient
        String[] w = name.split(" ");
        int at = 0;
        while (at < w.length && !Character.isDigit(w[at].charAt(0))) {
            at++;
        }
        if (at > 0 && at < w.length && Character.isUpperCase(name.charAt(0))) {
            return brand + " " + String.join(" ", Arrays.copyOfRange(w, at, w.length));
        }
        return name + " [" + brand + "]";
    }

    private static String words(String s) {
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}

package org.taperwise.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;

/**
 * Seeded regimens for {@link TaperInvariantsTest}: products from the products table of the profile the regimen is
 * planned under (UK {@code tables/products.csv}, US {@code tables/products-us.csv}; methadone, sublingual forms,
 * meptazinol and pentazocine left out), one to three units of one strength one to four times a day (sometimes
 * as needed), one or two patches, or 1 to 10 ml of a solution; and every profile with each of its policies.
 */
final class GeneratedRegimens {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    /** A product row: medicine, form, strength, unit, change days. */
    record Row(String medicine, Form form, double strength, String unit, Double changeDays) {
    }

    /** The UK table's products. */
    static final List<Row> PRODUCTS = read("products.csv");
    /** The US table's products (the US profiles' {@code productsTable}). */
    static final List<Row> US_PRODUCTS = read("products-us.csv");

    /** Each profile with one of its policies. */
    static final String[][] POLICIES = {
        {"uk-opioids-aware", "uk-standard"}, {"uk-opioids-aware", "uk-long-term"},
        {"us-cdc-2022", "cdc-2022-short-term"}, {"us-cdc-2022", "cdc-2022-long-term"},
        {"us-cdc-2016", "cdc-2016-short-term"}, {"us-cdc-2016", "cdc-2016-long-term"}};

    private GeneratedRegimens() {
    }

    /** The products a regimen planned under this profile is drawn from and made of. */
    static List<Row> forProfile(String profile) {
        return profile.startsWith("us-") ? US_PRODUCTS : PRODUCTS;
    }

    private static List<Row> read(String table) {
        List<Row> out = new ArrayList<>();
        try (InputStream in = GeneratedRegimens.class.getClassLoader().getResourceAsStream(
                "taperwise/rulesets/builtin/tables/" + table)) {
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", 9);
                Form form = org.taperwise.model.Codes.parse(Form.class, f[1]).orElseThrow();
                if (f[0].equals("methadone") || form == Form.SUBLINGUAL || f[0].equals("meptazinol")
                        || f[0].equals("pentazocine")) {
                    continue;
                }
                out.add(new Row(f[0], form, Double.parseDouble(f[2]), f[3],
                        f[7].isEmpty() ? null : Double.parseDouble(f[7])));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    static Prescription regimen(SplittableRandom r, String id, Row p) {
        Prescription.Builder b = Prescription.builder().id(id).medicine(p.medicine()).form(p.form())
                .issued(AS_OF.minusDays(r.nextInt(20))).daysSupply(28);
        if (p.form() == Form.PATCH) {
            return b.strength(p.strength(), StrengthUnit.MICROGRAM_PER_HOUR).dose(1 + r.nextInt(2), DoseUnit.UNIT)
                    .changeEveryDays(p.changeDays()).build();
        }
        if (p.form() == Form.ORAL_SOLUTION) {
            return b.strength(p.strength(), StrengthUnit.MG_PER_ML).dose(1 + r.nextInt(10), DoseUnit.ML)
                    .timesPerDay(1 + r.nextInt(4)).asNeeded(r.nextInt(4) == 0).build();
        }
        return b.strength(p.strength(), StrengthUnit.MG).dose(1 + r.nextInt(3), DoseUnit.UNIT)
                .timesPerDay(1 + r.nextInt(4)).asNeeded(r.nextInt(6) == 0).build();
    }
}

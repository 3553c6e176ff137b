package org.taperwise.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.taperwise.loader.LoadedRuleset;
import org.taperwise.model.Coding;
import org.taperwise.model.Form;
import org.taperwise.model.Prescription;
import org.taperwise.model.Strength;
import org.taperwise.model.StrengthUnit;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;
import org.taperwise.tables.CodeTables;
import org.taperwise.tables.MedicineEntry;
import org.taperwise.tables.NameMatcher;
import org.taperwise.tables.ProductCode;
import org.taperwise.tables.ProductCodesTable;

/**
 * Which medicine a prescription is, from its name and its codings, and the form and strength a product code fills in.
 *
 * <ul>
 *   <li>The name, read by the {@link NameMatcher} (exactly, then as a product's name, then without salts, release
 *       and form words and strengths), wins when it is known. A name that could be two medicines is not guessed:
 *       warning {@code MEDICINE_NAME_AMBIGUOUS} lists the candidates.</li>
 *   <li>Otherwise the first coding the tables map: a product code ({@code tables/product-codes.csv}), else an
 *       ingredient code ({@code tables/medicine-codes.csv}). Every coding neither table maps is counted and warned
 *       about ({@code CODING_UNMAPPED}).</li>
 *   <li>The first product coding of the medicine used fills a missing form and strength. A form or strength the
 *       prescription states is kept; when the product's differs, warning {@code CODING_DISAGREES} names both. So
 *       does a coding of another medicine (a product of another row, or an ingredient code of another
 *       ingredient) next to a known name: the name is used.</li>
 * </ul>
 */
public final class MedicineResolver {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /**
     * One prescription's medicine.
     *
     * @param medicine the medicines-table row, or null when unrecognised
     * @param rx       the prescription with the form and strength a product code filled in (the same object when
     *                 nothing was filled)
     * @param unmapped how many of its codings no table maps
     */
    public record Resolved(MedicineEntry medicine, Prescription rx, int unmapped) {
    }

    private final NameMatcher names;
    private final CodeTables codes;
    private final ProductCodesTable products;

    public MedicineResolver(NameMatcher names, CodeTables codes, ProductCodesTable products) {
        this.names = names;
        this.codes = codes;
        this.products = products;
    }

    /** The resolver of a loaded ruleset. */
    public static MedicineResolver of(LoadedRuleset ruleset) {
        return new MedicineResolver(ruleset.names(), ruleset.codes(), ruleset.productCodes());
    }

    /** Resolves one prescription at {@code path}; warnings are appended. */
    public Resolved resolve(Prescription rx, String path, List<Warning> warnings) {
        NameMatcher.Match byName = names.match(rx.medicine());
        MedicineEntry med = byName.medicine();
        int unmapped = 0;
        ProductCode product = null;
        for (int c = 0; c < rx.coding().size(); c++) {
            Coding coding = rx.coding().get(c);
            ProductCode pc = products.find(coding);
            MedicineEntry coded = pc != null ? pc.medicine() : codes.medicine(coding);
            String at = path + ".coding[" + c + "]";
            if (coded == null) {
                unmapped++;
                warnings.add(new Warning(WarningCode.CODING_UNMAPPED, at, "the ruleset's code tables do not map "
                        + coding.system() + " code " + coding.code() + (med != null ? "; the medicine name was used"
                        : "")));
                continue;
            }
            if (med == null) {
                med = coded;
            } else if (pc != null ? coded != med : !coded.ingredient().equals(med.ingredient())) {
                warnings.add(new Warning(WarningCode.CODING_DISAGREES, at, "the coding " + coding.system() + " "
                        + coding.code() + " is " + describe(pc, coded) + ", but " + (byName.medicine() != null
                                ? "the prescription's name \"" + rx.medicine() + "\" is " + med.name()
                                        + "; the name was used"
                                : "an earlier coding is " + med.name() + "; the earlier coding was used")));
            }
            if (pc != null && product == null && pc.medicine() == med) {
                product = pc;
            }
        }
        if (byName.medicine() == null && !byName.candidates().isEmpty()) {
            warnings.add(new Warning(WarningCode.MEDICINE_NAME_AMBIGUOUS, path + ".medicine", "\"" + rx.medicine()
                    + "\" could be any of: " + String.join(", ", byName.candidates()) + "; it was not guessed"
                    + (med != null ? ", and the coding (" + med.name() + ") was used" : ", so the medicine is"
                            + " unrecognised")));
        }
        return new Resolved(med, product == null ? rx : filled(rx, product, path, warnings), unmapped);
    }

    private static String describe(ProductCode pc, MedicineEntry coded) {
        return pc == null ? coded.ingredient() + " (an ingredient code)"
                : coded.name() + " (" + pc.display() + ")";
    }

    /** The prescription with the product's form and strength where it gives none; differences are warned about. */
    private static Prescription filled(Prescription rx, ProductCode pc, String path, List<Warning> warnings) {
        String product = "the product code " + pc.code() + " (" + pc.display() + ")";
        Form form = rx.form();
        if (form == null) {
            form = pc.form();
        } else if (form != pc.form()) {
            warnings.add(new Warning(WarningCode.CODING_DISAGREES, path + ".form", "the prescription's form is "
                    + form.code() + ", but " + product + " is " + pc.form().code() + "; the prescription's form was"
                    + " used"));
        }
        Strength strength = rx.strength();
        if (strength == null) {
            strength = pc.strength();
        } else if (!same(strength, pc.strength())) {
            warnings.add(new Warning(WarningCode.CODING_DISAGREES, path + ".strength", "the prescription's strength"
                    + " is " + text(strength) + ", but " + product + " is " + text(pc.strength()) + "; the"
                    + " prescription's strength was used"));
        }
        if (form == rx.form() && strength == rx.strength()) {
            return rx;
        }
        return new Prescription(rx.id(), rx.medicine(), rx.coding(), form, strength, rx.dose(), rx.timesPerDay(),
                rx.asNeeded(), rx.changeEveryDays(), rx.issued(), rx.daysSupply(), rx.quantity(), rx.doses());
    }

    /** Equal strengths, mg and microgram converted (0.1 mg is 100 microgram). */
    private static boolean same(Strength a, Strength b) {
        if (a.unit() == null || a.value() == null) {
            return false;
        }
        if (a.unit() == b.unit()) {
            return a.value().compareTo(b.value()) == 0;
        }
        BigDecimal x = micrograms(a);
        BigDecimal y = micrograms(b);
        return x != null && y != null && x.compareTo(y) == 0;
    }

    private static BigDecimal micrograms(Strength s) {
        return s.unit() == StrengthUnit.MG ? s.value().multiply(THOUSAND)
                : s.unit() == StrengthUnit.MICROGRAM ? s.value() : null;
    }

    private static String text(Strength s) {
        return IssueResolver.plain(s.value()) + " " + s.unit().code();
    }
}

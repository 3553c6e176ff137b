package org.taperwise.examples.cohort;

import java.util.List;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.StrengthUnit;

/**
 * The products {@link RealisticCohort} prescribes: UK opioids and sedatives as primary care records name them, each
 * a dm+d product (code and name exactly as in the built-in ruleset's {@code tables/product-codes.csv}, with its
 * form and strength from the same row) and the generic name a record may use instead (a name or synonym of
 * {@code tables/medicines.csv}). {@code RealisticCohortTest} checks every code, name, form and strength against
 * those tables, so nothing here is unknown to the ruleset. Typical doses are the products' usual adult doses
 * (one or two tablets up to four times a day, modified-release twice a day, a patch every 3, 4 or 7 days); they
 * make synthetic test data, not clinical advice.
 */
final class RealisticProducts {
    private RealisticProducts() {
    }

    /** One dm+d product: code and display as in tables/product-codes.csv. */
    record Product(String code, String display, Form form, double strength, StrengthUnit unit) {
    }

    /**
     * A product family a patient is put on, its strengths in ascending order (a dose change moves to the next
     * strength up or down, or changes the number of units when the family has one strength).
     *
     * @param generic        the name a record may use instead of the product's (tables/medicines.csv)
     * @param strengths      the family's products, ascending
     * @param dose           units (or ml) a dose
     * @param timesPerDay    doses a day (the most a day when as needed), null for patches
     * @param changeEveryDays days between patch changes, null otherwise
     * @param asNeeded       as-needed prescribing
     * @param weight         how often the family is chosen, relative to the others of its list
     */
    record Family(String generic, List<Product> strengths, double dose, DoseUnit doseUnit, Double timesPerDay,
            Double changeEveryDays, boolean asNeeded, int weight) {
        boolean patch() {
            return changeEveryDays != null;
        }
    }

    private static Product p(String code, String display, Form form, double strength, StrengthUnit unit) {
        return new Product(code, display, form, strength, unit);
    }

    private static Product mg(String code, String display, Form form, double strength) {
        return p(code, display, form, strength, StrengthUnit.MG);
    }

    private static Product patch(String code, String display, double microgramsPerHour) {
        return p(code, display, Form.PATCH, microgramsPerHour, StrengthUnit.MICROGRAM_PER_HOUR);
    }

    private static Family regular(String generic, double dose, double timesPerDay, int weight, Product... strengths) {
        return new Family(generic, List.of(strengths), dose, DoseUnit.UNIT, timesPerDay, null, false, weight);
    }

    private static Family prn(String generic, double dose, DoseUnit unit, double timesPerDay, int weight,
            Product... strengths) {
        return new Family(generic, List.of(strengths), dose, unit, timesPerDay, null, true, weight);
    }

    private static Family patches(String generic, double changeEveryDays, int weight, Product... strengths) {
        return new Family(generic, List.of(strengths), 1, DoseUnit.UNIT, null, changeEveryDays, false, weight);
    }

    private static final Product COCODAMOL_8 = mg("11211000001100", "Co-codamol 8mg/500mg tablets", Form.TABLET, 8);
    private static final Product COCODAMOL_15 = mg("3805611000001109", "Co-codamol 15mg/500mg tablets", Form.TABLET, 15);
    private static final Product COCODAMOL_30 = mg("188911000001105", "Co-codamol 30mg/500mg tablets", Form.TABLET, 30);

    /** Opioid families, weighted roughly as UK primary care prescribes them (weak opioids most, patches some). */
    static final List<Family> OPIOIDS = List.of(
            regular("co-codamol", 2, 4, 14, COCODAMOL_8, COCODAMOL_15, COCODAMOL_30),
            prn("co-codamol", 2, DoseUnit.UNIT, 4, 6, COCODAMOL_30),
            regular("paracetamol and codeine", 2, 4, 3,
                    mg("75011000001100", "Zapain 30mg/500mg tablets", Form.TABLET, 30)),
            regular("co-codamol", 2, 4, 2, mg("341211000001105", "Solpadol 30mg/500mg caplets", Form.TABLET, 30)),
            regular("codeine phosphate", 1, 4, 6, mg("3811000001102", "Codeine 15mg tablets", Form.TABLET, 15),
                    mg("129811000001104", "Codeine 30mg tablets", Form.TABLET, 30),
                    mg("271511000001104", "Codeine 60mg tablets", Form.TABLET, 60)),
            regular("dihydrocodeine tartrate", 1, 3, 4,
                    mg("29611000001109", "Dihydrocodeine 30mg tablets", Form.TABLET, 30)),
            regular("dihydrocodeine", 1, 2, 1, mg("3037111000001103", "DHC Continus 60mg tablets", Form.MR_TABLET, 60),
                    mg("3037511000001107", "DHC Continus 90mg tablets", Form.MR_TABLET, 90),
                    mg("3037811000001105", "DHC Continus 120mg tablets", Form.MR_TABLET, 120)),
            regular("co-dydramol", 2, 4, 3, mg("112411000001101", "Co-dydramol 10mg/500mg tablets", Form.TABLET, 10)),
            regular("tramadol hydrochloride", 1, 4, 7, mg("246311000001101", "Tramadol 50mg capsules", Form.CAPSULE, 50)),
            prn("tramadol", 1, DoseUnit.UNIT, 4, 3, mg("246311000001101", "Tramadol 50mg capsules", Form.CAPSULE, 50)),
            regular("tramadol", 1, 2, 4, mg("11985311000001102", "Zydol SR 50mg tablets", Form.MR_TABLET, 50),
                    mg("306311000001100", "Zydol SR 100mg tablets", Form.MR_TABLET, 100),
                    mg("362111000001102", "Zydol SR 150mg tablets", Form.MR_TABLET, 150),
                    mg("315611000001102", "Zydol SR 200mg tablets", Form.MR_TABLET, 200)),
            regular("tramadol with paracetamol", 2, 4, 2,
                    mg("7381611000001100", "Tramacet 37.5mg/325mg tablets", Form.TABLET, 37.5)),
            regular("tapentadol", 1, 2, 2, mg("18663511000001100", "Palexia SR 50mg tablets", Form.MR_TABLET, 50),
                    mg("18664111000001106", "Palexia SR 100mg tablets", Form.MR_TABLET, 100),
                    mg("18664411000001101", "Palexia SR 150mg tablets", Form.MR_TABLET, 150)),
            regular("morphine sulfate", 1, 2, 5,
                    mg("3077711000001104", "MST Continus 10mg tablets", Form.MR_TABLET, 10),
                    mg("272811000001105", "MST Continus 15mg tablets", Form.MR_TABLET, 15),
                    mg("3078711000001103", "MST Continus 30mg tablets", Form.MR_TABLET, 30),
                    mg("2883211000001103", "MST Continus 60mg tablets", Form.MR_TABLET, 60),
                    mg("2883611000001101", "MST Continus 100mg tablets", Form.MR_TABLET, 100)),
            regular("morphine", 1, 2, 3,
                    mg("3652111000001109", "Zomorph 10mg modified-release capsules", Form.MR_CAPSULE, 10),
                    mg("3651611000001107", "Zomorph 30mg modified-release capsules", Form.MR_CAPSULE, 30),
                    mg("3778011000001102", "Zomorph 60mg modified-release capsules", Form.MR_CAPSULE, 60),
                    mg("3881611000001107", "Zomorph 100mg modified-release capsules", Form.MR_CAPSULE, 100)),
            prn("morphine sulfate", 5, DoseUnit.ML, 4, 5,
                    p("3164311000001109", "Oramorph 10mg/5ml oral solution", Form.ORAL_SOLUTION, 2, StrengthUnit.MG_PER_ML)),
            prn("morphine", 2.5, DoseUnit.ML, 6, 1,
                    p("3163111000001105", "Morphine sulfate 10mg/5ml oral solution", Form.ORAL_SOLUTION, 2,
                            StrengthUnit.MG_PER_ML)),
            regular("oxycodone hydrochloride", 1, 2, 4,
                    mg("4074911000001106", "OxyContin 5mg modified-release tablets", Form.MR_TABLET, 5),
                    mg("2891711000001108", "OxyContin 10mg modified-release tablets", Form.MR_TABLET, 10),
                    mg("18645111000001103", "OxyContin 15mg modified-release tablets", Form.MR_TABLET, 15),
                    mg("2896611000001106", "OxyContin 20mg modified-release tablets", Form.MR_TABLET, 20),
                    mg("18644611000001105", "OxyContin 30mg modified-release tablets", Form.MR_TABLET, 30),
                    mg("2897211000001106", "OxyContin 40mg modified-release tablets", Form.MR_TABLET, 40)),
            regular("oxycodone", 1, 2, 2,
                    mg("20937511000001101", "Longtec 5mg modified-release tablets", Form.MR_TABLET, 5),
                    mg("20937711000001106", "Longtec 10mg modified-release tablets", Form.MR_TABLET, 10),
                    mg("29838411000001106", "Longtec 15mg modified-release tablets", Form.MR_TABLET, 15)),
            prn("oxycodone", 1, DoseUnit.UNIT, 4, 3, mg("2895711000001105", "OxyNorm 5mg capsules", Form.CAPSULE, 5),
                    mg("2896011000001104", "OxyNorm 10mg capsules", Form.CAPSULE, 10)),
            prn("oxycodone hydrochloride", 1, DoseUnit.UNIT, 4, 1,
                    mg("23657811000001102", "Shortec 5mg capsules", Form.CAPSULE, 5)),
            regular("oxycodone with naloxone", 1, 2, 1,
                    mg("15850911000001105", "Targinact 5mg/2.5mg modified-release tablets", Form.MR_TABLET, 5),
                    mg("14975711000001101", "Targinact 10mg/5mg modified-release tablets", Form.MR_TABLET, 10),
                    mg("14976011000001107", "Targinact 20mg/10mg modified-release tablets", Form.MR_TABLET, 20)),
            patches("fentanyl", 3, 3,
                    patch("11084511000001104", "Matrifen 12micrograms/hour transdermal patches", 12),
                    patch("11084911000001106", "Matrifen 25micrograms/hour transdermal patches", 25),
                    patch("11085311000001109", "Matrifen 50micrograms/hour transdermal patches", 50),
                    patch("11085711000001108", "Matrifen 75micrograms/hour transdermal patches", 75)),
            patches("fentanyl", 3, 1,
                    patch("9751111000001108", "Durogesic DTrans 12micrograms/hour transdermal patches", 12),
                    patch("9089711000001102", "Durogesic DTrans 25micrograms/hour transdermal patches", 25),
                    patch("9089911000001100", "Durogesic DTrans 50micrograms/hour transdermal patches", 50)),
            patches("buprenorphine", 7, 4,
                    patch("9565311000001104", "BuTrans 5micrograms/hour transdermal patches", 5),
                    patch("9565611000001109", "BuTrans 10micrograms/hour transdermal patches", 10),
                    patch("31877211000001103", "BuTrans 15micrograms/hour transdermal patches", 15),
                    patch("9565911000001103", "BuTrans 20micrograms/hour transdermal patches", 20)),
            patches("buprenorphine", 7, 2,
                    patch("31279211000001103", "Butec 5micrograms/hour transdermal patches", 5),
                    patch("31278911000001104", "Butec 10micrograms/hour transdermal patches", 10),
                    patch("31278611000001105", "Butec 20micrograms/hour transdermal patches", 20)),
            patches("buprenorphine", 4, 1,
                    patch("3446611000001101", "Transtec 35micrograms/hour transdermal patches", 35),
                    patch("3448811000001101", "Transtec 52.5micrograms/hour transdermal patches", 52.5)));

    /** Benzodiazepines. */
    static final List<Family> BENZODIAZEPINES = List.of(
            regular("diazepam", 1, 2, 5, mg("321196004", "Diazepam 2mg tablets", Form.TABLET, 2),
                    mg("321197008", "Diazepam 5mg tablets", Form.TABLET, 5)),
            regular("lorazepam", 1, 1, 1, mg("321294008", "Lorazepam 1mg tablets", Form.TABLET, 1)),
            regular("temazepam", 1, 1, 2, mg("321152004", "Temazepam 10mg tablets", Form.TABLET, 10)),
            regular("nitrazepam", 1, 1, 1, mg("321127001", "Nitrazepam 5mg tablets", Form.TABLET, 5)));

    /** Z-drugs. */
    static final List<Family> Z_DRUGS = List.of(
            regular("zopiclone", 1, 1, 4, mg("321177003", "Zopiclone 3.75mg tablets", Form.TABLET, 3.75),
                    mg("321175006", "Zopiclone 7.5mg tablets", Form.TABLET, 7.5)),
            regular("zolpidem", 1, 1, 1, mg("321184006", "Zolpidem 10mg tablets", Form.TABLET, 10)));

    /** Gabapentinoids. */
    static final List<Family> GABAPENTINOIDS = List.of(
            regular("pregabalin", 1, 2, 5, mg("415167006", "Pregabalin 75mg capsules", Form.CAPSULE, 75),
                    mg("415162000", "Pregabalin 150mg capsules", Form.CAPSULE, 150),
                    mg("415165003", "Pregabalin 300mg capsules", Form.CAPSULE, 300)),
            regular("pregabalin", 1, 2, 1, mg("7890511000001107", "Lyrica 75mg capsules", Form.CAPSULE, 75)),
            regular("gabapentin", 1, 3, 4, mg("323014008", "Gabapentin 300mg capsules", Form.CAPSULE, 300)),
            regular("gabapentin", 1, 3, 1, mg("401511000001108", "Neurontin 300mg capsules", Form.CAPSULE, 300)));

    /** Every family, for the table check. */
    static List<List<Family>> all() {
        return List.of(OPIOIDS, BENZODIAZEPINES, Z_DRUGS, GABAPENTINOIDS);
    }
}

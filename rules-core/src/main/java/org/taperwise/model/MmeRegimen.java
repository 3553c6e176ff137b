package org.taperwise.model;

import java.util.List;

/**
 * One regimen of the current opioids: every item of one medicine and form, regular or as-needed, taken together.
 * Oxycodone MR 30 mg and 5 mg tablets twice a day, written as two items as UK systems record them, are one
 * regimen of 70 mg a day; fentanyl 100 and 50 microgram/hour patches worn together are one regimen of 150.
 *
 * @param medicine        the medicine's name in the medicines table (as given when unrecognised)
 * @param ingredient      the opioid ingredient; null when unrecognised
 * @param form            the dose form; null when unknown
 * @param asNeeded        whether the items are as-needed (an as-needed item is never one regimen with a regular one)
 * @param prescriptionIds the items, as {@code mme.items[].prescriptionId} names them, in input order
 * @param dailyDose       the items' daily doses added up; null unless every item's is known, in one unit
 * @param dailyMme        the items' daily MME added up; null unless the status is COMPUTED
 * @param status          COMPUTED when every item is; EXCLUDED when every item is; NOT_COMPUTABLE otherwise
 */
public record MmeRegimen(String medicine, String ingredient, Form form, boolean asNeeded,
        List<String> prescriptionIds, Amount dailyDose, Double dailyMme, MmeStatus status) {
    public MmeRegimen {
        prescriptionIds = List.copyOf(prescriptionIds);
    }
}

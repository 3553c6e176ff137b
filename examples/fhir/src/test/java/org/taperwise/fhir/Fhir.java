package org.taperwise.fhir;

import java.time.LocalDate;

/** Small FHIR R4 JSON records for the mapping tests. */
final class Fhir {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    /** RxNorm 1049502: 12 HR oxycodone hydrochloride 10 MG Extended Release Oral Tablet (tables/product-codes.csv). */
    static final String OXY_MR_10 = concept(RXNORM, "1049502", "12 HR Oxycodone Hydrochloride 10 MG Extended Release"
            + " Oral Tablet");

    static final String PATIENT = """
            {"resourceType": "Patient", "id": "p1", "gender": "female", "birthDate": "1970-03-04"}""";

    static String concept(String system, String code, String display) {
        return "{\"coding\": [{\"system\": \"" + system + "\", \"code\": \"" + code + "\", \"display\": \"" + display
                + "\"}]}";
    }

    /** A bundle of the patient and the given resources (each a JSON object; "fullUrl|{...}" sets the fullUrl). */
    static String bundle(String... resources) {
        StringBuilder b = new StringBuilder("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [");
        b.append("{\"fullUrl\": \"urn:uuid:p1\", \"resource\": ").append(PATIENT).append("}");
        for (String r : resources) {
            int bar = r.indexOf('|');
            if (bar > 0 && !r.substring(0, bar).contains("{")) {
                b.append(", {\"fullUrl\": \"").append(r, 0, bar).append("\", \"resource\": ")
                        .append(r.substring(bar + 1)).append("}");
            } else {
                b.append(", {\"resource\": ").append(r).append("}");
            }
        }
        return b.append("]}").toString();
    }

    /** A community MedicationRequest; {@code extra} is added as more fields (e.g. dispenseRequest). */
    static String request(String id, String medication, String authoredOn, String dosage, String extra) {
        return "{\"resourceType\": \"MedicationRequest\", \"id\": \"" + id + "\", \"status\": \"active\","
                + " \"intent\": \"order\", " + medication + ", \"subject\": {\"reference\": \"Patient/p1\"}"
                + (authoredOn == null ? "" : ", \"authoredOn\": \"" + authoredOn + "\"")
                + (dosage == null ? "" : ", \"dosageInstruction\": [" + dosage + "]")
                + (extra == null || extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    /** A dosage row: dose quantity, frequency per period and period unit (no asNeeded). */
    static String dosage(double dose, String unitCode, int frequency, double period, String periodUnit) {
        return "{\"timing\": {\"repeat\": {\"frequency\": " + frequency + ", \"period\": " + period
                + ", \"periodUnit\": \"" + periodUnit + "\"}}, \"doseAndRate\": [{\"doseQuantity\": {\"value\": "
                + dose + ", \"system\": \"http://unitsofmeasure.org\", \"code\": \"" + unitCode + "\"}}]}";
    }

    static String supply(double quantity, int days, int repeats) {
        return "\"dispenseRequest\": {\"quantity\": {\"value\": " + quantity + ", \"unit\": \"tablet\"},"
                + " \"numberOfRepeatsAllowed\": " + repeats + ", \"expectedSupplyDuration\": {\"value\": " + days
                + ", \"unit\": \"days\", \"system\": \"http://unitsofmeasure.org\", \"code\": \"d\"}}";
    }

    private Fhir() {
    }
}

package org.taperwise.examples.cqlpeer;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * The IG's own MME test cases (opioid-mme-r4 input/tests/MMECalculatorTests at 1357f45, copied to
 * src/main/resources/ig-tests), each with the TotalMME its GuidanceResponse expects (null: none expected).
 */
final class IgCases {
    record IgCase(String name, PeerPatient patient, BigDecimal expected, LocalDate authored) {
    }

    private record Spec(String name, String[] files, Double expected) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("patient-mme-greater-than-fifty", new String[] {"patient-mme-greater-than-fifty.json",
                "example-rec-05-mme-greater-than-fifty-context.json"}, 180.0),
            new Spec("patient-mme-less-than-fifty", new String[] {"patient-mme-less-than-fifty.json",
                "example-rec-05-mme-less-than-fifty-context.json"}, 30.0),
            new Spec("patient-mme-with-timeofday", new String[] {"patient-mme-with-timeofday.json",
                "example-rec-05-mme-with-timeofday-context.json"}, 30.0),
            new Spec("mmecalc", new String[] {"mmecalc.json", "morphineMedRecMMECalc.json"}, 20.0),
            new Spec("patient-no-meds", new String[] {"patient-no-meds.json"}, null));

    private IgCases() {
    }

    static List<IgCase> load() {
        var parser = FhirContext.forR4Cached().newJsonParser();
        List<IgCase> out = new ArrayList<>();
        for (Spec s : SPECS) {
            Patient patient = null;
            List<MedicationRequest> orders = new ArrayList<>();
            for (String f : s.files()) {
                Resource r = (Resource) parser.parseResource(PeerCql.resource("ig-tests/" + s.name() + "/" + f));
                if (r instanceof Patient p) {
                    patient = p;
                } else if (r instanceof MedicationRequest mr) {
                    orders.add(mr);
                }
            }
            if (patient == null) {
                throw new IllegalStateException("IG case " + s.name() + " holds no Patient");
            }
            LocalDate authored = orders.isEmpty() || !orders.get(0).hasAuthoredOn() ? PeerPatients.AS_OF
                    : LocalDate.parse(orders.get(0).getAuthoredOnElement().getValueAsString().substring(0, 10));
            out.add(new IgCase(s.name(), new PeerPatient(patient.getIdElement().getIdPart(), patient, orders),
                    s.expected() == null ? null : BigDecimal.valueOf(s.expected()), authored));
        }
        return out;
    }
}

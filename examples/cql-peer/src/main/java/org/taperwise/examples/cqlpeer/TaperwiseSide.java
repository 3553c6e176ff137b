package org.taperwise.examples.cqlpeer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.taperwise.TaperwiseEngine;
import org.taperwise.fhir.FhirMapper;
import org.taperwise.fhir.FhirRecord;
import org.taperwise.model.Assessment;
import org.taperwise.model.PatientFacts;

/**
 * Taperwise on the peer's patients: the same HAPI R4 objects mapped by taperwise-fhir's {@link FhirMapper} (default
 * options) and assessed by an engine built from the built-in precompiled ruleset under the US CDC 2022 profile, the
 * profile whose conversion factors are the CDC's (as AssessmentBench builds its engine).
 */
final class TaperwiseSide {
    static final String PROFILE = "us-cdc-2022";
    private final FhirMapper mapper = new FhirMapper();
    private final TaperwiseEngine engine = TaperwiseEngine.builder().profile(PROFILE).build();

    /** The patient's record mapped to patient facts as of {@link PeerPatients#AS_OF}. */
    PatientFacts facts(PeerPatient p) {
        return facts(p, PeerPatients.AS_OF);
    }

    PatientFacts facts(PeerPatient p, LocalDate asOf) {
        FhirRecord.Builder record = FhirRecord.builder(asOf).add(p.patient());
        p.orders().forEach(record::add);
        return mapper.fromRecord(record.build()).facts();
    }

    List<PatientFacts> facts(List<PeerPatient> patients) {
        List<PatientFacts> out = new ArrayList<>(patients.size());
        patients.forEach(p -> out.add(facts(p)));
        return out;
    }

    Assessment assess(PatientFacts facts) {
        return engine.evaluate(facts);
    }

    /** The like-for-like: from parsed HAPI objects, as the peer starts, to a full assessment. */
    Assessment mapAndAssess(PeerPatient p) {
        return engine.evaluate(facts(p));
    }
}

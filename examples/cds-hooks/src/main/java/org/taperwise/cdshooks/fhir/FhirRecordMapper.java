package org.taperwise.cdshooks.fhir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.taperwise.cdshooks.hooks.RecordMapper;
import org.taperwise.cdshooks.http.BadRequestException;
import org.taperwise.cdshooks.http.JsonResponses;
import org.taperwise.fhir.CdsHooksRequestReader;
import org.taperwise.fhir.FhirMapper;
import org.taperwise.fhir.FhirMapping;
import org.taperwise.fhir.FhirMappingException;
import org.taperwise.fhir.FhirRecord;
import org.taperwise.fhir.MappingProblem;

import java.time.LocalDate;

/**
 * The service's record mapper: the FHIR R4 mapping module (taperwise-fhir) reads the request's context, draft
 * orders and prefetch ({@link CdsHooksRequestReader}) and maps them to patient facts ({@link FhirMapper}). What it
 * cannot map is a 400 naming each resource and FHIRPath; what it assumed or skipped are notes shown with the
 * assessment.
 */
public final class FhirRecordMapper implements RecordMapper {
    private final FhirMapper mapper = new FhirMapper();
    private final CdsHooksRequestReader reader = new CdsHooksRequestReader(mapper);

    @Override
    public Mapped map(ObjectNode request, LocalDate asOf) {
        try {
            FhirRecord record = reader.record(request.toString(), asOf);
            FhirMapping mapping = mapper.fromRecord(record);
            return new Mapped(mapping.facts(), mapping.warnings().stream()
                    .map(w -> new Note(w.code(), w.resource(), w.path(), w.message())).toList());
        } catch (FhirMappingException e) {
            throw new BadRequestException(400, "fhir_mapping", "the FHIR records could not be mapped: "
                    + e.problems().size() + " problem(s)", e.problems().stream().map(FhirRecordMapper::view).toList());
        }
    }

    private static JsonResponses.ProblemView view(MappingProblem p) {
        return new JsonResponses.ProblemView(p.resource(), p.path(), p.value(), p.expected());
    }
}

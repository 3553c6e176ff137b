package org.taperwise.cdshooks.hooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.taperwise.cdshooks.http.BadRequestException;
import org.taperwise.model.PatientFacts;

import java.time.LocalDate;
import java.util.List;

/**
 * Turns a CDS Hooks request (its context, draft orders and completed prefetch) into patient facts. The service's
 * implementation is {@code org.taperwise.cdshooks.fhir.FhirRecordMapper}, over the FHIR R4 mapping module; tests may give their own.
 */
@FunctionalInterface
public interface RecordMapper {

    /**
     * Maps the request.
     *
     * @param request the request with every prefetch key the service needs present (fetched where the client did
     *                not send it)
     * @param asOf    the evaluation date: the service's clock (CDS Hooks requests carry no "today")
     * @throws BadRequestException when the records cannot be mapped (400, naming resource and FHIRPath)
     */
    Mapped map(ObjectNode request, LocalDate asOf);

    /** The facts and what the mapping could not map or assumed. */
    record Mapped(PatientFacts facts, List<Note> notes) {
        public Mapped {
            notes = List.copyOf(notes);
        }
    }

    /** A mapping warning: its code, the resource (type/id), the FHIRPath and a message. */
    record Note(String code, String resource, String path, String message) {
    }
}

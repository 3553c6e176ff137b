package org.taperwise.fhir;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * A CDS Hooks 2.0 request as {@link CdsHooksRequestReader} read it: the envelope's fields, the draft orders and the
 * prefetch resources, parsed.
 *
 * @param hook              {@code hook} (patient-view, order-sign, order-select, ...)
 * @param hookInstance      {@code hookInstance}, or null
 * @param fhirServer        {@code fhirServer}, or null
 * @param fhirAuthorization {@code fhirAuthorization}'s fields as text ({@code access_token}, {@code token_type},
 *                          {@code expires_in}, {@code scope}, {@code subject}); empty when absent
 * @param patientId         {@code context.patientId} without a leading {@code Patient/}, or null
 * @param userId            {@code context.userId}, or null
 * @param encounterId       {@code context.encounterId}, or null
 * @param draftOrders       {@code context.draftOrders} (a Bundle, as given), or empty
 * @param prefetch          each {@code prefetch} key with its resource; a key whose value is null (the client could
 *                          not or did not fetch it) maps to null
 * @param warnings          what reading found: elements FHIR does not define, wrapped prefetch values
 */
public record CdsHooksRequest(String hook, String hookInstance, String fhirServer,
        Map<String, String> fhirAuthorization, String patientId, String userId, String encounterId,
        List<IBaseResource> draftOrders, Map<String, IBaseResource> prefetch, List<MappingWarning> warnings) {
    public CdsHooksRequest {
        fhirAuthorization = Map.copyOf(fhirAuthorization);
        draftOrders = List.copyOf(draftOrders);
        prefetch = Collections.unmodifiableMap(new LinkedHashMap<>(prefetch));
        warnings = List.copyOf(warnings);
    }

    /** The prefetch keys the client sent as null or did not send among {@code expected} (to fetch from fhirServer). */
    public List<String> missingPrefetch(List<String> expected) {
        return expected.stream().filter(k -> prefetch.get(k) == null).toList();
    }

    /**
     * A record builder holding the draft orders, every prefetch resource and the patient id, evaluated as of
     * {@code asOf}; a host adds what it fetched itself before {@code build()}.
     */
    public FhirRecord.Builder recordBuilder(LocalDate asOf) {
        FhirRecord.Builder b = FhirRecord.builder(asOf).patientId(patientId).readWarnings(warnings);
        draftOrders.forEach(b::draftOrder);
        prefetch.values().forEach(b::add);
        return b;
    }

    /** The record of draft orders and prefetch, as of {@code asOf}. */
    public FhirRecord record(LocalDate asOf) {
        return recordBuilder(asOf).build();
    }
}

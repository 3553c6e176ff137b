package org.taperwise.cdshooks.hooks;

import org.taperwise.cdshooks.http.BadRequestException;

/**
 * The service's record mapper: {@code org.taperwise.cdshooks.fhir.FhirRecordMapper}, built from {@code src/fhir/java}
 * when the FHIR mapping module (examples/fhir) is in the build (the pom's {@code fhir-mapping} profile, active when
 * that module's CDS Hooks reader exists). Without it every hook call is answered 503 saying so: this service never
 * evaluates records it cannot read.
 */
public final class RecordMappers {
    static final String FHIR_MAPPER = "org.taperwise.cdshooks.fhir.FhirRecordMapper";

    private RecordMappers() {
    }

    /** The FHIR mapper if built, else one that answers 503. */
    public static RecordMapper service() {
        try {
            return (RecordMapper) Class.forName(FHIR_MAPPER).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return (request, asOf) -> {
                throw new BadRequestException(503, "fhir_mapping_unavailable", "this build of the service has no "
                        + "FHIR mapping module (examples/fhir); rebuild with it");
            };
        }
    }

    /** Whether the FHIR mapper is built in. */
    public static boolean fhirAvailable() {
        try {
            Class.forName(FHIR_MAPPER);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}

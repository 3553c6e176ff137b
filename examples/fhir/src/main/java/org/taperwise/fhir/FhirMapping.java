package org.taperwise.fhir;

import java.util.List;
import org.taperwise.model.PatientFacts;

/**
 * A FHIR record mapped to patient facts, with everything the mapping did not map or assumed.
 *
 * @param facts    the patient facts, for {@code TaperwiseEngine.evaluate} (the engine's own checks still run)
 * @param warnings what was not mapped or was assumed, each naming the resource and FHIRPath
 */
public record FhirMapping(PatientFacts facts, List<MappingWarning> warnings) {
    public FhirMapping {
        warnings = List.copyOf(warnings);
    }

    /**
     * The prescription ids ({@code prescriptions[].id}) that came from CDS Hooks draft orders
     * ({@code context.draftOrders}): orders being signed or selected now, counted as issued on {@code asOf}.
     */
    public List<String> draftOrderIds() {
        return warnings.stream().filter(w -> Warnings.DRAFT_ORDER.equals(w.code())).map(MappingWarning::resource)
                .toList();
    }
}

package org.taperwise.fhir;

/**
 * Something in the FHIR record that was not mapped, or was mapped by a rule worth knowing (docs/contract.md, "FHIR R4
 * input"). Never a silent drop: everything the mapping leaves out is one of these.
 *
 * @param code     what happened, e.g. {@code MEDICATION_REQUEST_INPATIENT} (the list is in the contract)
 * @param resource the resource concerned, as {@code MedicationRequest/abc} (or {@code MedicationRequest (entry 3)}
 *                 when it has no id)
 * @param path     the FHIRPath of the element concerned, e.g.
 *                 {@code MedicationRequest.dosageInstruction[0].timing.repeat.boundsPeriod}
 * @param message  what was done, in words
 */
public record MappingWarning(String code, String resource, String path, String message) {
}

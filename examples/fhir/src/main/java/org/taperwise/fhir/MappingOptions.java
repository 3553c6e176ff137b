package org.taperwise.fhir;

/**
 * The choices a host may change in the FHIR mapping (docs/contract.md, "FHIR R4 input"). Each default is the rule the
 * contract documents.
 *
 * @param presumeRepeats          {@code numberOfRepeatsAllowed} of a MedicationRequest with no MedicationDispense adds
 *                                the presumed repeat issues (default true; warning {@code REPEATS_PRESUMED})
 * @param countInpatient          an inpatient MedicationRequest ({@code category} inpatient) counts as an issue
 *                                (default false: hospital use is not a community prescription; warning
 *                                {@code MEDICATION_REQUEST_INPATIENT} either way)
 * @param countPatientReported    an active or completed MedicationStatement counts as an issue dated its effective
 *                                date (default true; warning {@code MEDICATION_STATEMENT_PATIENT_REPORTED})
 * @param daysPerMonth            days in a month for durations and periods in {@code mo} (default 30)
 */
public record MappingOptions(boolean presumeRepeats, boolean countInpatient, boolean countPatientReported,
        int daysPerMonth) {
    public MappingOptions {
        if (daysPerMonth < 28 || daysPerMonth > 31) {
            throw new IllegalArgumentException("daysPerMonth must be 28 to 31, not " + daysPerMonth);
        }
    }

    /** The documented defaults: repeats presumed, inpatient orders not counted, statements counted, 30-day months. */
    public static MappingOptions defaults() {
        return new MappingOptions(true, false, true, 30);
    }

    public MappingOptions withPresumeRepeats(boolean value) {
        return new MappingOptions(value, countInpatient, countPatientReported, daysPerMonth);
    }

    public MappingOptions withCountInpatient(boolean value) {
        return new MappingOptions(presumeRepeats, value, countPatientReported, daysPerMonth);
    }

    public MappingOptions withCountPatientReported(boolean value) {
        return new MappingOptions(presumeRepeats, countInpatient, value, daysPerMonth);
    }

    public MappingOptions withDaysPerMonth(int value) {
        return new MappingOptions(presumeRepeats, countInpatient, countPatientReported, value);
    }
}

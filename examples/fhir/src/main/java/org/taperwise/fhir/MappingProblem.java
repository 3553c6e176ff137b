package org.taperwise.fhir;

/**
 * One reason a FHIR record cannot be mapped (malformed JSON, a required element missing, a value that cannot be read).
 *
 * @param resource the resource concerned ({@code MedicationRequest/abc}), or the document ({@code request}, {@code
 *                 Bundle}) when the problem is in the JSON itself
 * @param path     the FHIRPath (or JSON location) of the element, e.g. {@code MedicationRequest.authoredOn}
 * @param value    the value found, shown briefly ({@code missing} when absent)
 * @param expected what was expected instead
 */
public record MappingProblem(String resource, String path, String value, String expected) {
    /** One line: resource, path, value and what was expected. */
    @Override
    public String toString() {
        return resource + (path == null || path.isEmpty() ? "" : " " + path) + ": " + value + " (expected " + expected
                + ")";
    }
}

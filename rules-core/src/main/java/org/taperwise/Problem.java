package org.taperwise;

/**
 * One thing wrong with a patient record.
 *
 * @param path     JSON path of the offending value, e.g. {@code prescriptions[2].strength.value}
 * @param value    the value as given (JSON text), or {@code "missing"}
 * @param expected what a valid value looks like
 */
public record Problem(String path, String value, String expected) {
    @Override
    public String toString() {
        return path + ": " + value + " (expected " + expected + ")";
    }
}

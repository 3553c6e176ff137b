package org.taperwise.model;

/**
 * Something assumed or ignored while reading the facts.
 *
 * @param path JSON path of the input concerned, e.g. {@code prescriptions[1].daysSupply}
 */
public record Warning(WarningCode code, String path, String message) {
}

package org.taperwise.rules;

import java.time.LocalDate;
import org.taperwise.model.Instrument;

/**
 * A questionnaire total dated on or before {@code asOf}.
 *
 * @param date null when the host gave none
 * @param ref  the JSON path of the entry, used as evidence
 */
public record ScreeningResult(Instrument instrument, double score, LocalDate date, String ref) {
}

package org.taperwise.rules;

import java.time.LocalDate;
import org.taperwise.model.Instrument;

/**
 * A questionnaire total dated on or before {@code asOf}.
 *
 * @param date   null when the host gave none
 * @param ref    the JSON path of the entry, used as evidence
 * @param latest whether it is the patient's most recent result for this instrument (the latest dated one; an
 *               undated one only when no result of the instrument is dated)
 */
public record ScreeningResult(Instrument instrument, double score, LocalDate date, String ref, boolean latest) {
}

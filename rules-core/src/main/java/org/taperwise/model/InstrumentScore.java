package org.taperwise.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A questionnaire total (the contract's {@code assessments[]} entry).
 *
 * @param date when the questionnaire was completed, or null when unknown
 */
public record InstrumentScore(Instrument instrument, BigDecimal score, LocalDate date) {
    public static InstrumentScore of(Instrument instrument, double score, LocalDate date) {
        return new InstrumentScore(instrument, BigDecimal.valueOf(score), date);
    }
}

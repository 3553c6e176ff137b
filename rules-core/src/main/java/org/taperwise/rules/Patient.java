package org.taperwise.rules;

import java.time.LocalDate;
import org.taperwise.model.Sex;

/**
 * The patient as rules see it.
 *
 * @param ageKnown     false when no birth date was given
 * @param ageYears     completed years at {@code asOf}; 0 when unknown
 * @param pregnant     true only when the host said so
 * @param sex          null when not given
 * @param historyStart the host's prescription history is complete from this date; {@link LocalDate#MIN}
 *                     when the host gave no start (complete)
 */
public record Patient(boolean ageKnown, int ageYears, boolean pregnant, Sex sex, LocalDate historyStart) {
}

package org.taperwise.model;

/**
 * One dose of a regimen whose doses differ by time of day (contract section 1, {@code prescriptions[].doses[]}).
 *
 * @param when the time of day it is taken
 * @param dose the amount taken then, in the same units as {@code dose}
 */
public record TimedDose(TimeOfDay when, Dose dose) {
}

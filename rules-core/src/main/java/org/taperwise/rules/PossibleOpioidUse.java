package org.taperwise.rules;

import java.time.LocalDate;

/**
 * Opioid use as it would be if every unrecognised medicine were an opioid. Inserted only when some issue's medicine
 * is not recognised, so that a rule never reads "no opioid" from a name it could not read: an opioid criterion that
 * this could meet, and the recognised opioids alone do not, is unknown rather than unmet.
 *
 * @param prescriptionsInWindow opioid and unrecognised issues in the review window
 * @param supplySince           first day of the latest run of supply counting unrecognised issues; null when none
 * @param supplyUntil           last day supplied in that run; null when none
 * @param supplyOngoing         whether that run reaches {@code asOf} (allowing the profile's gap)
 */
public record PossibleOpioidUse(int prescriptionsInWindow, LocalDate supplySince, LocalDate supplyUntil,
        boolean supplyOngoing) {
}

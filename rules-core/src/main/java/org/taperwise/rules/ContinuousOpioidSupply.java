package org.taperwise.rules;

import java.time.LocalDate;

/**
 * The latest run of opioid supply, in which each issue starts no more than the profile's allowed gap
 * after the previous supply ran out. Inserted only when the patient has any opioid issue.
 *
 * @param since     first day of the run
 * @param until     last day supplied in the run
 * @param ongoing   whether the run reaches {@code asOf} (allowing the gap)
 */
public record ContinuousOpioidSupply(LocalDate since, LocalDate until, boolean ongoing) {
}

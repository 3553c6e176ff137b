package org.taperwise.rules;

import org.taperwise.model.TaperStatus;

/**
 * A rule's decision that no taper plan is proposed, and why. At most one is inserted per evaluation: the rules
 * check the reasons in order (end-of-life care, specialist, no current opioid, unknown dose, not eligible).
 *
 * @param reasonCode END_OF_LIFE_CARE, SPECIALIST_REQUIRED, NO_CURRENT_OPIOID, DOSE_UNKNOWN or NOT_ELIGIBLE
 */
public record TaperDecision(TaperStatus status, String reasonCode, String message) {
}

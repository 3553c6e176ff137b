package org.taperwise.rules;

import org.taperwise.model.TaperReason;
import org.taperwise.model.TaperStatus;

/**
 * A rule's decision that no taper plan is proposed, and why. At most one is inserted per evaluation: the rules
 * check the reasons in order (end-of-life care, specialist, no current opioid, unknown dose, not eligible).
 *
 * @param reasonCode why no plan is proposed
 */
public record TaperDecision(TaperStatus status, TaperReason reasonCode, String message) {
}

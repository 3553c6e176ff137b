package org.taperwise.model;

/**
 * A daily amount with its unit: {@code 40 mg} of oxycodone a day, or {@code 25 microgram/hour} of fentanyl
 * from patches worn continuously.
 */
public record Amount(double value, String unit) {
}

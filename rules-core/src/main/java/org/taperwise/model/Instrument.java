package org.taperwise.model;

/**
 * A scored questionnaire the host may send, with the range a valid total can take.
 * Ranges are those of the instruments as published (contract section 1).
 */
public enum Instrument implements JsonCode {
    /** Current Opioid Misuse Measure: 17 items scored 0-4, total 0-68. */
    COMM("COMM", 0, 68),
    /** Clinical Opiate Withdrawal Scale: 11 items, total 0-48. */
    COWS("COWS", 0, 48),
    /** Brief Pain Inventory, sum of the 4 severity items (0-10 each). */
    BPI_SEVERITY("BPI_SEVERITY", 0, 40),
    /** Brief Pain Inventory, sum of the 7 interference items (0-10 each). */
    BPI_INTERFERENCE("BPI_INTERFERENCE", 0, 70);

    private final String code;
    private final int minScore;
    private final int maxScore;

    Instrument(String code, int minScore, int maxScore) {
        this.code = code;
        this.minScore = minScore;
        this.maxScore = maxScore;
    }

    @Override
    public String code() {
        return code;
    }

    /** Lowest valid total. */
    public int minScore() {
        return minScore;
    }

    /** Highest valid total. */
    public int maxScore() {
        return maxScore;
    }
}

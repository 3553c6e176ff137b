package org.taperwise.taper;

/**
 * A dose of one opioid in a taper step (not the prescription's {@link org.taperwise.model.Dose}), in thousandths:
 * the daily amount and the per-administration amounts (morning first), or the patches worn; for an oral solution,
 * the concentration it is measured from (thousandths of mg/ml; 0 otherwise).
 */
record Dose(long daily, long[] parts, boolean patch, long concentration) {
    /** Nothing taken: the dose after the last step. */
    static final Dose NONE = new Dose(0, new long[0], false, 0);

    Dose(long daily, long[] parts, boolean patch) {
        this(daily, parts, patch, 0);
    }

    /** Administrations a day, or patches worn. */
    int count() {
        return parts.length;
    }
}

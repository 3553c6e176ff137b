package org.taperwise.model;

/**
 * When in the day a dose is taken, for regimens whose doses differ by time of day ({@code prescriptions[].doses}),
 * e.g. oxycodone MR 20 mg in the morning and 30 mg at night. The order is the order of the day.
 */
public enum TimeOfDay implements JsonCode {
    MORNING("morning"),
    MIDDAY("midday"),
    AFTERNOON("afternoon"),
    EVENING("evening"),
    NIGHT("night");

    private final String code;

    TimeOfDay(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

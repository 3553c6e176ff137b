package org.taperwise.model;

/** Administrative sex as recorded (FHIR AdministrativeGender). */
public enum Sex implements JsonCode {
    FEMALE("female"),
    MALE("male"),
    OTHER("other"),
    UNKNOWN("unknown");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

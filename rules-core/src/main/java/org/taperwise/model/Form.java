package org.taperwise.model;

/** Dose form of a prescription, as the contract spells it. The form decides the route used for conversion. */
public enum Form implements JsonCode {
    TABLET("tablet"),
    MR_TABLET("mr-tablet"),
    CAPSULE("capsule"),
    MR_CAPSULE("mr-capsule"),
    ORAL_SOLUTION("oral-solution"),
    PATCH("patch"),
    BUCCAL("buccal"),
    SUBLINGUAL("sublingual"),
    NASAL_SPRAY("nasal-spray"),
    INJECTION("injection"),
    SUPPOSITORY("suppository"),
    OTHER("other");

    private final String code;

    Form(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

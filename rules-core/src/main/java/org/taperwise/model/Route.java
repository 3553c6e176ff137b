package org.taperwise.model;

/**
 * Route of administration, derived from the {@link Form}. Conversion tables are keyed by route,
 * because factors differ by route (oral morphine 1, morphine injection 2).
 */
public enum Route implements JsonCode {
    ORAL("oral"),
    TRANSDERMAL("transdermal"),
    BUCCAL("buccal"),
    SUBLINGUAL("sublingual"),
    NASAL("nasal"),
    INJECTION("injection"),
    RECTAL("rectal");

    private final String code;

    Route(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The route a form is given by.
     *
     * @return null for {@link Form#OTHER}: no route can be assumed
     */
    public static Route of(Form form) {
        return switch (form) {
            case TABLET, MR_TABLET, CAPSULE, MR_CAPSULE, ORAL_SOLUTION -> ORAL;
            case PATCH -> TRANSDERMAL;
            case BUCCAL -> BUCCAL;
            case SUBLINGUAL -> SUBLINGUAL;
            case NASAL_SPRAY -> NASAL;
            case INJECTION -> INJECTION;
            case SUPPOSITORY -> RECTAL;
            case OTHER -> null;
        };
    }
}

package org.taperwise.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One issue of a prescription (contract section 1, {@code prescriptions[]}). Repeat issues are
 * separate entries. Optional components are null when not given.
 *
 * @param id              host identifier, or null (the assessment then names the entry by its JSON path)
 * @param medicine        ingredient or product name, case-insensitive, or null when only {@code coding} is given
 * @param coding          terminology codes for the medicine; may be empty
 * @param form            dose form, or null when unknown
 * @param strength        strength per unit of the opioid (or co-medicine) ingredient
 * @param dose            one administration
 * @param timesPerDay     administrations a day; the maximum allowed when {@code asNeeded}
 * @param asNeeded        true for PRN prescriptions (counted at the maximum allowed)
 * @param changeEveryDays for patches: days between patch changes
 * @param issued          date of issue; required, never after {@code asOf}
 * @param daysSupply      days the issue is meant to last, or null to derive it
 * @param quantity        units (tablets, patches) or ml issued, or null
 * @param doses           doses that differ by time of day, in the order of the day (instead of {@code dose} and
 *                        {@code timesPerDay}); empty otherwise
 */
public record Prescription(
        String id,
        String medicine,
        List<Coding> coding,
        Form form,
        Strength strength,
        Dose dose,
        BigDecimal timesPerDay,
        boolean asNeeded,
        BigDecimal changeEveryDays,
        LocalDate issued,
        Integer daysSupply,
        BigDecimal quantity,
        List<TimedDose> doses) {

    public Prescription {
        coding = coding == null ? List.of() : List.copyOf(coding);
        doses = doses == null ? List.of() : List.copyOf(doses);
    }

    /** An issue whose doses do not differ by time of day. */
    public Prescription(String id, String medicine, List<Coding> coding, Form form, Strength strength, Dose dose,
            BigDecimal timesPerDay, boolean asNeeded, BigDecimal changeEveryDays, LocalDate issued, Integer daysSupply,
            BigDecimal quantity) {
        this(id, medicine, coding, form, strength, dose, timesPerDay, asNeeded, changeEveryDays, issued, daysSupply,
                quantity, List.of());
    }

    /** Whether the doses differ by time of day ({@link #doses()} is given). */
    public boolean timed() {
        return !doses.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a prescription issue for Java hosts; validation happens when the engine evaluates. */
    public static final class Builder {
        private String id;
        private String medicine;
        private final List<Coding> coding = new ArrayList<>();
        private Form form;
        private Strength strength;
        private Dose dose;
        private BigDecimal timesPerDay;
        private boolean asNeeded;
        private BigDecimal changeEveryDays;
        private LocalDate issued;
        private Integer daysSupply;
        private BigDecimal quantity;
        private final List<TimedDose> doses = new ArrayList<>();

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder medicine(String medicine) {
            this.medicine = medicine;
            return this;
        }

        public Builder coding(String system, String code) {
            this.coding.add(new Coding(system, code));
            return this;
        }

        public Builder form(Form form) {
            this.form = form;
            return this;
        }

        public Builder strength(double value, StrengthUnit unit) {
            this.strength = Strength.of(value, unit);
            return this;
        }

        public Builder dose(double value, DoseUnit unit) {
            this.dose = Dose.of(value, unit);
            return this;
        }

        /** One dose of a regimen whose doses differ by time of day; call once per time of day. */
        public Builder dose(TimeOfDay when, double value, DoseUnit unit) {
            this.doses.add(new TimedDose(when, Dose.of(value, unit)));
            return this;
        }

        public Builder timesPerDay(double timesPerDay) {
            this.timesPerDay = BigDecimal.valueOf(timesPerDay);
            return this;
        }

        public Builder asNeeded(boolean asNeeded) {
            this.asNeeded = asNeeded;
            return this;
        }

        public Builder changeEveryDays(double days) {
            this.changeEveryDays = BigDecimal.valueOf(days);
            return this;
        }

        public Builder issued(LocalDate issued) {
            this.issued = issued;
            return this;
        }

        public Builder daysSupply(int daysSupply) {
            this.daysSupply = daysSupply;
            return this;
        }

        public Builder quantity(double quantity) {
            this.quantity = BigDecimal.valueOf(quantity);
            return this;
        }

        public Prescription build() {
            return new Prescription(id, medicine, coding, form, strength, dose, timesPerDay, asNeeded,
                    changeEveryDays, issued, daysSupply, quantity, doses);
        }
    }
}

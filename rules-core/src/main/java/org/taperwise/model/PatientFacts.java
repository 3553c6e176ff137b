package org.taperwise.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the engine knows about one patient for one evaluation (contract section 1).
 * {@code asOf} is "today": nothing in the engine reads the clock. Optional components are null when
 * not given; lists are never null.
 *
 * @param patientId    opaque host identifier; never written to logs above DEBUG
 * @param asOf         the evaluation date
 * @param birthDate    null when unknown (age criteria are then UNDETERMINED)
 * @param sex          null when not given
 * @param pregnant     null when not known
 * @param historyStart the host's prescription history is complete from this date; null means complete
 */
public record PatientFacts(
        String patientId,
        LocalDate asOf,
        LocalDate birthDate,
        Sex sex,
        Boolean pregnant,
        LocalDate historyStart,
        List<Condition> conditions,
        List<Prescription> prescriptions,
        List<InstrumentScore> assessments,
        TaperRequest taperRequest) {

    public PatientFacts {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        prescriptions = prescriptions == null ? List.of() : List.copyOf(prescriptions);
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
    }

    /** Starts a patient record with the two required fields. */
    public static Builder builder(String patientId, LocalDate asOf) {
        return new Builder(patientId, asOf);
    }

    /** Builds patient facts for Java hosts; validation happens when the engine evaluates. */
    public static final class Builder {
        private final String patientId;
        private final LocalDate asOf;
        private LocalDate birthDate;
        private Sex sex;
        private Boolean pregnant;
        private LocalDate historyStart;
        private final List<Condition> conditions = new ArrayList<>();
        private final List<Prescription> prescriptions = new ArrayList<>();
        private final List<InstrumentScore> assessments = new ArrayList<>();
        private TaperRequest taperRequest;

        private Builder(String patientId, LocalDate asOf) {
            this.patientId = patientId;
            this.asOf = asOf;
        }

        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        public Builder sex(Sex sex) {
            this.sex = sex;
            return this;
        }

        public Builder pregnant(boolean pregnant) {
            this.pregnant = pregnant;
            return this;
        }

        public Builder historyStart(LocalDate historyStart) {
            this.historyStart = historyStart;
            return this;
        }

        public Builder condition(Condition condition) {
            this.conditions.add(condition);
            return this;
        }

        public Builder prescription(Prescription prescription) {
            this.prescriptions.add(prescription);
            return this;
        }

        public Builder assessment(InstrumentScore score) {
            this.assessments.add(score);
            return this;
        }

        public Builder taperRequest(TaperRequest taperRequest) {
            this.taperRequest = taperRequest;
            return this;
        }

        public PatientFacts build() {
            return new PatientFacts(patientId, asOf, birthDate, sex, pregnant, historyStart, conditions,
                    prescriptions, assessments, taperRequest);
        }
    }
}

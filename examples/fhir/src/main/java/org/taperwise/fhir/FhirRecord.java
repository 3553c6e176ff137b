package org.taperwise.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;

/**
 * One patient's FHIR R4 record as a host has it: a Bundle, a CDS Hooks request's prefetch and draft orders, or the
 * results of FHIR server searches. Immutable; built with {@link #builder(LocalDate)}.
 */
public final class FhirRecord {
    /**
     * One resource of the record.
     *
     * @param resource the resource
     * @param fullUrl  its Bundle entry's {@code fullUrl}, or null (references may name it)
     * @param draft    true for a CDS Hooks draft order ({@code context.draftOrders})
     */
    record Entry(IBaseResource resource, String fullUrl, boolean draft) {
    }

    private final LocalDate asOf;
    private final List<Entry> entries;
    private final String patientId;
    private final LocalDate historyStart;
    private final List<MappingWarning> readWarnings;

    private FhirRecord(Builder b) {
        this.readWarnings = List.copyOf(b.readWarnings);
        this.asOf = b.asOf;
        this.entries = List.copyOf(b.entries);
        this.patientId = b.patientId;
        this.historyStart = b.historyStart;
    }

    /** Starts a record evaluated as of {@code asOf} ("today": FHIR requests have none, the caller's clock gives it). */
    public static Builder builder(LocalDate asOf) {
        return new Builder(asOf);
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The patient id given apart from the resources (CDS Hooks {@code context.patientId}), or null. */
    public String patientId() {
        return patientId;
    }

    /** The date from which the host's medication history is complete, or null (complete). */
    public LocalDate historyStart() {
        return historyStart;
    }

    /** How many resources the record holds, draft orders included. */
    public int size() {
        return entries.size();
    }

    List<Entry> entries() {
        return entries;
    }

    /** Warnings found while reading the resources (e.g. by {@link CdsHooksRequestReader}); mapped warnings follow. */
    List<MappingWarning> readWarnings() {
        return readWarnings;
    }

    /** Collects the resources of one record. Not thread-safe. */
    public static final class Builder {
        private final LocalDate asOf;
        private final List<Entry> entries = new ArrayList<>();
        private String patientId;
        private LocalDate historyStart;
        private final List<MappingWarning> readWarnings = new ArrayList<>();

        private Builder(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
        }

        /** The patient; the same as {@code add(patient)}. */
        public Builder patient(Patient patient) {
            return add(patient);
        }

        /** A resource of the record; a Bundle is flattened (its entries' resources are added, with their fullUrl). */
        public Builder add(IBaseResource resource) {
            add(resource, null, false);
            return this;
        }

        /**
         * A CDS Hooks draft order ({@code context.draftOrders} of order-sign and order-select; a Bundle is flattened):
         * a MedicationRequest being ordered now, counted as issued on {@code asOf} whatever its status (draft), and
         * named by {@link FhirMapping#draftOrderIds()}. Other resource types are mapped as ordinary resources.
         */
        public Builder draftOrder(IBaseResource resource) {
            add(resource, null, true);
            return this;
        }

        /**
         * The patient's id when the record holds no Patient resource (CDS Hooks {@code context.patientId}); a
         * leading {@code Patient/} is dropped. A Patient resource's id wins.
         */
        public Builder patientId(String patientId) {
            this.patientId = patientId == null ? null
                    : patientId.startsWith("Patient/") ? patientId.substring("Patient/".length()) : patientId;
            return this;
        }

        /**
         * The date from which the medication history given is complete (e.g. the start of a prefetch query's date
         * window); becomes the patient's {@code historyStart}. Not set: complete.
         */
        public Builder historyStart(LocalDate historyStart) {
            this.historyStart = historyStart;
            return this;
        }

        Builder readWarnings(List<MappingWarning> warnings) {
            readWarnings.addAll(warnings);
            return this;
        }

        public FhirRecord build() {
            return new FhirRecord(this);
        }

        private void add(IBaseResource resource, String fullUrl, boolean draft) {
            if (resource == null) {
                return;
            }
            if (resource instanceof Bundle bundle) {
                for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
                    if (e.hasResource()) {
                        add(e.getResource(), e.hasFullUrl() ? e.getFullUrl() : null, draft);
                    }
                }
                return;
            }
            entries.add(new Entry(resource, fullUrl, draft && resource instanceof MedicationRequest));
        }
    }
}

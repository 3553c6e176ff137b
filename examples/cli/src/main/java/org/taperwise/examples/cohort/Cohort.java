package org.taperwise.examples.cohort;

import org.taperwise.model.PatientFacts;

/** A seeded source of synthetic patients: the same seed always gives the same patients in the same order. */
public interface Cohort {
    /** The next patient. */
    PatientFacts next();
}

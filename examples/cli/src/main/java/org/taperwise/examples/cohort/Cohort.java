package org.taperwise.examples.cohort;

import java.util.ArrayList;
import java.util.List;
import org.taperwise.model.PatientFacts;

/** A seeded source of synthetic patients: the same seed always gives the same patients in the same order. */
public interface Cohort {
    /** The next patient. */
    PatientFacts next();

    /** The next {@code n} patients of this cohort. */
    default List<PatientFacts> patients(int n) {
        List<PatientFacts> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next());
        }
        return out;
    }
}

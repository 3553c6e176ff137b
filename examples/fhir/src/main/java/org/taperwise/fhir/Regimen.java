package org.taperwise.fhir;

import java.math.BigDecimal;
import java.util.List;
import org.taperwise.model.Dose;
import org.taperwise.model.TimedDose;

/**
 * A dosage instruction read into the contract's terms: {@code dose} and {@code timesPerDay}, or {@code doses} by time
 * of day, or a patch's {@code changeEveryDays}; {@code boundsDays} is how long the instruction runs (timing bounds), or
 * null. Any component may be null when the record does not give it.
 */
record Regimen(Dose dose, BigDecimal timesPerDay, List<TimedDose> doses, boolean asNeeded, BigDecimal changeEveryDays,
        BigDecimal boundsDays) {
    static final Regimen NONE = new Regimen(null, null, List.of(), false, null, null);

    Regimen {
        doses = doses == null ? List.of() : List.copyOf(doses);
    }

    boolean given() {
        return dose != null || timesPerDay != null || !doses.isEmpty() || changeEveryDays != null;
    }
}

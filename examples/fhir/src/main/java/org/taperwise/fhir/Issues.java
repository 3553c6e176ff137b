package org.taperwise.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Type;
import org.taperwise.model.Prescription;

/** Builds the contract's prescription issues from a medicine, a dosage and a supply. */
final class Issues {
    private final Findings findings;
    private final MedicationMapping medicines;
    private final DosageMapping dosages;
    private final SupplyMapping supply;

    Issues(Findings findings, MedicationMapping medicines, DosageMapping dosages, SupplyMapping supply) {
        this.findings = findings;
        this.medicines = medicines;
        this.dosages = dosages;
        this.supply = supply;
    }

    SupplyMapping supply() {
        return supply;
    }

    /**
     * One issue. {@code medication} is read as {@code path.medication[x]} of {@code owner}; {@code dosage} at
     * {@code dosagePath}. The prescription's id is {@code id} (the resource's name, so flags' evidence names it).
     */
    Prescription build(String id, Type medication, DomainResource owner, String resource, String path,
            List<Dosage> dosage, String dosagePath, LocalDate issued, BigDecimal quantity, Integer days) {
        MedicationMapping.Medicine m = medicines.read(medication, owner, resource, path);
        Regimen r = dosages.read(dosage, resource, dosagePath, m.patch());
        if (dosage.isEmpty()) {
            findings.warn(Warnings.DOSAGE_MISSING, resource, dosagePath, "no dosage instruction: "
                    + (quantity != null && days != null ? "the daily dose is the quantity over the days supply"
                            : "the daily dose is unknown (no quantity and days supply to derive it)"));
        }
        return new Prescription(id, m.name(), m.coding(), m.form(), m.strength(), r.dose(), r.timesPerDay(),
                r.asNeeded(), r.changeEveryDays(), issued, days, quantity, r.doses());
    }

    /** A presumed repeat of {@code first}: the same medicine and dosage, issued on {@code date}. */
    Prescription repeat(Prescription first, String id, LocalDate date, Integer days, BigDecimal quantity) {
        return new Prescription(id, first.medicine(), first.coding(), first.form(), first.strength(), first.dose(),
                first.timesPerDay(), first.asNeeded(), first.changeEveryDays(), date, days, quantity, first.doses());
    }
}

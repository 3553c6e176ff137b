package org.taperwise.cdshooks.hooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services this CDS Hooks service offers (CDS Hooks 2.0, "Discovery"): one per hook, each with the same
 * prefetch templates.
 *
 * <p>Prefetch templates use only the tokens CDS Hooks 2.0 defines ({@code {{context.patientId}}}); the
 * specification has no date arithmetic, so the history window cannot be in the template. Clients send the
 * patient's records; the mapping reads the window it needs from the evaluation date. When the service fetches a
 * missing key itself it adds the window ({@code authoredon=ge<asOf - historyMonths>}), as the CDC opioid CDS's
 * engine (cqf-ruler, {@code EpicModuleConfigurationResolver}) does with its own {@code {{today - 13 months - 1 day}}},
 * a token only that engine resolves.
 */
public record CdsService(String id, String hook, String title, String description) {

    /** Prefetch keys and templates, in discovery order. */
    public static final Map<String, String> PREFETCH = prefetch();

    /** The three services. */
    public static final List<CdsService> ALL = List.of(
            new CdsService("taperwise-patient-view", "patient-view", "Taperwise opioid review",
                    "When a patient's record is opened: whether the patient is eligible for an opioid review, the "
                            + "daily oral morphine equivalent, risk flags and whether a taper is proposed, with the "
                            + "rule and source behind each."),
            new CdsService("taperwise-order-select", "order-select", "Taperwise opioid order check (select)",
                    "When an opioid is selected: the risk flags of the patient's opioids with the draft order "
                            + "counted (dose thresholds, sedative co-prescription, naloxone)."),
            new CdsService("taperwise-order-sign", "order-sign", "Taperwise opioid order check (sign)",
                    "Before an order is signed: the risk flags of the patient's opioids with the draft orders "
                            + "counted, and a naloxone order to add where the rules recommend it."));

    /** The service with this id. */
    public static Optional<CdsService> byId(String id) {
        return ALL.stream().filter(s -> s.id.equals(id)).findFirst();
    }

    /** Whether the hook carries draft orders in its context. */
    public boolean ordersHook() {
        return !"patient-view".equals(hook);
    }

    private static Map<String, String> prefetch() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("patient", "Patient/{{context.patientId}}");
        p.put("medicationRequests", "MedicationRequest?patient={{context.patientId}}");
        p.put("medicationDispenses", "MedicationDispense?patient={{context.patientId}}");
        p.put("medicationStatements", "MedicationStatement?patient={{context.patientId}}");
        p.put("conditions", "Condition?patient={{context.patientId}}");
        return java.util.Collections.unmodifiableMap(p);
    }
}

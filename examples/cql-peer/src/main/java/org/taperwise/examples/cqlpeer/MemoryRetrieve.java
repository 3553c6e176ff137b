package org.taperwise.examples.cqlpeer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;
import org.opencds.cqf.cql.engine.retrieve.RetrieveProvider;
import org.opencds.cqf.cql.engine.runtime.Code;
import org.opencds.cqf.cql.engine.runtime.Interval;

/**
 * The CQL engine's data source: HAPI R4 resources held in memory (engine-fhir ships only REST and search-parameter
 * providers). A retrieve in the Patient context returns that patient's resources of the type asked for; a type with
 * no patient compartment path (CodeSystem) comes from the shared list. Code, value-set and date filters are refused,
 * not ignored: the MME logic uses none, and ignoring one would return wrong data silently.
 */
final class MemoryRetrieve implements RetrieveProvider {
    private final Map<String, Map<String, List<Resource>>> byPatient = new HashMap<>();
    private final Map<String, List<Resource>> shared = new HashMap<>();

    void patient(String id, Map<String, List<Resource>> resourcesByType) {
        byPatient.put(id, resourcesByType);
    }

    void shared(String type, List<Resource> resources) {
        shared.put(type, resources);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterable<Object> retrieve(String context, String contextPath, Object contextValue, String dataType,
            String templateId, String codePath, Iterable<Code> codes, String valueSet, String datePath,
            String dateLowPath, String dateHighPath, Interval dateRange) {
        if (codes != null || valueSet != null || dateRange != null) {
            throw new UnsupportedOperationException("retrieve of " + dataType + " with a code, value-set or date"
                    + " filter: this in-memory provider serves unfiltered retrieves only");
        }
        if (contextPath == null || !"Patient".equals(context)) {
            return (Iterable<Object>) (Iterable<?>) shared.getOrDefault(dataType, List.of());
        }
        Map<String, List<Resource>> own = byPatient.get(String.valueOf(contextValue));
        if (own == null) {
            throw new IllegalArgumentException("no patient " + contextValue + " is held");
        }
        return (Iterable<Object>) (Iterable<?>) own.getOrDefault(dataType, List.of());
    }
}

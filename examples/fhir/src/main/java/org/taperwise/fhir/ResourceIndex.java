package org.taperwise.fhir;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The record's resources by name, for references: {@code #id} (a resource contained in the referring one),
 * {@code Type/id} (relative, or the end of an absolute URL) and a Bundle entry's {@code fullUrl}
 * ({@code urn:uuid:...}).
 */
final class ResourceIndex {
    private final Map<String, Resource> byName = new HashMap<>();
    private final Map<IBaseResource, String> names = new IdentityHashMap<>();

    /**
     * Adds a resource; returns the resource already held under the same type and id, or null. A different resource
     * under a reused id is kept, named {@code Type/id (k)} (k = 2, 3, ...); references by id find the first.
     */
    Resource add(Resource r, String fullUrl, int entry) {
        String type = r.fhirType();
        String id = r.getIdElement().getIdPart();
        String name = id == null || id.isEmpty() ? type + " (entry " + entry + ")" : type + "/" + id;
        if (fullUrl != null) {
            byName.putIfAbsent(fullUrl, r);
        }
        Resource held = id == null || id.isEmpty() ? null : byName.putIfAbsent(type + "/" + id, r);
        if (held != null) {
            int k = 2;
            while (names.containsValue(name + " (" + k + ")")) {
                k++;
            }
            name = name + " (" + k + ")";
        }
        names.put(r, name);
        return held;
    }

    /** The resource's name for warnings and prescription ids: {@code MedicationRequest/abc}. */
    String name(IBaseResource r) {
        String n = names.get(r);
        if (n != null) {
            return n;
        }
        String id = r.getIdElement().getIdPart();
        return r.fhirType() + (id == null ? "" : "/" + id);
    }

    /** The resource a reference names, or null when the record does not hold it. */
    Resource resolve(Reference ref, DomainResource owner) {
        if (ref == null) {
            return null;
        }
        if (ref.getResource() instanceof Resource r) {
            return r;
        }
        String s = ref.getReference();
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (s.startsWith("#")) {
            String local = s.substring(1);
            for (Resource c : owner.getContained()) {
                String cid = c.getIdElement().getIdPart();
                if (cid != null && (cid.equals(local) || cid.equals(s))) {
                    return c;
                }
            }
            return null;
        }
        Resource r = byName.get(s);
        if (r != null) {
            return r;
        }
        int history = s.indexOf("/_history/");
        String plain = history > 0 ? s.substring(0, history) : s;
        int slash = plain.lastIndexOf('/');
        int before = slash > 0 ? plain.lastIndexOf('/', slash - 1) : -1;
        if (slash > 0) {
            r = byName.get(plain.substring(before + 1));
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Whether the reference names a resource of this record (by {@code Type/id} or fullUrl). */
    boolean holds(Reference ref, DomainResource owner) {
        return resolve(ref, owner) != null;
    }
}

package org.taperwise.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Reads a CDS Hooks 2.0 request (https://cds-hooks.hl7.org/2.0/#http-request-1): {@code hook}, {@code hookInstance},
 * {@code fhirServer}, {@code fhirAuthorization}, {@code context} ({@code patientId}, {@code userId},
 * {@code encounterId}, {@code draftOrders}) and {@code prefetch}. Fetching what the prefetch lacks is the caller's
 * job. Malformed JSON, a missing {@code hook} or {@code context}, or a prefetch value that is not a FHIR R4 resource
 * throws {@link FhirMappingException}, every problem naming its place in the request. Thread-safe.
 */
public final class CdsHooksRequestReader {
    private final FhirMapper mapper;

    public CdsHooksRequestReader(FhirMapper mapper) {
        this.mapper = mapper;
    }

    /** Reads the request and its record as of {@code asOf} (the service's clock: a request has no "today"). */
    public FhirRecord record(String requestJson, LocalDate asOf) {
        return read(requestJson).record(asOf);
    }

    /** Reads and checks the request; every FHIR resource in it is parsed. */
    public CdsHooksRequest read(String requestJson) {
        JsonNode root = FhirJson.tree(requestJson, "request");
        List<MappingProblem> problems = new ArrayList<>();
        if (!root.isObject()) {
            throw new FhirMappingException(List.of(new MappingProblem("request", "", kind(root), "a JSON object")));
        }
        String hook = text(root, "hook", "request", problems, true);
        String hookInstance = text(root, "hookInstance", "request", problems, false);
        String fhirServer = text(root, "fhirServer", "request", problems, false);
        Map<String, String> auth = new LinkedHashMap<>();
        JsonNode a = root.get("fhirAuthorization");
        if (a != null && !a.isNull()) {
            if (!a.isObject()) {
                problems.add(new MappingProblem("request", "fhirAuthorization", kind(a), "an object"));
            } else {
                a.properties().forEach(f -> auth.put(f.getKey(), f.getValue().isValueNode()
                        ? f.getValue().asText() : f.getValue().toString()));
            }
        }
        JsonNode context = root.get("context");
        if (context == null || !context.isObject()) {
            problems.add(new MappingProblem("request", "context", context == null ? "missing" : kind(context),
                    "an object (the hook's context)"));
            context = FhirJson.STRICT.createObjectNode();
        }
        String patientId = text(context, "patientId", "context", problems, false);
        String userId = text(context, "userId", "context", problems, false);
        String encounterId = text(context, "encounterId", "context", problems, false);
        Findings findings = new Findings();
        List<IBaseResource> drafts = new ArrayList<>();
        JsonNode d = context.get("draftOrders");
        if (d != null && !d.isNull()) {
            IBaseResource r = resource(d, "context.draftOrders", findings, problems);
            if (r != null) {
                drafts.add(r);
            }
        }
        Map<String, IBaseResource> prefetch = new LinkedHashMap<>();
        JsonNode p = root.get("prefetch");
        if (p != null && !p.isNull() && !p.isObject()) {
            problems.add(new MappingProblem("request", "prefetch", kind(p), "an object of prefetch keys"));
        } else if (p != null && p.isObject()) {
            p.properties().forEach(f -> prefetch.put(f.getKey(), f.getValue().isNull() ? null
                    : resource(f.getValue(), "prefetch." + f.getKey(), findings, problems)));
        }
        if (!problems.isEmpty()) {
            throw new FhirMappingException(problems);
        }
        return new CdsHooksRequest(hook, hookInstance, fhirServer, auth, patientId == null ? null
                : patientId.startsWith("Patient/") ? patientId.substring(8) : patientId, userId, encounterId, drafts,
                prefetch, findings.warnings);
    }

    /**
     * One FHIR resource of the request. A prefetch value written as {@code {"response": ..., "resource": {...}}}
     * (a Bundle entry's shape, as some clients send it) is read as its {@code resource}, with a warning.
     */
    private IBaseResource resource(JsonNode node, String where, Findings findings, List<MappingProblem> problems) {
        JsonNode n = node;
        if (n.isObject() && !n.has("resourceType") && n.path("resource").isObject()) {
            findings.warn(Warnings.PREFETCH_WRAPPED, where, where + ".resource", "the prefetch value is a Bundle"
                    + " entry ({response, resource}); its resource was read");
            n = n.get("resource");
        }
        try {
            return mapper.json().parse(n, where, findings);
        } catch (FhirMappingException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static String text(JsonNode obj, String field, String in, List<MappingProblem> problems,
            boolean required) {
        JsonNode v = obj.get(field);
        String path = "context".equals(in) ? "context." + field : field;
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(new MappingProblem("request", path, "missing", "a string"));
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problems.add(new MappingProblem("request", path, v.isTextual() ? "\"\"" : kind(v), "a string"));
            return null;
        }
        return v.asText();
    }

    private static String kind(JsonNode n) {
        return "a JSON " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}

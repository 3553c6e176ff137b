package org.taperwise.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * FHIR R4 JSON to HAPI resources. The text is first read as strict JSON (one value, nothing after it), so a malformed
 * document is refused with its line and column; HAPI's parser then reads it leniently, each element it does not know
 * and each value it cannot read becoming a warning ({@code FHIR_ELEMENT_UNKNOWN}, {@code FHIR_VALUE_INVALID}).
 * Nothing is logged.
 */
final class FhirJson {
    static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private final FhirContext context;

    FhirJson(FhirContext context) {
        this.context = context;
    }

    /** Reads strict JSON; a syntax error is a problem naming its line and column in {@code what}. */
    static JsonNode tree(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new FhirMappingException(List.of(new MappingProblem(what, "", "empty input", "a JSON object")));
        }
        try {
            return STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            String msg = String.valueOf(e.getOriginalMessage());
            int cut = msg.indexOf(" (start marker");
            cut = cut > 0 ? cut : msg.indexOf(" at [Source");
            cut = cut > 0 ? cut : msg.indexOf("[Source");
            throw new FhirMappingException(List.of(new MappingProblem(what, where, "malformed JSON: "
                    + Findings.brief(cut > 0 ? msg.substring(0, cut).strip() : msg),
                    "well-formed JSON (one value, nothing after it)")));
        }
    }

    /** Parses one resource; {@code what} names the document in problems ("Bundle", "prefetch.item1"). */
    IBaseResource parse(String text, String what, Findings findings) {
        JsonNode tree = tree(text, what);
        return parse(tree, what, findings);
    }

    /** Parses one resource from a JSON tree already read. */
    IBaseResource parse(JsonNode tree, String what, Findings findings) {
        if (!tree.isObject() || !tree.path("resourceType").isTextual()) {
            throw new FhirMappingException(List.of(new MappingProblem(what, "resourceType", tree.isObject()
                    ? "missing" : "a JSON " + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
                    "a FHIR R4 resource: an object with resourceType")));
        }
        String type = tree.path("resourceType").asText();
        if (!context.getResourceTypes().contains(type)) {
            throw new FhirMappingException(List.of(new MappingProblem(what, "resourceType", Findings.brief(type),
                    "a FHIR R4 resource type")));
        }
        IParser parser = context.newJsonParser().setParserErrorHandler(new Collecting(findings, what));
        // a resource keeps the id it states; HAPI would otherwise take a Bundle entry's fullUrl (urn:uuid:...) as its id
        parser.setOverrideResourceIdWithBundleEntryFullUrl(false);
        try {
            return parser.parseResource(tree.toString());
        } catch (DataFormatException e) {
            throw new FhirMappingException(List.of(new MappingProblem(what, type, "not FHIR R4: "
                    + Findings.brief(e.getMessage()), "a FHIR R4 " + type)));
        }
    }

    /** HAPI's lenient handler, silent, each finding kept as a warning. */
    private static final class Collecting extends LenientErrorHandler {
        private final Findings findings;
        private final String what;

        Collecting(Findings findings, String what) {
            super(false);
            this.findings = findings;
            this.what = what;
        }

        @Override
        public void unknownElement(IParseLocation location, String name) {
            findings.warn(Warnings.FHIR_ELEMENT_UNKNOWN, what, where(location) + name, "an element FHIR R4 does not"
                    + " define here; ignored");
        }

        @Override
        public void unknownAttribute(IParseLocation location, String name) {
            unknownElement(location, name);
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            findings.warn(Warnings.FHIR_VALUE_INVALID, what, where(location), "the value " + Findings.brief(value)
                    + " is not valid FHIR (" + Findings.brief(error) + "); it was not read");
        }

        @Override
        public void incorrectJsonType(IParseLocation location, String name, BaseJsonLikeValue.ValueType expected,
                BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
                BaseJsonLikeValue.ScalarType foundScalar) {
            findings.warn(Warnings.FHIR_VALUE_INVALID, what, where(location) + name, "a JSON " + found + " where FHIR"
                    + " has a " + expected + (expectedScalar != null ? " (" + expectedScalar + ")" : "")
                    + "; read as HAPI FHIR reads it");
        }

        private static String where(IParseLocation location) {
            return location == null || location.getParentElementName() == null ? ""
                    : location.getParentElementName() + ".";
        }
    }
}

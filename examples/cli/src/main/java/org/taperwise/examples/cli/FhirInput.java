package org.taperwise.examples.cli;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.taperwise.fhir.FhirMapper;
import org.taperwise.fhir.FhirMapping;
import org.taperwise.fhir.MappingWarning;
import org.taperwise.json.TaperwiseJson;
import org.taperwise.model.Assessment;

/**
 * A FHIR R4 Bundle given to {@code evaluate} (docs/contract.md, "FHIR R4 input"): detected by its
 * {@code "resourceType": "Bundle"} (a patient file has no resourceType), mapped with {@link FhirMapper}, and its
 * mapping warnings added to the output as {@code fhirMappingWarnings}.
 */
final class FhirInput {
    private static final Pattern BUNDLE = Pattern.compile("\"resourceType\"\\s*:\\s*\"Bundle\"");
    private static FhirMapper mapper;

    private FhirInput() {
    }

    static boolean isBundle(String text) {
        return text.stripLeading().startsWith("{") && BUNDLE.matcher(text).find();
    }

    /** Maps the bundle evaluated as of {@code asOf}; throws FhirMappingException naming resource and FHIRPath. */
    static FhirMapping map(String text, LocalDate asOf) {
        synchronized (FhirInput.class) {
            if (mapper == null) {
                mapper = new FhirMapper();
            }
        }
        return mapper.fromBundle(text, asOf);
    }

    /** The assessment's JSON with {@code fhirMappingWarnings} added as its last field. */
    static String json(Assessment a, List<MappingWarning> warnings, boolean pretty) {
        StringWriter w = new StringWriter();
        TaperwiseJson.write(a, w, pretty);
        String s = w.toString();
        int end = s.lastIndexOf('}');
        StringBuilder b = new StringBuilder(s.substring(0, end).stripTrailing());
        String nl = pretty ? "\n" : "";
        String ind = pretty ? "  " : "";
        b.append(',').append(nl).append(ind).append("\"fhirMappingWarnings\"").append(pretty ? " : [" : ":[");
        for (int i = 0; i < warnings.size(); i++) {
            MappingWarning m = warnings.get(i);
            b.append(i == 0 ? "" : ",").append(nl).append(ind).append(ind).append("{\"code\":").append(str(m.code()))
                    .append(",\"resource\":").append(str(m.resource())).append(",\"path\":").append(str(m.path()))
                    .append(",\"message\":").append(str(m.message())).append('}');
        }
        b.append(warnings.isEmpty() ? "" : nl + ind).append(']').append(nl).append('}');
        return b.toString();
    }

    /** The warnings for the text report, one a line, echoed text made safe as the report does. */
    static String text(List<MappingWarning> warnings) {
        StringBuilder b = new StringBuilder("FHIR mapping warnings (" + warnings.size() + ")\n");
        for (MappingWarning m : warnings) {
            b.append("  ").append(m.code()).append("  ").append(TextReport.safe(m.resource())).append("  ")
                    .append(TextReport.safe(m.path())).append(": ").append(TextReport.safe(m.message())).append('\n');
        }
        return b.toString();
    }

    /** A JSON string, every surrogate and control character escaped (contract section 1, "Text round-trips"). */
    private static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}

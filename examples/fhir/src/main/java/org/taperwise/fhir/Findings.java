package org.taperwise.fhir;

import java.util.ArrayList;
import java.util.List;

/** What one mapping found: warnings (kept) and problems (the mapping fails with all of them). Not thread-safe. */
final class Findings {
    private static final int MAX_VALUE = 100;

    final List<MappingWarning> warnings = new ArrayList<>();
    final List<MappingProblem> problems = new ArrayList<>();

    void warn(String code, String resource, String path, String message) {
        warnings.add(new MappingWarning(code, resource, path, message));
    }

    void problem(String resource, String path, String value, String expected) {
        problems.add(new MappingProblem(resource, path, brief(value), expected));
    }

    /** Throws every problem found so far, if any. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new FhirMappingException(problems);
        }
    }

    /** A value shown briefly: at most 100 characters, control characters escaped. */
    static String brief(String value) {
        if (value == null) {
            return "missing";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length() && b.length() < MAX_VALUE; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                    || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (b.length() >= MAX_VALUE && value.length() > MAX_VALUE) {
            b.append("... (").append(value.length()).append(" characters)");
        }
        return b.toString();
    }
}

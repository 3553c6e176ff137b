package org.taperwise.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.taperwise.model.FlagParameter;
import org.taperwise.tables.Profile;
import org.taperwise.tables.ProfileParameter;

/**
 * The profile parameters a flag names, with the value and source the profile gives them, and the flag's source with
 * them appended (issue 15): a pharmacist who tunes {@code highDoseMgPerDay} to 90 sees 90 and the new source in the
 * flag, not the number a rule's {@code @source} was written with.
 */
final class FlagParameters {
    private FlagParameters() {
    }

    /** Every named parameter the profile defines, in the order named; a name the profile lacks is reported as such. */
    static List<FlagParameter> of(Profile profile, List<String> names) {
        List<FlagParameter> out = new ArrayList<>();
        for (String name : names) {
            ProfileParameter w = written(profile, name);
            out.add(w == null
                    ? new FlagParameter(name, "(not defined by the profile)", null, profile.id(), "")
                    : new FlagParameter(name, w.value(), w.comparison(), profile.id(), w.source()));
        }
        return out;
    }

    /** The first parameter of this name as the profile writes it; null when it has none. */
    private static ProfileParameter written(Profile profile, String name) {
        for (ProfileParameter p : profile.written()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** The rule's source, then "Profile uk-opioids-aware: highDoseMgPerDay above 90 (source: ...)" per parameter. */
    static String source(String ruleSource, List<FlagParameter> used) {
        if (used.isEmpty()) {
            return ruleSource;
        }
        StringBuilder sb = new StringBuilder(ruleSource == null ? "" : ruleSource);
        sb.append(sb.length() == 0 ? "" : ". ").append("Profile ").append(used.get(0).profile()).append(": ");
        for (int i = 0; i < used.size(); i++) {
            FlagParameter p = used.get(i);
            sb.append(i == 0 ? "" : "; ").append(p.describe());
            if (!p.source().isBlank()) {
                sb.append(" (source: ").append(p.source()).append(")");
            }
        }
        return sb.toString();
    }
}

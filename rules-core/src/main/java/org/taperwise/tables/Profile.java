package org.taperwise.tables;

import java.util.List;
import org.taperwise.rules.Parameters;

/**
 * A loaded profile: its conversion table and typed parameters, plus the parameters as written (with
 * sources) for reviewers.
 */
public record Profile(String id, String title, String description, String file, ConversionTable conversions,
        Parameters parameters, List<ProfileParameter> written, java.util.Map<String, TaperPolicy> taperPolicies) {
    public Profile {
        taperPolicies = java.util.Map.copyOf(taperPolicies);
    }
}

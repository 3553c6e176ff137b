package org.taperwise.internal;

import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.taperwise.RuleInfo;
import org.taperwise.model.RulesetInfo;

/**
 * Everything a ruleset folder holds, checked and compiled. Immutable and safe to share between threads.
 *
 * @param files         the bytes of every listed file, by path (for the catalogue, diff and export)
 * @param manifestBytes {@code ruleset.json} exactly as read
 * @param ruleSources   the text of every rule, by id
 * @param sessions      pooled sessions over {@code kieBase}, for evaluations
 */
public record LoadedRuleset(
        String origin,
        Manifest manifest,
        RulesetInfo info,
        MedicinesTable medicines,
        CodeTables codes,
        ProductsTable products,
        Map<String, Profile> profiles,
        KieBase kieBase,
        List<RuleInfo> rules,
        Map<String, byte[]> files,
        byte[] manifestBytes,
        Map<String, RuleSource> ruleSources,
        RuleSessions sessions) {

    /** A loaded ruleset whose sessions come from a pool over its knowledge base. */
    LoadedRuleset(String origin, Manifest manifest, RulesetInfo info, MedicinesTable medicines, CodeTables codes,
            ProductsTable products, Map<String, Profile> profiles, KieBase kieBase, List<RuleInfo> rules,
            Map<String, byte[]> files, byte[] manifestBytes, Map<String, RuleSource> ruleSources) {
        this(origin, manifest, info, medicines, codes, products, profiles, kieBase, rules, files, manifestBytes,
                ruleSources, new RuleSessions(kieBase));
    }

    public Profile profile(String id) {
        return profiles.get(id);
    }
}

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
        Map<String, RuleSource> ruleSources) {

    public Profile profile(String id) {
        return profiles.get(id);
    }
}

package org.taperwise.loader;

import java.util.List;
import java.util.Map;
import org.taperwise.RuleInfo;
import org.taperwise.engine.CompiledRules;
import org.taperwise.engine.RuleSource;
import org.taperwise.files.Manifest;
import org.taperwise.model.RulesetInfo;
import org.taperwise.tables.CodeTables;
import org.taperwise.tables.MedicinesTable;
import org.taperwise.tables.NameMatcher;
import org.taperwise.tables.ProductCodesTable;
import org.taperwise.tables.ProductsTable;
import org.taperwise.tables.Profile;

/**
 * Everything a ruleset folder holds, checked and compiled. Immutable and safe to share between threads.
 *
 * @param products      {@code tables/products.csv} (empty when absent); each profile's own products table is
 *                      {@code Profile.products()}, which is this one unless the profile names another
 * @param productCodes  RxNorm and dm+d product codes with their medicine, form and strength
 * @param names         reads medicine names as records write them (medicines table, product names, name words)
 * @param files         the bytes of every listed file, by path (for the catalogue, diff and export)
 * @param manifestBytes {@code ruleset.json} exactly as read
 * @param ruleSources   the text of every rule, by id
 * @param compiledRules the rules, ready to run
 */
public record LoadedRuleset(
        String origin,
        Manifest manifest,
        RulesetInfo info,
        MedicinesTable medicines,
        CodeTables codes,
        ProductsTable products,
        ProductCodesTable productCodes,
        NameMatcher names,
        Map<String, Profile> profiles,
        CompiledRules compiledRules,
        List<RuleInfo> rules,
        Map<String, byte[]> files,
        byte[] manifestBytes,
        Map<String, RuleSource> ruleSources) {

    public Profile profile(String id) {
        return profiles.get(id);
    }
}

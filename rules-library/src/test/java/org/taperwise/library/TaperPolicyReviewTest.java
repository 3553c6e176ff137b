package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.review.Catalogue;
import org.taperwise.Ruleset;
import org.taperwise.review.RulesetDiff;

/** A reviewer sees the taper policies and their rounding rule in the catalogue, and a changed pace in the diff. */
class TaperPolicyReviewTest {
    @TempDir
    Path tmp;

    @Test
    void catalogue_listsEveryTaperPolicyWithItsPaceAndRoundingRule() {
        String md = Catalogue.of(Builtin.RULESET).markdown();
        for (String policy : List.of("uk-standard", "uk-long-term", "cdc-2022-short-term", "cdc-2022-long-term",
                "cdc-2016-short-term", "cdc-2016-long-term")) {
            assertTrue(md.contains("| `" + policy + "` |"), policy);
        }
        assertTrue(md.contains("10% of the original dose every 14 days"), "uk-standard pace");
        assertTrue(md.contains("below 30% of the original, 10% of the remaining dose every 7 days"), "cdc-2022 phases");
        assertTrue(md.contains("no dose of the day ever grows"), "the rounding rule");
        assertTrue(Catalogue.of(Builtin.RULESET).html().contains("Taper policies"));
    }

    @Test
    void diff_showsAChangedTaperPace() throws IOException {
        Path dir = tmp.resolve("edited");
        Builtin.RULESET.exportTo(dir);
        Path profile = dir.resolve("profiles/uk-opioids-aware.json");
        String text = Files.readString(profile, StandardCharsets.UTF_8);
        String before = "\"reductionPercent\": 10,\n      \"basis\": \"ORIGINAL\",\n      \"intervalDays\": 14,";
        assertTrue(text.contains(before), "uk-standard as written");
        Files.writeString(profile, text.replace(before, before.replace("14", "21")), StandardCharsets.UTF_8);
        Ruleset.updateManifest(dir);
        RulesetDiff d = RulesetDiff.between(Builtin.RULESET, Ruleset.fromDirectory(dir));
        List<RulesetDiff.ParameterChange> changes = d.parameters();
        assertEquals(1, changes.size(), changes::toString);
        RulesetDiff.ParameterChange c = changes.get(0);
        assertEquals("uk-opioids-aware", c.profile());
        assertEquals("taperPolicies.uk-standard.intervalDays", c.parameter());
        assertEquals("14", c.oldValue());
        assertEquals("21", c.newValue());
        assertTrue(d.text().contains("taperPolicies.uk-standard.intervalDays: 14 -> 21"), d.text());
    }
}

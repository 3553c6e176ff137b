package org.taperwise.review;

import org.taperwise.TestRulesets;
import org.taperwise.Ruleset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taperwise.review.RulesetDiff.Kind;
import org.taperwise.review.RulesetDiff.ParameterChange;
import org.taperwise.review.RulesetDiff.RowChange;
import org.taperwise.review.RulesetDiff.RuleChange;

/** What a reviewer sees of a known edit to the minimal ruleset. */
class RulesetDiffTest {
    @TempDir
    static Path tmp;

    private static RulesetDiff diff;

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " lacks " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** One edit of every kind a pharmacist makes. */
    @BeforeAll
    static void editACopy() throws IOException {
        Path dir = TestRulesets.copyOfMinimal(tmp.resolve("edited"));
        edit(dir.resolve("ruleset.json"), "\"version\": \"0.0.1\"", "\"version\": \"0.0.2\"");
        // a threshold, and another parameter's source only
        edit(dir.resolve("profiles/test.json"), "\"highDoseMgPerDay\": { \"value\": 120, \"comparison\": \"above\"",
                "\"highDoseMgPerDay\": { \"value\": 90, \"comparison\": \"atOrAbove\"");
        edit(dir.resolve("profiles/test.json"), "\"adultAgeYears\": { \"value\": 18, \"source\": \"fixture\" }",
                "\"adultAgeYears\": { \"value\": 18.0, \"source\": \"UK law\" }");
        // a factor changed, a row added, a row removed, and 1 written as 1.0 (no change)
        edit(dir.resolve("tables/conversion-test.csv"), "oxycodone,oral,mg,,,,1.5,", "oxycodone,oral,mg,,,,2,");
        edit(dir.resolve("tables/conversion-test.csv"), "morphine,oral,mg,,,,1,", "morphine,oral,mg,,,,1.0,");
        edit(dir.resolve("tables/conversion-test.csv"), "codeine,oral,mg,,,,0.1,factor,,fixture\n",
                "codeine,oral,mg,,,,0.1,factor,,fixture\ncodeine,rectal,mg,,,,0.1,factor,,fixture\n");
        edit(dir.resolve("tables/medicines.csv"), "diazepam,diazepam,benzodiazepine,,fixture\n", "");
        // one rule's action and version, another's condition without a version, one rule added
        edit(dir.resolve("rules/dose.drl"), "@id(\"T-01\") @version(\"1.0.0\")", "@id(\"T-01\") @version(\"1.1.0\")");
        edit(dir.resolve("rules/dose.drl"), "\"Total \" + Text.mg( $t )", "\"Daily total \" + Text.mg( $t )");
        edit(dir.resolve("rules/dose.drl"), "Parameters( highDose.reachedBy( $t ) )",
                "Parameters( highDose.reachedBy( $t ), elevatedDose.reachedBy( $t ) )");
        Files.writeString(dir.resolve("rules/dose.drl"), Files.readString(dir.resolve("rules/dose.drl"))
                + "\nrule \"Elevated daily dose\"\n    @id(\"T-02\") @version(\"1.0.0\") @source(\"test fixture\")\nwhen\n"
                + "    MmeTotal( totalDailyMg > 50 )\nthen\n"
                + "    insert( new FlagFinding( FlagCode.ELEVATED_DOSE, Severity.MODERATE, \"x\", List.of() ) );\nend\n");
        Ruleset.updateManifest(dir);
        diff = RulesetDiff.between(TestRulesets.minimal(), Ruleset.fromDirectory(dir));
    }

    @Test
    void aCopy_isTheSame() {
        RulesetDiff same = RulesetDiff.between(TestRulesets.minimal(),
                Ruleset.fromDirectory(TestRulesets.copyOfMinimal(tmp.resolve("copy"))));
        assertTrue(same.same(), same::text);
        assertTrue(same.text().contains("The rulesets are the same."), same.text());
    }

    @Test
    void rules_addedAndChanged_withWhatChanged() {
        assertEquals(List.of("T-01", "T-02", "T-C01"), diff.rules().stream().map(RuleChange::id).toList());
        RuleChange t01 = diff.rules().get(0);
        assertEquals(Kind.CHANGED, t01.kind());
        assertEquals("1.0.0", t01.oldVersion());
        assertEquals("1.1.0", t01.newVersion());
        assertEquals(List.of("version 1.0.0 -> 1.1.0", "actions (then)"), t01.changes());
        RuleChange t02 = diff.rules().get(1);
        assertEquals(Kind.ADDED, t02.kind());
        assertEquals("Elevated daily dose", t02.name());
        RuleChange c01 = diff.rules().get(2);
        assertEquals(List.of("conditions (when)", "WARNING: the rule changed but its @version did not"),
                c01.changes());
    }

    @Test
    void parameters_withOldAndNewValues_numbersComparedByValue() {
        assertEquals(2, diff.parameters().size(), diff.parameters()::toString);
        ParameterChange high = diff.parameters().get(0);
        assertEquals("test", high.profile());
        assertEquals("highDoseMgPerDay", high.parameter());
        assertEquals("120", high.oldValue());
        assertEquals("90", high.newValue());
        assertEquals("above", high.oldComparison());
        assertEquals("atOrAbove", high.newComparison());
        assertEquals(List.of("value", "comparison"), high.fields());
        ParameterChange age = diff.parameters().get(1);
        assertEquals("adultAgeYears", age.parameter());
        assertEquals(List.of("source"), age.fields());
    }

    @Test
    void tableRows_keyedByTheirIdentifyingColumns() {
        List<RowChange> rows = diff.rows();
        assertEquals(3, rows.size(), rows::toString);
        RowChange factor = rows.stream().filter(r -> r.kind() == Kind.CHANGED).findFirst().orElseThrow();
        assertEquals("tables/conversion-test.csv", factor.table());
        assertEquals("ingredient=oxycodone route=oral unit=mg", factor.key());
        assertEquals(List.of("factor"), factor.columns());
        assertEquals("1.5", factor.before().get("factor"));
        assertEquals("2", factor.after().get("factor"));
        assertEquals(5, factor.oldLine());
        RowChange added = rows.stream().filter(r -> r.kind() == Kind.ADDED).findFirst().orElseThrow();
        assertEquals("ingredient=codeine route=rectal unit=mg", added.key());
        assertEquals(7, added.newLine());
        RowChange removed = rows.stream().filter(r -> r.kind() == Kind.REMOVED).findFirst().orElseThrow();
        assertEquals("tables/medicines.csv", removed.table());
        assertEquals("name=diazepam", removed.key());
        assertTrue(diff.tables().isEmpty(), diff.tables()::toString);
    }

    @Test
    void manifestAndFiles_areListed() {
        assertEquals(List.of(new RulesetDiff.FieldChange("version", "0.0.1", "0.0.2")), diff.manifest());
        assertEquals(List.of("profiles/test.json", "rules/dose.drl", "tables/conversion-test.csv",
                "tables/medicines.csv"), diff.files().stream().map(RulesetDiff.FileChange::path).toList());
        assertFalse(diff.same());
    }

    @Test
    void text_isOneLinePerChange() {
        String text = diff.text();
        assertTrue(text.contains("~ test highDoseMgPerDay: above 120 -> at or above 90\n"), text);
        assertTrue(text.contains("~ test adultAgeYears: 18.0 (source changed)\n"), text);
        assertTrue(text.contains("~ T-01 1.1.0 \"High daily dose\" (rules/dose.drl line 30): version 1.0.0 -> 1.1.0;"
                + " actions (then)\n"), text);
        assertTrue(text.contains("+ T-02 1.0.0 \"Elevated daily dose\""), text);
        assertTrue(text.contains("~ tables/conversion-test.csv line 5 [ingredient=oxycodone route=oral unit=mg]: "
                + "factor 1.5 -> 2\n"), text);
        assertTrue(text.contains("- tables/medicines.csv line 9 [name=diazepam]: name=diazepam, ingredient=diazepam,"
                + " class=benzodiazepine, source=fixture\n"), text);
        assertTrue(text.contains("~ version: 0.0.1 -> 0.0.2\n"), text);
    }

    @Test
    void aNewProfileAndTable_areListedWhole() throws IOException {
        Path dir = TestRulesets.copyOfMinimal(tmp.resolve("profile"));
        Files.copy(dir.resolve("tables/conversion-test.csv"), dir.resolve("tables/conversion-two.csv"));
        Files.writeString(dir.resolve("profiles/two.json"), Files.readString(dir.resolve("profiles/test.json"))
                .replace("\"id\": \"test\"", "\"id\": \"two\"").replace("conversion-test.csv", "conversion-two.csv"));
        Ruleset.updateManifest(dir);
        RulesetDiff d = RulesetDiff.between(TestRulesets.minimal(), Ruleset.fromDirectory(dir));
        assertEquals(List.of(new RulesetDiff.ProfileChange(Kind.ADDED, "two",
                List.of("conversion table tables/conversion-two.csv"))), d.profiles());
        int parameters = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("profiles/two.json").toFile()).get("parameters").size();
        assertEquals(parameters, d.parameters().size(), "every parameter of the new profile, each once");
        assertTrue(d.parameters().stream().allMatch(p -> p.kind() == Kind.ADDED && p.profile().equals("two")));
        assertEquals(List.of(new RulesetDiff.TableChange(Kind.ADDED, "tables/conversion-two.csv", 0, 10, List.of())),
                d.tables());
        assertTrue(d.rows().isEmpty(), "a whole new table is one change, not one per row");
    }

    @Test
    void keyColumns_followTheKindOfTable() {
        assertEquals(List.of("ingredient", "route", "unit", "strength", "above", "up_to"), DiffTables.keyColumns(
                List.of("ingredient", "route", "unit", "strength", "above", "up_to", "factor", "status", "note",
                        "source")));
        assertEquals(List.of("name"), DiffTables.keyColumns(List.of("name", "ingredient", "class", "synonyms",
                "source")));
        assertEquals(List.of("system", "code"), DiffTables.keyColumns(List.of("system", "code", "match", "concept",
                "display", "source")));
        assertEquals(List.of("system", "code"), DiffTables.keyColumns(List.of("system", "code", "display", "medicine",
                "form", "strength", "strength_unit", "source")));
        assertEquals(List.of("word"), DiffTables.keyColumns(List.of("word", "kind", "source")));
        assertEquals(List.of("a", "b"), DiffTables.keyColumns(List.of("a", "b")));
    }

    /** The pharmacist's second loop (issue 15): a rule's source, a scenario's expectation, and no version bump. */
    @Test
    void aSourceOnlyEditAndAnExpectationChangeWithoutAVersionBump_areShownWithWarnings() throws IOException {
        Path before = TestRulesets.copyWithScenariosAndHazardLog(tmp.resolve("loop-before"));
        Path after = TestRulesets.copyWithScenariosAndHazardLog(tmp.resolve("loop-after"));
        edit(after.resolve("rules/dose.drl"), "@id(\"T-C01\") @version(\"1.0.0\") @source(\"test fixture\")",
                "@id(\"T-C01\") @version(\"1.0.0\") @source(\"harm increases above 90 mg a day\")");
        edit(after.resolve("scenarios/dose/120-is-not-high/expected.json"), "\"flags\": []",
                "\"flags\": [\"HIGH_DOSE\"]");
        Files.delete(after.resolve("scenarios/dose/wrong-expectation/expected.json"));
        Files.delete(after.resolve("scenarios/dose/wrong-expectation/patient.json"));
        Ruleset.updateManifest(after);

        RulesetDiff d = RulesetDiff.between(Ruleset.fromDirectory(before), Ruleset.fromDirectory(after));

        RuleChange c01 = d.rules().stream().filter(r -> r.id().equals("T-C01")).findFirst().orElseThrow();
        assertTrue(c01.changes().contains(DiffRules.SOURCE_ONLY_WARNING), c01.changes()::toString);
        assertEquals(List.of(new RulesetDiff.ScenarioChange(Kind.CHANGED, "dose/120-is-not-high",
                List.of("expect.flags [] -> [HIGH_DOSE]")), new RulesetDiff.ScenarioChange(Kind.REMOVED,
                "dose/wrong-expectation", List.of("expected {\"flags\":[\"HIGH_DOSE\"]}"))), d.scenarios());
        assertEquals(2, d.warnings().size(), d.warnings()::toString);
        assertTrue(d.warnings().get(0).startsWith("T-C01: only its @source changed"), d.warnings().get(0));
        assertTrue(d.warnings().get(1).contains("but its version is still 0.0.1"), d.warnings().get(1));
        String text = d.text();
        assertTrue(text.contains("\nWarnings (2)\n  ! T-C01: only its @source changed"), text);
        assertTrue(text.contains("\nScenarios (0 added, 1 removed, 1 changed)\n"
                + "  ~ dose/120-is-not-high: expect.flags [] -> [HIGH_DOSE]\n"), text);
    }

    @Test
    void aVersionBump_silencesTheVersionWarning_andBehaviourChangesGiveNoSourceOnlyWarning() {
        assertTrue(diff.warnings().stream().noneMatch(w -> w.contains("version is still")), diff.warnings()::toString);
        assertTrue(diff.warnings().stream().noneMatch(w -> w.contains("only its @source")), diff.warnings()::toString);
        assertTrue(diff.warnings().stream().anyMatch(w -> w.startsWith("T-C01: the rule changed but its @version")),
                diff.warnings()::toString);
    }
}

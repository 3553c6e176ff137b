package org.taperwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of broken ruleset folder is refused at load, with its location; a good one loads whole. */
class RulesetLoadingTest {
    @TempDir
    Path tmp;

    private Path folder() {
        return TestRulesets.copyOfMinimal(tmp);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " does not contain " + from);
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static List<RulesetProblem> refused(Path dir) throws IOException {
        Ruleset.updateManifest(dir);
        return assertThrows(RulesetException.class, () -> Ruleset.fromDirectory(dir)).problems();
    }

    private static RulesetProblem onlyProblem(List<RulesetProblem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    @Test
    void theMinimalRuleset_loads_withItsIdentityAndRules() {
        Ruleset r = TestRulesets.minimal();
        assertEquals("test-minimal", r.info().id());
        assertEquals(64, r.info().sha256().length());
        assertEquals(List.of("T-C01", "T-01"), r.rules().stream().map(RuleInfo::id).toList());
        assertEquals("test", r.defaultProfile());
    }

    @Test
    void rulesetHash_isTheSha256OfItsIdentityLinesAndTheSha256sumListingOfItsFiles() throws Exception {
        Path dir = TestRulesets.minimalFolder();
        StringBuilder listing = new StringBuilder("id test-minimal\nversion 0.0.1\ndefaultProfile test\n");
        for (String path : List.of("profiles/test.json", "rules/dose.drl", "tables/conversion-test.csv",
                "tables/medicines.csv")) {
            listing.append(org.taperwise.files.Sha256.of(Files.readAllBytes(dir.resolve(path)))).append("  ")
                    .append(path).append('\n');
        }
        assertEquals(org.taperwise.files.Sha256.of(listing.toString().getBytes(StandardCharsets.UTF_8)),
                TestRulesets.minimal().info().sha256());
    }

    @Test
    void rulesetHash_changesWithTheIdVersionAndDefaultProfile_notWithDescriptionOrReviewers() throws Exception {
        String original = Ruleset.fromDirectory(folder()).info().sha256();
        for (String[] change : new String[][] {{"\"test-minimal\"", "\"test-minimal-2\""},
                {"\"0.0.1\"", "\"0.0.2\""}}) {
            Path dir = TestRulesets.copyOfMinimal(tmp.resolve("changed-" + change[1].replaceAll("\\W", "")));
            edit(dir.resolve("ruleset.json"), change[0], change[1]);
            assertNotEquals(original, Ruleset.fromDirectory(dir).info().sha256(), change[1]);
        }
        Path profile = TestRulesets.copyOfMinimal(tmp.resolve("other-profile"));
        Files.copy(profile.resolve("profiles/test.json"), profile.resolve("profiles/other.json"));
        edit(profile.resolve("profiles/other.json"), "\"test\"", "\"other\"");
        Ruleset.updateManifest(profile);
        String both = Ruleset.fromDirectory(profile).info().sha256();
        edit(profile.resolve("ruleset.json"), "\"defaultProfile\" : \"test\"", "\"defaultProfile\" : \"other\"");
        assertNotEquals(both, Ruleset.fromDirectory(profile).info().sha256(), "defaultProfile is in the hash");

        Path described = TestRulesets.copyOfMinimal(tmp.resolve("described"));
        edit(described.resolve("ruleset.json"), "A minimal ruleset", "Another minimal ruleset");
        assertEquals(original, Ruleset.fromDirectory(described).info().sha256(), "the description is not");
    }

    @Test
    void drlSyntaxError_isReportedWithFileAndLine() throws IOException {
        Path dir = folder();
        edit(dir.resolve("rules/dose.drl"), "    MmeTotal( $t : totalDailyMg )", "    MmeTotal( $t : totalDailyMg ");
        List<RulesetProblem> p = refused(dir);
        assertTrue(p.stream().allMatch(x -> x.file().equals("rules/dose.drl") && x.line() > 0), p::toString);
    }

    @Test
    void drlCompileError_isReportedWithFileAndLine() throws IOException {
        Path dir = folder();
        edit(dir.resolve("rules/dose.drl"), "MmeTotal( $t : totalDailyMg )", "MmeTotal( $t : totalDailyMgs )");
        List<RulesetProblem> p = refused(dir);
        assertTrue(p.stream().anyMatch(x -> x.file().equals("rules/dose.drl") && x.line() > 0), p::toString);
    }

    @Test
    void duplicateRuleId_isRefusedNamingBothRules() throws IOException {
        Path dir = folder();
        edit(dir.resolve("rules/dose.drl"), "@id(\"T-01\")", "@id(\"T-C01\")");
        RulesetProblem p = onlyProblem(refused(dir));
        assertEquals("rules/dose.drl", p.file());
        assertTrue(p.message().contains("T-C01 is already used"), p.message());
    }

    @Test
    void missingMetadata_isRefusedAtTheRule() throws IOException {
        Path dir = folder();
        edit(dir.resolve("rules/dose.drl"), " @source(\"test fixture\")\nwhen\n    HighDailyDose", "\nwhen\n    HighDailyDose");
        RulesetProblem p = onlyProblem(refused(dir));
        assertTrue(p.message().contains("no @source"), p.message());
        assertTrue(p.line() > 0);
    }

    @Test
    void forbiddenImport_isRefusedWithItsLine() throws IOException {
        Path dir = folder();
        edit(dir.resolve("rules/dose.drl"), "import java.util.List;", "import java.util.List;\nimport java.io.File;");
        RulesetProblem p = onlyProblem(refused(dir));
        List<String> lines = Files.readAllLines(dir.resolve("rules/dose.drl"));
        assertEquals(lines.indexOf("import java.io.File;") + 1, p.line());
        assertTrue(p.message().contains("java.io.File"), p.message());
    }

    @Test
    void forbiddenImportInsideJavaUtil_isRefused() throws IOException {
        Path dir = folder();
        edit(dir.resolve("rules/dose.drl"), "import java.util.List;", "import java.util.List;\nimport java.util.concurrent.Executors;");
        RulesetProblem p = onlyProblem(refused(dir));
        assertTrue(p.message().contains("java.util.concurrent.Executors is not allowed"), p.message());
    }

    @Test
    void eval_inTheConditions_isRefusedWithItsLine() throws IOException {
        Path dir = folder();
        edit(dir.resolve("rules/dose.drl"), "    HighDailyDose( $t : totalMg )\n",
                "    HighDailyDose( $t : totalMg )\n    eval( $t > 0 )\n");
        RulesetProblem p = onlyProblem(refused(dir));
        List<String> lines = Files.readAllLines(dir.resolve("rules/dose.drl"));
        assertEquals("rules/dose.drl", p.file());
        assertEquals(lines.indexOf("    eval( $t > 0 )") + 1, p.line());
        assertEquals("5", p.column());
        assertTrue(p.message().contains("eval"), p.message());
    }

    @Test
    void forbiddenCallInAConsequence_isRefusedWithItsLine() throws IOException {
        Path dir = folder();
        edit(dir.resolve("rules/dose.drl"), "    insert( new HighDailyDose( $t ) );",
                "    insert( new HighDailyDose( $t ) );\n    System.exit( 3 );");
        RulesetProblem p = onlyProblem(refused(dir));
        List<String> lines = Files.readAllLines(dir.resolve("rules/dose.drl"));
        assertEquals(lines.indexOf("    System.exit( 3 );") + 1, p.line());
        assertTrue(p.message().contains("System.") && p.message().contains("exit("), p.message());
        assertTrue(p.message().contains("consequence (then) of rule \"The daily dose reaches the high-dose threshold\""),
                p.message());
    }

    @Test
    void forbiddenCallsInConsequencesAndConditions_areAllReportedTogether() throws IOException {
        Path dir = folder();
        edit(dir.resolve("rules/dose.drl"), "    insert( new HighDailyDose( $t ) );",
                "    insert( new HighDailyDose( $t ) );\n    new java.io.File( \"/tmp/x\" ).delete();");
        edit(dir.resolve("rules/dose.drl"), "    HighDailyDose( $t : totalMg )",
                "    HighDailyDose( $t : totalMg, Thread.currentThread() != null )");
        List<RulesetProblem> p = refused(dir);
        assertEquals(2, p.size(), p::toString);
        assertTrue(p.get(0).message().contains("java.io.") && p.get(1).message().contains("Thread"), p::toString);
    }

    @Test
    void drlSyntaxError_namesTheColumn() throws IOException {
        Path dir = folder();
        edit(dir.resolve("rules/dose.drl"), "    HighDailyDose( $t : totalMg )", "    HighDailyDose( $t : totalMg ) )");
        List<RulesetProblem> p = refused(dir);
        assertTrue(p.stream().anyMatch(x -> x.line() > 0 && x.column() != null), p::toString);
    }

    @Test
    void functionsAndGlobals_areRefused() throws IOException {
        Path dir = folder();
        edit(dir.resolve("rules/dose.drl"), "declare HighDailyDose",
                "global java.util.List out;\nfunction int twice(int x) { return 2 * x; }\ndeclare HighDailyDose");
        List<RulesetProblem> p = refused(dir);
        assertEquals(2, p.size(), p::toString);
    }

    @Test
    void badTableValue_isRefusedWithLineAndColumn() throws IOException {
        Path dir = folder();
        edit(dir.resolve("tables/conversion-test.csv"), "oxycodone,oral,mg,,,,1.5,", "oxycodone,oral,mg,,,,\"1,5\",");
        RulesetProblem p = onlyProblem(refused(dir));
        assertEquals("tables/conversion-test.csv", p.file());
        assertEquals(5, p.line());
        assertEquals("factor", p.column());
    }

    @Test
    void missingColumn_isRefused() throws IOException {
        Path dir = folder();
        edit(dir.resolve("tables/medicines.csv"), "name,ingredient,class,synonyms,source", "name,ingredient,synonyms,source");
        List<RulesetProblem> p = refused(dir);
        assertTrue(p.stream().anyMatch(x -> x.file().equals("tables/medicines.csv") && "class".equals(x.column())),
                p::toString);
    }

    @Test
    void unknownDefaultProfile_isRefused() throws IOException {
        Path dir = folder();
        edit(dir.resolve("ruleset.json"), "\"defaultProfile\": \"test\"", "\"defaultProfile\": \"uk\"");
        RulesetProblem p = onlyProblem(refused(dir));
        assertEquals("ruleset.json", p.file());
        assertTrue(p.message().contains("uk"));
    }

    @Test
    void profileNamingAMissingTable_isRefused() throws IOException {
        Path dir = folder();
        edit(dir.resolve("profiles/test.json"), "tables/conversion-test.csv", "tables/conversion-uk.csv");
        List<RulesetProblem> p = refused(dir);
        assertTrue(p.stream().anyMatch(x -> x.file().equals("profiles/test.json") && x.line() == 4), p::toString);
    }

    @Test
    void parameterWithoutSource_isRefused() throws IOException {
        Path dir = folder();
        edit(dir.resolve("profiles/test.json"), "\"reviewWindowMonths\": { \"value\": 3, \"source\": \"fixture\" }",
                "\"reviewWindowMonths\": { \"value\": 3, \"source\": \" \" }");
        RulesetProblem p = onlyProblem(refused(dir));
        assertEquals("profiles/test.json", p.file());
        assertEquals(9, p.line());
        assertTrue(p.message().contains("no source"), p.message());
    }

    @Test
    void parameterOutOfRangeMissingOrMisspelt_isRefused() throws IOException {
        Path dir = folder();
        edit(dir.resolve("profiles/test.json"), "\"adultAgeYears\": { \"value\": 18, \"source\": \"fixture\" }",
                "\"adultAgeYeers\": { \"value\": 18, \"source\": \"\" }");
        edit(dir.resolve("profiles/test.json"), "\"defaultDaysSupply\": { \"value\": 28,",
                "\"defaultDaysSupply\": { \"value\": 0,");
        List<RulesetProblem> p = refused(dir);
        assertTrue(p.stream().anyMatch(x -> x.message().contains("adultAgeYeers: unknown parameter")), p::toString);
        assertTrue(p.stream().anyMatch(x -> x.message().contains("adultAgeYears is missing")), p::toString);
        assertTrue(p.stream().anyMatch(x -> x.message().contains("out of range")), p::toString);
    }

    @Test
    void staleManifest_isRefusedUntilManifestIsRun() throws IOException {
        Path dir = folder();
        edit(dir.resolve("tables/conversion-test.csv"), "oxycodone,oral,mg,,,,1.5,", "oxycodone,oral,mg,,,,2,");
        RulesetException e = assertThrows(RulesetException.class, () -> Ruleset.fromDirectory(dir));
        RulesetProblem p = onlyProblem(e.problems());
        assertEquals("tables/conversion-test.csv", p.file());
        assertTrue(p.message().contains("manifest"), p.message());
        Ruleset.updateManifest(dir);
        Ruleset.fromDirectory(dir);
    }

    @Test
    void fileNotInTheManifest_isRefused() throws IOException {
        Path dir = folder();
        Files.writeString(dir.resolve("rules/extra.drl"), "package test.rules;\n");
        RulesetProblem p = onlyProblem(assertThrows(RulesetException.class, () -> Ruleset.fromDirectory(dir)).problems());
        assertEquals("rules/extra.drl", p.file());
    }

    @Test
    void requiredHash_refusesAnyOtherRuleset() {
        String wrong = "0".repeat(64);
        RulesetException e = assertThrows(RulesetException.class,
                () -> Ruleset.loader().requireSha256(wrong).fromDirectory(TestRulesets.minimalFolder()));
        assertTrue(e.getMessage().contains(wrong));
        Ruleset.loader().requireSha256(TestRulesets.minimal().info().sha256()).fromDirectory(TestRulesets.minimalFolder());
        assertThrows(IllegalArgumentException.class, () -> Ruleset.loader().requireSha256("abc"));
    }

    @Test
    void everyProblem_isReportedTogether() throws IOException {
        Path dir = folder();
        edit(dir.resolve("tables/conversion-test.csv"), "oxycodone,oral,mg,,,,1.5,", "oxycodone,oral,mg,,,,x,");
        edit(dir.resolve("tables/medicines.csv"), "diazepam,diazepam,benzodiazepine", "diazepam,diazepam,sedative");
        List<RulesetProblem> p = refused(dir);
        assertEquals(2, p.size(), p::toString);
    }

    @Test
    void ruleFileProblems_areReportedTogetherWithTableAndProfileProblems() throws IOException {
        Path dir = folder();
        edit(dir.resolve("rules/dose.drl"), "    MmeTotal( $t : totalDailyMg )", "    MmeTotal( $t : totalDailyMg ");
        edit(dir.resolve("rules/dose.drl"), "@id(\"T-01\")", "@id(\"T-C01\")");
        edit(dir.resolve("tables/conversion-test.csv"), "oxycodone,oral,mg,,,,1.5,", "oxycodone,oral,mg,,,,x,");
        edit(dir.resolve("profiles/test.json"), "\"defaultDaysSupply\": { \"value\": 28,",
                "\"defaultDaysSupply\": { \"value\": 0,");
        List<RulesetProblem> p = refused(dir);
        assertTrue(p.stream().anyMatch(x -> x.file().equals("rules/dose.drl") && x.line() > 0), p::toString);
        assertTrue(p.stream().anyMatch(x -> x.file().equals("tables/conversion-test.csv") && x.line() == 5
                && "factor".equals(x.column())), p::toString);
        assertTrue(p.stream().anyMatch(x -> x.file().equals("profiles/test.json") && x.message().contains("out of range")),
                p::toString);
    }

    @Test
    void missingFolderContents_areRefused() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        RulesetProblem p = onlyProblem(assertThrows(RulesetException.class, () -> Ruleset.fromDirectory(empty))
                .problems());
        assertEquals("ruleset.json", p.file());
    }
}

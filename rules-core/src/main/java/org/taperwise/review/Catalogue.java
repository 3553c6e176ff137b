package org.taperwise.review;

import org.taperwise.loader.LoadedRulesets;
import org.taperwise.Ruleset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The rule catalogue a clinical safety reviewer reads: the whole ruleset as one document.
 *
 * <pre>{@code
 * Catalogue c = Catalogue.of(ruleset).withHazardLog(Files.readString(log), "docs/hazard-log.md");
 * Files.writeString(Path.of("catalogue.html"), c.html());
 * }</pre>
 *
 * <p>It holds the ruleset's identity, hash, authors and reviewers; every rule file with the text after
 * {@code Topic:}, {@code Guideline text:} and {@code When/Then:} in its opening comment; every rule with its id,
 * version, name, source, file and line, its text, the scenarios whose run fired it and the hazards that name it;
 * every table with its documentation lines and every row (each row carries its source); every profile with every
 * parameter's value, comparison, source and note; every scenario with its result; and every hazard of the hazard
 * log ({@code ### H01 Title} sections) with the rules, tables, scenarios and parameters of this ruleset it names,
 * and the references it makes that this ruleset does not have.
 *
 * <p>Building it runs every scenario once. It reads no clock: the same ruleset and hazard log give the same
 * document, byte for byte. {@link #html()} is one self-contained page (inline style, no script, no external
 * resource), all text escaped.
 */
public final class Catalogue {
    /** A ruleset folder may hold its own hazard log under this name; the catalogue then uses it by default. */
    public static final String HAZARD_LOG_FILE = HazardLog.FILE;

    private final Ruleset ruleset;
    private final List<ScenarioResult> results;
    private final String hazardLog;
    private final String hazardLogOrigin;
    private final RulesetDiff since;
    private CatalogueModel model;

    private Catalogue(Ruleset ruleset, List<ScenarioResult> results, String hazardLog, String hazardLogOrigin,
            RulesetDiff since) {
        this.ruleset = ruleset;
        this.results = results;
        this.hazardLog = hazardLog;
        this.hazardLogOrigin = hazardLogOrigin;
        this.since = since;
    }

    /**
     * The catalogue of a ruleset, with the ruleset's own {@value #HAZARD_LOG_FILE} as hazard log when it has one.
     * Runs every scenario.
     */
    public static Catalogue of(Ruleset ruleset) {
        Objects.requireNonNull(ruleset, "ruleset");
        return of(ruleset, Scenarios.runAll(ruleset));
    }

    /**
     * The same, with the results of {@link Scenarios#runAll(Ruleset)} already at hand (as {@code verify} has them).
     */
    public static Catalogue of(Ruleset ruleset, List<ScenarioResult> results) {
        Objects.requireNonNull(ruleset, "ruleset");
        byte[] own = LoadedRulesets.of(ruleset).files().get(HAZARD_LOG_FILE);
        return new Catalogue(ruleset, List.copyOf(results),
                own == null ? null : new String(own, StandardCharsets.UTF_8),
                own == null ? null : HAZARD_LOG_FILE + " in the ruleset", null);
    }

    /**
     * The same catalogue cross-referenced with another hazard log.
     *
     * @param markdown the hazard log: each hazard a {@code ### H<number> <title>} section
     * @param origin   where it came from, as the catalogue should say
     */
    public Catalogue withHazardLog(String markdown, String origin) {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(origin, "origin");
        return new Catalogue(ruleset, results, markdown, origin, since);
    }

    /**
     * The same catalogue, whose summary page also says what changed since an earlier ruleset (the
     * {@link RulesetDiff} from it to this one, with its warnings among the open warnings).
     */
    public Catalogue since(Ruleset earlier) {
        Objects.requireNonNull(earlier, "earlier");
        return new Catalogue(ruleset, results, hazardLog, hazardLogOrigin, RulesetDiff.between(earlier, ruleset));
    }

    /** Whether a hazard log is cross-referenced. */
    public boolean hasHazardLog() {
        return hazardLog != null;
    }

    /** The scenario results the catalogue reports. */
    public List<ScenarioResult> scenarioResults() {
        return results;
    }

    /**
     * What the catalogue covers, in one line: "54 rules in 10 files, 6 tables, 3 profiles, 105 scenarios (all pass),
     * 15 hazards".
     */
    public String summary() {
        return CatalogueHtml.summary(model());
    }

    /**
     * Every decision rule (an id without {@code -C}) that no hazard controls: no hazard names it, a parameter it reads
     * or a scenario that pins it (see {@link HazardLog}). Empty when no hazard log is cross-referenced.
     */
    public List<String> decisionRulesWithoutHazard() {
        CatalogueModel m = model();
        if (!hasHazardLog()) {
            return List.of();
        }
        return ruleset.rules().stream().map(org.taperwise.RuleInfo::id).filter(RuleLinks::decision)
                .filter(id -> m.links.hazardsOf(id).isEmpty()).toList();
    }

    /** The hazard ids that control a rule, directly or through a parameter it reads or a scenario that pins it. */
    public List<String> hazardsControlling(String ruleId) {
        return model().links.hazardsOf(ruleId);
    }

    /** The hazard log's references to things this ruleset does not have ({@link HazardLog#warnings()}). */
    public List<String> hazardLogWarnings() {
        return HazardLog.warnings(model().hazards);
    }

    /** The catalogue as Markdown. */
    public String markdown() {
        return CatalogueMarkdown.write(model());
    }

    /** The catalogue as one self-contained HTML page. */
    public String html() {
        return CatalogueHtml.write(model());
    }

    private synchronized CatalogueModel model() {
        if (model == null) {
            model = new CatalogueModel(ruleset, results, hazardLog, hazardLogOrigin, since);
        }
        return model;
    }
}

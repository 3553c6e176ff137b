package org.taperwise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taperwise.engine.CompiledRules;
import org.taperwise.model.WrongArrowFixture;

/**
 * One room per capability, and arrows only one way. Each package of rules-core is a layer; each layer names the
 * layers it may depend on, so a new arrow (the model reaching the engine, the taper planner reading files, the
 * engine leaking through the public API) fails the build. Drools stays behind the engine package, and the packages
 * a host imports (see module-info.java) expose neither Drools nor internal types.
 */
class ArchitectureTest {
    /** The packages module-info.java exports: what a host compiles against. */
    static final String[] EXPORTED = {"org.taperwise", "org.taperwise.model", "org.taperwise.rules",
        "org.taperwise.json", "org.taperwise.review", "org.taperwise.spi", "org.taperwise.handout"};

    /** The root package's value types: what every layer may throw or report. */
    private static final Set<String> API_VALUES = Set.of("Problem", "RulesetProblem", "RuleInfo",
            "InvalidInputException", "EvaluationException", "RulesetException", "EvaluationLimits");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.taperwise");

    /** The allowed arrows, one line per layer: who it is, then what it may use. */
    static LayeredArchitecture layers() {
        return com.tngtech.archunit.library.Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy("org.taperwise.model..")
                .layer("RuleFacts").definedBy("org.taperwise.rules..")
                .layer("ApiValues").definedBy(rootClasses(true))
                .layer("FrontDoor").definedBy(rootClasses(false))
                .layer("Spi").definedBy("org.taperwise.spi..")
                .layer("Files").definedBy("org.taperwise.files..")
                .layer("Tables").definedBy("org.taperwise.tables..")
                .layer("Engine").definedBy("org.taperwise.engine..")
                .layer("Loader").definedBy("org.taperwise.loader..")
                .layer("Taper").definedBy("org.taperwise.taper..")
                .layer("Evaluation").definedBy("org.taperwise.evaluation..")
                .layer("Json").definedBy("org.taperwise.json..")
                .layer("Review").definedBy("org.taperwise.review..")
                .layer("Handout").definedBy("org.taperwise.handout..")

                .whereLayer("Model").mayNotAccessAnyLayer()
                .whereLayer("Spi").mayNotAccessAnyLayer()
                .whereLayer("RuleFacts").mayOnlyAccessLayers("Model")
                .whereLayer("ApiValues").mayOnlyAccessLayers("Model")
                .whereLayer("Files").mayOnlyAccessLayers("ApiValues", "Model")
                .whereLayer("Tables").mayOnlyAccessLayers("Files", "RuleFacts", "ApiValues", "Model")
                .whereLayer("Engine").mayOnlyAccessLayers("Files", "Spi", "RuleFacts", "ApiValues", "Model")
                .whereLayer("Loader").mayOnlyAccessLayers("Engine", "Tables", "Files", "Spi", "ApiValues", "Model")
                .whereLayer("Taper").mayOnlyAccessLayers("Tables", "RuleFacts", "Model")
                .whereLayer("Evaluation").mayOnlyAccessLayers("Loader", "Engine", "Taper", "Tables", "RuleFacts",
                        "ApiValues", "Model")
                .whereLayer("FrontDoor").mayOnlyAccessLayers("Loader", "Evaluation", "Tables", "Files", "ApiValues",
                        "Model")
                .whereLayer("Json").mayOnlyAccessLayers("FrontDoor", "Evaluation", "Files", "ApiValues", "Model")
                .whereLayer("Review").mayOnlyAccessLayers("FrontDoor", "Json", "Loader", "Engine", "Tables", "Files",
                        "RuleFacts", "ApiValues", "Model")
                // the patient handout reads an assessment and nothing else: no tables, rules, engine or JSON
                .whereLayer("Handout").mayOnlyAccessLayers("Model");
    }

    private static DescribedPredicate<JavaClass> rootClasses(boolean values) {
        return DescribedPredicate.describe(values ? "the root package's value types" : "the root package's front door",
                c -> c.getPackageName().equals("org.taperwise")
                        && API_VALUES.contains(c.getSimpleName().isEmpty() ? c.getName() : topLevel(c)) == values);
    }

    private static String topLevel(JavaClass c) {
        String name = c.getName().substring("org.taperwise.".length());
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    @Test
    void everyPackage_dependsOnlyOnTheLayersItIsAllowed() {
        layers().check(CLASSES);
    }

    @Test
    void aWrongArrow_failsTheLayerCheck() {
        // a model class that reaches into the engine: the arrow the layer rules exist to refuse
        JavaClasses wrong = new ClassFileImporter().importClasses(WrongArrowFixture.class, CompiledRules.class);
        AssertionError e = assertThrows(AssertionError.class, () -> layers().check(wrong));
        assertTrue(e.getMessage().contains("WrongArrowFixture"), e.getMessage());
    }

    @Test
    void exportedPackages_exposeNoDroolsType() {
        noClasses().that().resideInAnyPackage(EXPORTED).and().arePublic()
                .should(expose("org.kie.", "org.drools."))
                .because("hosts must never depend on Drools types; the engine is an implementation detail")
                .check(CLASSES);
    }

    @Test
    void exportedPackages_exposeNoInternalType() {
        noClasses().that().resideInAnyPackage(EXPORTED).and().arePublic()
                .should(expose("org.taperwise.files.", "org.taperwise.tables.", "org.taperwise.engine.",
                        "org.taperwise.loader.", "org.taperwise.evaluation.", "org.taperwise.taper."))
                .because("a host sees only exported packages (module-info.java); a public signature that names an"
                        + " internal type would hand it one")
                .check(CLASSES);
    }

    @Test
    void onlyTheEnginePackage_usesDrools() {
        noClasses().that().resideOutsideOfPackage("org.taperwise.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .because("Drools is wrapped in org.taperwise.engine")
                .check(CLASSES);
    }

    @Test
    void theExposureCheck_canFail_onAClassWhoseSignatureNamesAKieBase() {
        JavaClasses wrong = new ClassFileImporter().importClasses(WrongArrowFixture.class);
        AssertionError e = assertThrows(AssertionError.class, () -> noClasses().that().arePublic()
                .should(expose("org.kie.", "org.drools.")).check(wrong));
        assertTrue(e.getMessage().contains("leak()"), e.getMessage());
    }

    private static ArchCondition<JavaClass> expose(String... prefixes) {
        return new ArchCondition<>("expose types of " + String.join(", ", prefixes) + " in public signatures") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaCodeUnit m : c.getCodeUnits()) {
                    if (m.getModifiers().contains(JavaModifier.PUBLIC)
                            || m.getModifiers().contains(JavaModifier.PROTECTED)) {
                        m.getAllInvolvedRawTypes().stream().filter(t -> named(t, prefixes)).forEach(t -> events.add(
                                SimpleConditionEvent.satisfied(c, m.getFullName() + " exposes " + t.getName())));
                    }
                }
                for (JavaField f : c.getFields()) {
                    if (f.getModifiers().contains(JavaModifier.PUBLIC) && named(f.getRawType(), prefixes)) {
                        events.add(SimpleConditionEvent.satisfied(c, f.getFullName() + " exposes " + f.getRawType()));
                    }
                }
                c.getAllRawInterfaces().stream().filter(t -> named(t, prefixes)).forEach(t -> events.add(
                        SimpleConditionEvent.satisfied(c, c.getName() + " implements " + t.getName())));
            }
        };
    }

    private static boolean named(JavaClass t, String... prefixes) {
        for (String p : prefixes) {
            if (t.getName().startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}

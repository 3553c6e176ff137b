package org.taperwise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
import org.junit.jupiter.api.Test;

/**
 * Drools stays behind the wall: a host compiles against rules-core's public API without ever seeing an
 * {@code org.kie} or {@code org.drools} type, so the engine can change (classic DRL, executable model, another
 * version) without breaking hosts. Only {@code org.taperwise.internal} may touch Drools.
 */
class ArchitectureTest {
    private static final String[] API_PACKAGES = {"org.taperwise", "org.taperwise.model", "org.taperwise.rules",
        "org.taperwise.json"};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.taperwise");

    @Test
    void publicApi_exposesNoDroolsType() {
        noClasses().that().resideInAnyPackage(API_PACKAGES).and().arePublic()
                .should(exposeDroolsTypes())
                .because("hosts must never depend on Drools types; the engine is an implementation detail")
                .check(CLASSES);
    }

    @Test
    void onlyTheInternalPackage_usesDrools() {
        noClasses().that().resideInAnyPackage(API_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .because("Drools is wrapped in org.taperwise.internal")
                .check(CLASSES);
    }

    @Test
    void ruleFacingFacts_doNotDependOnTheEngine() {
        noClasses().that().resideInAnyPackage("org.taperwise.model", "org.taperwise.rules")
                .should().dependOnClassesThat().resideInAnyPackage("org.taperwise.internal", "org.taperwise.json")
                .because("rule files may import only the fact model; it must stand alone")
                .check(CLASSES);
    }

    @Test
    void theExposureCheck_canFail_onAnInternalClassThatHoldsAKieBase() {
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> noClasses()
                .that().haveFullyQualifiedName("org.taperwise.internal.LoadedRuleset")
                .should(exposeDroolsTypes()).check(CLASSES));
    }

    private static ArchCondition<JavaClass> exposeDroolsTypes() {
        return new ArchCondition<>("expose org.kie or org.drools types in public signatures") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaCodeUnit m : c.getCodeUnits()) {
                    if (m.getModifiers().contains(JavaModifier.PUBLIC)
                            || m.getModifiers().contains(JavaModifier.PROTECTED)) {
                        m.getAllInvolvedRawTypes().stream().filter(ArchitectureTest::drools).forEach(t -> events.add(
                                SimpleConditionEvent.satisfied(c, m.getFullName() + " exposes " + t.getName())));
                    }
                }
                for (JavaField f : c.getFields()) {
                    if (f.getModifiers().contains(JavaModifier.PUBLIC) && drools(f.getRawType())) {
                        events.add(SimpleConditionEvent.satisfied(c, f.getFullName() + " exposes " + f.getRawType()));
                    }
                }
                c.getAllRawInterfaces().stream().filter(ArchitectureTest::drools).forEach(t -> events.add(
                        SimpleConditionEvent.satisfied(c, c.getName() + " implements " + t.getName())));
            }
        };
    }

    private static boolean drools(JavaClass t) {
        String n = t.getName();
        return n.startsWith("org.kie.") || n.startsWith("org.drools.");
    }
}

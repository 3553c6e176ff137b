/**
 * The built-in ruleset: its folder as resources and its rules compiled at build time. An open module, because the
 * engine instantiates the generated rule model classes (in packages named by the rule compiler, such as
 * {@code taperwise.rules.P1A}) by reflection and reads the ruleset folder as resources.
 */
open module org.taperwise.library {
    requires org.taperwise.core;
    // the generated rule models are compiled against these
    requires org.kie.api;
    requires org.drools.base;
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;

    provides org.taperwise.spi.PrecompiledRules with org.taperwise.library.BuiltinRules;
}

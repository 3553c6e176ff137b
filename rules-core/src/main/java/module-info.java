/**
 * Taperwise's engine and API. A host compiles against the exported packages only: the engine, ruleset and holder
 * with their exceptions ({@code org.taperwise}), the fact model ({@code model}), the facts rule files read
 * ({@code rules}), JSON in and out ({@code json}), the reviewer's tools ({@code review}), the patient handout
 * ({@code handout}) and the provider interface for rules compiled at build time ({@code spi}). Ruleset files,
 * tables, the Drools engine, loading, evaluation and taper planning are internal: no exported signature names one of their types (ArchitectureTest).
 */
module org.taperwise.core {
    exports org.taperwise;
    exports org.taperwise.model;
    exports org.taperwise.rules;
    exports org.taperwise.json;
    exports org.taperwise.review;
    exports org.taperwise.spi;
    exports org.taperwise.handout;

    uses org.taperwise.spi.PrecompiledRules;

    requires org.slf4j;
    requires java.management;
    requires com.fasterxml.jackson.databind;
    requires org.kie.api;
    requires org.kie.internal.api;
    requires org.drools.compiler;
    requires org.drools.drl.parser;
    requires org.drools.drl.ast;
    requires org.drools.modelcompiler;
    requires org.drools.canonicalmodel;
    requires org.drools.model.codegen;
    requires org.drools.codegen.common;
    requires org.kie.memorycompiler;
    requires org.objectweb.asm;
}

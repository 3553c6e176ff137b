package org.taperwise.examples.cqlpeer;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.cqframework.cql.cql2elm.CqlCompilerException;
import org.cqframework.cql.cql2elm.CqlCompilerOptions;
import org.cqframework.cql.cql2elm.LibraryBuilder;
import org.cqframework.cql.cql2elm.LibraryManager;
import org.cqframework.cql.cql2elm.ModelManager;
import org.cqframework.cql.cql2elm.StringLibrarySourceProvider;
import org.cqframework.cql.cql2elm.quick.FhirLibrarySourceProvider;
import org.hl7.elm.r1.VersionedIdentifier;
import org.hl7.fhir.r4.model.Resource;
import org.opencds.cqf.cql.engine.data.CompositeDataProvider;
import org.opencds.cqf.cql.engine.execution.CqlEngine;
import org.opencds.cqf.cql.engine.execution.Environment;
import org.opencds.cqf.cql.engine.execution.EvaluationExpressionRef;
import org.opencds.cqf.cql.engine.execution.EvaluationParams;
import org.opencds.cqf.cql.engine.execution.EvaluationResults;
import org.opencds.cqf.cql.engine.fhir.model.R4FhirModelResolver;
import org.opencds.cqf.cql.engine.model.CachingModelResolverDecorator;
import org.opencds.cqf.cql.engine.runtime.Quantity;

/**
 * The peer: the CDC's MME CQL (cqframework/opioid-mme-r4 at 1357f45, src/main/resources/cql) translated once and run
 * on the published Java CQL engine, as a service on the CQF stack runs it: one engine reused for every patient,
 * expression caching on, the FHIR R4 model resolver shared (shared/research/cql-peer.md section 2.3). The expression
 * evaluated is the IG's own test library's {@code MMECalculatorTests.TotalMME}, i.e.
 * {@code MMECalculator.TotalMME([MedicationRequest])}.
 */
final class PeerCql {
    /** Fixed evaluation time; the MME logic does not use it. */
    static final ZonedDateTime EVALUATION_TIME = ZonedDateTime.of(2025, 6, 30, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final String[] LIBRARIES = {"ConversionFactors", "OMTKData", "OMTKLogic", "MMECalculator",
        "MMECalculatorTests"};
    private static final VersionedIdentifier TESTS = new VersionedIdentifier().withId("MMECalculatorTests")
            .withVersion("3.0.0");
    private static final Map<VersionedIdentifier, List<EvaluationExpressionRef>> TOTAL_MME = Map.of(TESTS,
            List.of(new EvaluationExpressionRef("TotalMME")));

    private final CqlEngine engine;
    private final MemoryRetrieve retrieve;

    /**
     * @param fixed      MMECalculator with {@code return all} in its queries (see {@link #fixDistinct}), else the
     *                   library as published
     * @param supplement supply the IG's CDCMMEClinicalConversionFactors CodeSystem (tramadol 0.2 among others), else
     *                   ConversionFactors' hard-coded table (no tramadol factor)
     */
    PeerCql(boolean fixed, boolean supplement) {
        List<String> sources = new ArrayList<>();
        for (String lib : LIBRARIES) {
            String text = resource("cql/" + lib + ".cql");
            sources.add(fixed && lib.equals("MMECalculator") ? fixDistinct(text) : text);
        }
        CqlCompilerOptions options = new CqlCompilerOptions(CqlCompilerException.ErrorSeverity.Info,
                LibraryBuilder.SignatureLevel.None, CqlCompilerOptions.Options.EnableAnnotations,
                CqlCompilerOptions.Options.EnableLocators, CqlCompilerOptions.Options.DisableListDemotion,
                CqlCompilerOptions.Options.DisableListPromotion);
        options.setValidateUnits(true); // the IG's input/cql/cql-options.json
        LibraryManager libraries = new LibraryManager(new ModelManager(), options);
        libraries.getLibrarySourceLoader().registerProvider(new FhirLibrarySourceProvider());
        libraries.getLibrarySourceLoader().registerProvider(new StringLibrarySourceProvider(sources));
        for (String lib : LIBRARIES) {
            List<CqlCompilerException> errors = new ArrayList<>();
            libraries.resolveLibrary(new VersionedIdentifier().withId(lib).withVersion("3.0.0"), errors);
            List<CqlCompilerException> severe = errors.stream()
                    .filter(e -> e.getSeverity() == CqlCompilerException.ErrorSeverity.Error).toList();
            if (!severe.isEmpty()) {
                throw new IllegalStateException(lib + ".cql does not translate: " + severe.get(0).getMessage());
            }
        }
        retrieve = new MemoryRetrieve();
        if (supplement) {
            retrieve.shared("CodeSystem", List.of((Resource) FhirContext.forR4Cached().newJsonParser()
                    .parseResource(resource("cql/codesystem-CDCMMEClinicalConversionFactors.json"))));
        }
        var data = new CompositeDataProvider(new CachingModelResolverDecorator(
                new R4FhirModelResolver(FhirContext.forR4Cached())), retrieve);
        engine = new CqlEngine(new Environment(libraries, Map.of("http://hl7.org/fhir", data), null),
                EnumSet.of(CqlEngine.Options.EnableExpressionCaching));
    }

    /** Holds the patients the engine may be asked about (outside any timed region). */
    void hold(List<PeerPatient> patients) {
        for (PeerPatient p : patients) {
            retrieve.patient(p.id(), p.byType());
        }
    }

    /** {@code MMECalculatorTests.TotalMME} for a held patient: the value in {MME}/d, or null when the CQL gives none. */
    BigDecimal totalMme(String patientId) {
        EvaluationResults rs = engine.evaluate(new EvaluationParams(TOTAL_MME, new kotlin.Pair<>("Patient",
                patientId), null, null, EVALUATION_TIME));
        if (rs.containsExceptionsFor(TESTS)) {
            throw rs.getExceptions().get(TESTS);
        }
        Object value = rs.getResults().get(TESTS).getExpressionResults().get("TotalMME").getValue();
        return value == null ? null : ((Quantity) value).getValue();
    }

    /**
     * MMECalculator with the implicit {@code distinct} of its queries turned off ({@code return all}): in CQL a
     * query's {@code return} is distinct unless written {@code return all}, so the published library drops an order
     * identical to another and sums equal per-order MME values once (shared/research/cql-peer.md section 3.3).
     */
    static String fixDistinct(String mmeCalculator) {
        String fixed = mmeCalculator.replace("    return {\n", "    return all {\n")
                .replace("M return M.mme.value", "M return all M.mme.value")
                .replace("mmePerIngredient X return X.mme)", "mmePerIngredient X return all X.mme)");
        int changed = count(fixed, "return all") - count(mmeCalculator, "return all");
        if (changed != 4) {
            throw new IllegalStateException("MMECalculator.cql is not the version this fix was written for ("
                    + changed + " of 4 queries changed)");
        }
        return fixed;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    static String resource(String name) {
        try (InputStream in = PeerCql.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}

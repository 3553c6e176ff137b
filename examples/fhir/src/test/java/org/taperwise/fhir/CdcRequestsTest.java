package org.taperwise.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.TaperwiseEngine;
import org.taperwise.model.Assessment;

/** Every CDC CDS Hooks test request: malformed ones refused cleanly, well-formed (and repaired) ones mapped. */
class CdcRequestsTest {
    private static final FhirMapper MAPPER = new FhirMapper();
    private static final CdsHooksRequestReader READER = new CdsHooksRequestReader(MAPPER);
    private static final TaperwiseEngine ENGINE = TaperwiseEngine.builder().profile("us-cdc-2022").build();

    static Stream<Path> malformed() {
        return Cdc.requests().stream().filter(p -> !Cdc.wellFormed(Cdc.read(p)));
    }

    static Stream<Path> wellFormed() {
        return Cdc.requests().stream().filter(p -> Cdc.wellFormed(Cdc.read(p)));
    }

    static Stream<Path> repairable() {
        return malformed().filter(p -> Cdc.repaired(Cdc.read(p)) != null);
    }

    @Test
    void theCopiesHoldSixtySevenRequestsOfWhichSixtyTwoAreMalformed() {
        assertEquals(67, Cdc.requests().size());
        assertEquals(62, malformed().count());
        assertEquals(56, repairable().count());
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedRequestIsRefusedWithItsLineAndColumnAndNoStackTrace(Path file) {
        FhirMappingException e = assertThrows(FhirMappingException.class,
                () -> READER.read(Cdc.read(file)));
        assertEquals(1, e.problems().size());
        MappingProblem p = e.problems().get(0);
        assertEquals("request", p.resource());
        assertTrue(p.path().matches("line \\d+, column \\d+"), p.path());
        assertTrue(p.value().startsWith("malformed JSON: "), p.value());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertFalse(e.getMessage().contains("\tat "), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("wellFormed")
    void aWellFormedRequestMapsToFactsTheEngineAccepts(Path file) {
        mapsAndEvaluates(Cdc.read(file));
    }

    @ParameterizedTest
    @MethodSource("repairable")
    void aRepairedRequestMapsToFactsTheEngineAccepts(Path file) {
        mapsAndEvaluates(Cdc.repaired(Cdc.read(file)));
    }

    private static void mapsAndEvaluates(String text) {
        CdsHooksRequest request = READER.read(text);
        FhirMapping m = MAPPER.fromRecord(request.record(Cdc.asOf(text)));
        assertNotNull(m.facts().patientId());
        assertEquals(request.patientId(), m.facts().patientId());
        assertEquals(List.of(), ENGINE.validate(m.facts()));
        Assessment a = ENGINE.evaluate(m.facts());
        assertEquals(m.facts().patientId(), a.patientId());
        for (MappingWarning w : m.warnings()) {
            assertNotNull(w.resource(), w.toString());
            assertNotNull(w.path(), w.toString());
        }
    }
}

package org.taperwise.examples.cqlpeer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs only with -Pbench (the module is not in CI's reactor). */
class PeerCheckTest {

    @Test
    void thePeerGivesTheIgTestCasesTheirExpectedTotals() {
        PeerCql peer = new PeerCql(false, false);
        for (IgCases.IgCase c : IgCases.load()) {
            peer.hold(List.of(c.patient()));
            BigDecimal got = peer.totalMme(c.patient().id());
            if (c.expected() == null) {
                assertNull(got, c.name());
            } else {
                assertEquals(0, c.expected().compareTo(got), c.name() + ": " + got);
            }
        }
    }

    @Test
    void everyDifferenceBetweenTaperwiseAndThePeerHasANamedCause() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        boolean ok = PeerCheck.run(new PrintStream(buf, true, StandardCharsets.UTF_8), 100);
        String printed = buf.toString(StandardCharsets.UTF_8);
        assertTrue(ok, printed);
        assertTrue(printed.contains("5-order patients (100)"), printed);
    }

    @Test
    void thePublishedPeerSumsEqualOrderValuesOnceAndTheReturnAllCopyDoesNot() {
        // two orders of 30 MME each: hydrocodone 7.5 mg q6h and oxycodone 5 mg q6h (research note section 3.3)
        PeerPatient p = PeerPatients.generate(1L, 1, 2).get(0);
        var hydrocodone = p.orders().get(0);
        var oxycodone = p.orders().get(1);
        hydrocodone.getMedicationCodeableConcept().getCodingFirstRep().setCode("857005");
        oxycodone.getMedicationCodeableConcept().getCodingFirstRep().setCode("1049621");
        for (var o : p.orders()) {
            var d = o.getDosageInstructionFirstRep();
            d.getTiming().getRepeat().setFrequency(1).setPeriod(6).setPeriodUnit(
                    org.hl7.fhir.r4.model.Timing.UnitsOfTime.H);
            d.getDoseAndRateFirstRep().setDose(new org.hl7.fhir.r4.model.Quantity().setValue(1)
                    .setSystem("http://unitsofmeasure.org").setCode("{tbl}"));
        }
        PeerCql published = new PeerCql(false, false);
        PeerCql fixed = new PeerCql(true, false);
        published.hold(List.of(p));
        fixed.hold(List.of(p));
        assertEquals(0, new BigDecimal("30").compareTo(published.totalMme(p.id())));
        assertEquals(0, new BigDecimal("60").compareTo(fixed.totalMme(p.id())));
    }

    @Test
    void theReturnAllFixRefusesAnotherVersionOfMmeCalculator() {
        String text = PeerCql.resource("cql/MMECalculator.cql");
        assertEquals(4, PeerCql.fixDistinct(text).split("return all", -1).length - 1);
        assertThrows(IllegalStateException.class, () -> PeerCql.fixDistinct(text.replace("M return M.mme.value",
                "M return M.mme")));
    }
}

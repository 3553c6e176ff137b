package org.taperwise.cdshooks.cards;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.taperwise.TaperwiseEngine;
import org.taperwise.model.Assessment;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Flag;
import org.taperwise.model.FlagCode;
import org.taperwise.model.Form;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.Severity;
import org.taperwise.model.StrengthUnit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cards from assessments the engine made from patient facts built here. */
class CardFactoryTest {
    static final TaperwiseEngine ENGINE = TaperwiseEngine.builder().profile("us-cdc-2022").build();
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final CardFactory.Links LINKS = new CardFactory.Links("http://x/assessments/t", "http://x/handouts/t",
            "http://x/about");

    static Assessment patient(String medicine, double mg, double timesPerDay) {
        PatientFacts.Builder b = PatientFacts.builder("p", AS_OF).birthDate(LocalDate.of(1960, 1, 1));
        for (int i = 0; i < 5; i++) {
            b.prescription(Prescription.builder().id("rx-" + i).medicine(medicine).form(Form.TABLET)
                    .strength(mg, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(timesPerDay)
                    .issued(AS_OF.minusDays(28L * (4 - i))).daysSupply(28).build());
        }
        return ENGINE.evaluate(b.build());
    }

    static CardFactory factory() throws Exception {
        return new CardFactory(NaloxoneProduct.fromBuiltin(NaloxoneProduct.DEFAULT_SYSTEM,
                NaloxoneProduct.DEFAULT_CODE));
    }

    @Test
    void anElevatedDoseIsAWarningCardWithTheDoseInItsSummary() throws Exception {
        Assessment a = patient("morphine", 20, 3); // 60 mg a day
        JsonNode cards = factory().cards(a, false, "Patient/p", "h", LINKS);
        JsonNode elevated = null;
        for (JsonNode c : cards) {
            if ("ELEVATED_DOSE".equals(c.path("extension").path("org.taperwise").path("flag").asText())) {
                elevated = c;
            }
        }
        assertTrue(elevated != null, cards.toString());
        assertEquals("warning", elevated.path("indicator").asText());
        assertEquals("Elevated daily opioid dose: 60 mg/day oral morphine equivalent",
                elevated.path("summary").asText());
    }

    @Test
    void theSummaryCardSaysEligibilityMmeAndTaperStatus() throws Exception {
        Assessment a = patient("morphine", 20, 3);
        JsonNode summary = factory().cards(a, true, "Patient/p", "h", LINKS).get(0);
        assertEquals("Opioid review: " + a.eligibility().status().code().toLowerCase().replace('_', ' ')
                + " \u00b7 60 mg/day MME \u00b7 taper " + a.taper().status().code().toLowerCase().replace('_', ' '),
                summary.path("summary").asText());
        assertTrue(summary.path("detail").asText().contains("**Daily oral morphine equivalent:** 60 mg"));
    }

    @ParameterizedTest
    @EnumSource(Severity.class)
    void everySeverityHasADocumentedIndicator(Severity s) {
        assertTrue(List.of("info", "warning", "critical").contains(Indicators.of(s)));
    }

    /** Seeded generator: flag messages and sources with markup, controls and direction overrides. */
    @Test
    void hostileTextInAFlagNeverBecomesMarkupOrALongSummary() throws Exception {
        Random random = new Random(14);
        String alphabet = "ab<>[]()*_`#!|&\\\n\r\t\u202e\u2066\u0000\ud800 x";
        Assessment base = patient("morphine", 20, 3);
        for (int n = 0; n < 200; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0, len = random.nextInt(300); i < len; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<Flag> flags = new ArrayList<>(List.of(new Flag(FlagCode.MULTIPLE_OPIOIDS, Severity.MODERATE,
                    s.toString(), "R-1", s.toString(), List.of(s.toString()), List.of())));
            Assessment a = new Assessment(s.toString(), AS_OF, base.ruleset(), base.profile(), base.eligibility(),
                    base.mme(), flags, base.taper(), base.firedRules(), base.warnings(), 0);
            JsonNode card = factory().cards(a, false, "Patient/p", "h", LINKS).get(0);
            String detail = card.path("detail").asText();
            assertFalse(detail.matches("(?s).*(?<!\\\\)[<>\\[\\]].*"), detail);
            assertFalse(detail.chars().anyMatch(c -> c == '\u202e' || c == 0), detail);
            assertTrue(card.path("summary").asText().length() < 140);
        }
    }

    @Test
    void theDefaultNaloxoneProductIsANaloxoneRowOfTheRulesetsTable() throws Exception {
        NaloxoneProduct p = NaloxoneProduct.fromBuiltin(NaloxoneProduct.DEFAULT_SYSTEM, NaloxoneProduct.DEFAULT_CODE);
        assertEquals("naloxone hydrochloride 40 MG/ML Nasal Spray", p.display());
        assertEquals("cds-vs-naloxone-medications", p.source());
    }

    @Test
    void aProductCodeThatIsNotNaloxoneIsRefused() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> NaloxoneProduct.fromBuiltin(NaloxoneProduct.DEFAULT_SYSTEM, "1723208"));
        assertTrue(e.getMessage().contains("not naloxone"), e.getMessage());
    }
}

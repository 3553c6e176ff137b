package org.taperwise.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.TaperwiseEngine;
import org.taperwise.model.Assessment;
import org.taperwise.model.FlagCode;

/**
 * Issue 11's last acceptance item: the CDC's CDS Hooks test requests that involve benzodiazepines (REC 11 opioid and
 * benzodiazepine; REC 08 on a benzodiazepine or on naloxone), mapped from FHIR and evaluated with {@code us-cdc-2022},
 * raise BENZODIAZEPINE_COPRESCRIBED exactly where the CDC's service shows its concurrent-use card. Each row states the
 * CDC's expected response (pinned against the copy of its response file) and each difference with its reason.
 */
class BenzodiazepineCasesTest {
    private static final FhirMapper MAPPER = new FhirMapper();
    private static final CdsHooksRequestReader READER = new CdsHooksRequestReader(MAPPER);
    private static final TaperwiseEngine ENGINE = TaperwiseEngine.builder().profile("us-cdc-2022").build();

    /**
     * One case.
     *
     * @param request   the request file under requests/
     * @param cdcCards  the number of cards in the CDC's expected response, or -1 when the CDC published none
     * @param benzo     whether Taperwise raises BENZODIAZEPINE_COPRESCRIBED
     * @param naloxone  whether Taperwise raises NALOXONE_RECOMMENDED
     * @param note      how Taperwise's answer compares with the CDC's, and why any difference
     */
    record Case(String request, int cdcCards, boolean benzo, boolean naloxone, String note) {
        @Override
        public String toString() {
            return request.substring(request.indexOf('/') + 1);
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("OpioidCDSREC11/request-example-rec-11-benzo-trigger-with-opioid.json", 1, true, true,
                        "same: the CDC's REC 11 card (avoid concurrent opioid and benzodiazepine); the flurazepam"
                                + " draft order is issued today and the oxycodone issued 2023-04-16 for 30 days covers"
                                + " today. Taperwise also recommends naloxone (CDC 2022 Rec 8, a benzodiazepine is a"
                                + " risk factor), which the CDC's REC 11 service does not show"),
                new Case("OpioidCDSREC11/request-example-rec-11-benzo-trigger-without-opioid.json", 0, false, false,
                        "same: no opioid, no card"),
                new Case("OpioidCDSREC11/request-example-rec-11-opioid-trigger-with-benzo.json", 1, true, true,
                        "same; the flurazepam was issued 2023-03-20 for 30 days with 3 repeats, so its first"
                                + " presumed repeat (2023-04-19) covers today (REPEATS_PRESUMED); naloxone as above"),
                new Case("OpioidCDSREC11/request-example-rec-11-opioid-trigger-without-benzo.json", 0, false, true,
                        "same: no benzodiazepine, no card. Taperwise recommends naloxone with the opioid (us-cdc-2022,"
                                + " NAL-C05: the CDC's REC 08 content since opioid-cds-r4 933488c3, Aug 2025, offers"
                                + " naloxone with every opioid), which the CDC's REC 11 service does not evaluate"),
                new Case("OpioidCDSREC11PatientView/request-example-rec-11-patient-view-benzo-trigger-with-opioid.json",
                        1, true, true, "same; naloxone as above"),
                new Case("OpioidCDSREC11PatientView/"
                        + "request-example-rec-11-patient-view-benzo-trigger-without-opioid.json", 0, false, false,
                        "same"),
                new Case("OpioidCDSREC11PatientView/request-example-rec-11-patient-view-opioid-trigger-with-benzo.json",
                        1, true, true, "same; naloxone as above"),
                new Case("OpioidCDSREC11PatientView/"
                        + "request-example-rec-11-patient-view-opioid-trigger-without-benzo.json", 0, false, true,
                        "same for the benzodiazepine; naloxone with every opioid as in the order-select case"),
                new Case("OpioidCDSREC08/request-example-rec-08-on-benzodiazepine.json", 1, true, true,
                        "same risk: the CDC's one card is its REC 08 naloxone card (a benzodiazepine with the"
                                + " fentanyl 75 microgram/hour patch); Taperwise raises NALOXONE_RECOMMENDED for the same"
                                + " reason and also BENZODIAZEPINE_COPRESCRIBED, the CDC's REC 11 card, which the REC 08"
                                + " service does not evaluate"),
                new Case("OpioidCDSREC08/request-example-rec-08-on-naloxone.json", 0, false, true,
                        "same for the benzodiazepine (none). Difference: the CDC shows no naloxone card because"
                                + " naloxone is already prescribed; Taperwise's NAL-01 still raises NALOXONE_RECOMMENDED"
                                + " for the 180 mg MME fentanyl patch and says when naloxone was last prescribed"
                                + " (its rule: a kit on record is reported, not taken as the offer having been made)"),
                new Case("OpioidCDSREC08OrderSign/request-example-rec-08-order-sign-on-benzodiazepine.json", -1, true,
                        true, "the CDC published no expected response; the same record as the REC 08 case above"),
                new Case("OpioidCDSREC08OrderSign/request-example-rec-08-order-sign-on-naloxone.json", -1, false,
                        true, "the CDC published no expected response; the same record as the REC 08 case above"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFlagIsRaisedExactlyWhereTheCdcShowsItsCard(Case c) {
        Path file = Cdc.ROOT.resolve("requests").resolve(c.request());
        String text = Cdc.read(file);
        String json = Cdc.wellFormed(text) ? text : Cdc.repaired(text);
        FhirMapping m = MAPPER.fromRecord(READER.read(json).record(Cdc.asOf(text)));
        Assessment a = ENGINE.evaluate(m.facts());
        assertEquals(c.benzo(), a.hasFlag(FlagCode.BENZODIAZEPINE_COPRESCRIBED), c.note());
        assertEquals(c.naloxone(), a.hasFlag(FlagCode.NALOXONE_RECOMMENDED), c.note());
        if (c.request().contains("naloxone")) {
            assertTrue(a.flag(FlagCode.NALOXONE_RECOMMENDED).orElseThrow().message().contains("last prescribed"),
                    "the naloxone on record is named");
        }
        JsonNode response = Cdc.response(file);
        if (c.cdcCards() < 0) {
            assertNull(response, "the table says the CDC published no response");
        } else {
            assertEquals(c.cdcCards(), response.path("cards").size(), "the CDC's expected response");
        }
    }
}

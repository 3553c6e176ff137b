package org.taperwise.cdshooks.cards;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.taperwise.model.Assessment;
import org.taperwise.model.Flag;
import org.taperwise.model.FlagCode;
import org.taperwise.model.RulesetInfo;

import java.util.Locale;
import java.util.UUID;

/**
 * An assessment as CDS Hooks 2.0 cards.
 * <ul>
 *   <li>One card per flag (flags are already one per finding: a flag lists all its evidence, so a card per flag
 *       never repeats itself): summary = the flag's title (with the daily dose for dose flags), detail = the rule's
 *       message, the evidence, the rule id and its source; indicator from the severity ({@link Indicators}).</li>
 *   <li>On patient-view, first, one summary card (indicator {@code info}): eligibility for an opioid review, the
 *       daily oral morphine equivalent and the taper status, with their reasons.</li>
 *   <li>Every card: {@code source} {label "Taperwise (ruleset id version)", url}, {@code links} to the full
 *       assessment and to the patient handout (served by this service at unguessable short-lived addresses,
 *       never with patient data in the URL), and {@code extension} {@code org.taperwise} with the flag code, rule
 *       id, ruleset id, version and SHA-256, profile and hook instance.</li>
 *   <li>{@code NALOXONE_RECOMMENDED}: a suggestion that creates a draft MedicationRequest for the ruleset's
 *       naloxone product ({@link NaloxoneProduct}).</li>
 * </ul>
 */
public final class CardFactory {
    private static final ObjectMapper M = new ObjectMapper();
    /** CDS Hooks 2.0: summary "SHALL be less than 140 characters". */
    static final int SUMMARY_MAX = 139;

    private final NaloxoneProduct naloxone;

    public CardFactory(NaloxoneProduct naloxone) {
        this.naloxone = naloxone;
    }

    /** Where the card's links and source point. */
    public record Links(String assessmentUrl, String handoutUrl, String sourceUrl) {
    }

    /** The cards for one hook call. */
    public ArrayNode cards(Assessment a, boolean summaryCard, String patientRef, String hookInstance, Links links) {
        ArrayNode cards = M.createArrayNode();
        if (summaryCard) {
            ObjectNode card = base(a, links, hookInstance, null, null);
            card.put("summary", plain(SummaryText.summary(a)));
            card.put("indicator", "info");
            card.put("detail", SummaryText.detail(a));
            cards.add(card);
        }
        for (Flag flag : a.flags()) {
            cards.add(flagCard(a, flag, patientRef, hookInstance, links));
        }
        return cards;
    }

    private ObjectNode flagCard(Assessment a, Flag flag, String patientRef, String hookInstance, Links links) {
        ObjectNode card = base(a, links, hookInstance, flag.code().code(), flag.ruleId());
        card.put("summary", plain(title(flag, a)));
        card.put("indicator", Indicators.of(flag.severity()));
        StringBuilder d = new StringBuilder();
        d.append(Markdown.text(flag.message())).append("\n\n");
        if (!flag.evidence().isEmpty()) {
            d.append("**Evidence:** ");
            d.append(String.join(", ", flag.evidence().stream().map(Markdown::text).toList())).append("\n\n");
        }
        if (!flag.reasons().isEmpty()) {
            d.append("**Reasons:** ").append(String.join(", ", flag.reasons().stream()
                    .map(r -> Markdown.text(r.code())).toList())).append("\n\n");
        }
        d.append("**Rule:** ").append(Markdown.text(flag.ruleId())).append(" (").append(flag.severity().code())
                .append(")  \n**Source:** ").append(Markdown.text(flag.source()));
        card.put("detail", d.toString());
        if (flag.code() == FlagCode.NALOXONE_RECOMMENDED && naloxone != null) {
            card.put("selectionBehavior", "at-most-one");
            card.set("suggestions", M.createArrayNode().add(naloxoneSuggestion(patientRef)));
        }
        return card;
    }

    private ObjectNode naloxoneSuggestion(String patientRef) {
        ObjectNode s = M.createObjectNode();
        s.put("label", plain("Order naloxone: " + naloxone.display()));
        s.put("uuid", UUID.randomUUID().toString());
        s.put("isRecommended", true);
        ObjectNode action = s.putArray("actions").addObject();
        action.put("type", "create");
        action.put("description", plain("Add a draft order for " + naloxone.display() + " (" + naloxone.system()
                + " " + naloxone.code() + ")"));
        ObjectNode rx = action.putObject("resource");
        rx.put("resourceType", "MedicationRequest");
        rx.put("status", "draft");
        rx.put("intent", "proposal");
        ObjectNode coding = rx.putObject("medicationCodeableConcept").putArray("coding").addObject();
        coding.put("system", naloxone.system());
        coding.put("code", naloxone.code());
        coding.put("display", naloxone.display());
        rx.putObject("subject").put("reference", patientRef);
        rx.putArray("dosageInstruction").addObject().put("text",
                "For suspected opioid overdose: as the product's label directs; call the emergency number.");
        return s;
    }

    private static ObjectNode base(Assessment a, Links links, String hookInstance, String flagCode, String ruleId) {
        ObjectNode card = M.createObjectNode();
        card.put("uuid", UUID.randomUUID().toString());
        RulesetInfo r = a.ruleset();
        ObjectNode source = card.putObject("source");
        source.put("label", plain("Taperwise (" + r.id() + " " + r.version() + ")"));
        source.put("url", links.sourceUrl());
        ArrayNode l = card.putArray("links");
        link(l, "Full Taperwise assessment (JSON)", links.assessmentUrl());
        link(l, "Patient handout (printable)", links.handoutUrl());
        ObjectNode ext = card.putObject("extension").putObject("org.taperwise");
        if (flagCode != null) {
            ext.put("flag", flagCode);
            ext.put("ruleId", ruleId);
        }
        ext.put("rulesetId", r.id());
        ext.put("rulesetVersion", r.version());
        ext.put("rulesetSha256", r.sha256());
        ext.put("profile", a.profile());
        ext.put("hookInstance", hookInstance);
        return card;
    }

    private static void link(ArrayNode links, String label, String url) {
        ObjectNode l = links.addObject();
        l.put("label", label);
        l.put("url", url);
        l.put("type", "absolute");
    }

    private static String title(Flag flag, Assessment a) {
        String t = titleOf(flag.code().code());
        if (flag.code() == FlagCode.HIGH_DOSE || flag.code() == FlagCode.ELEVATED_DOSE) {
            t += ": " + (a.mme().complete() ? "" : "at least ") + SummaryText.mg(a.mme().totalDailyMg())
                    + " mg/day oral morphine equivalent";
        }
        return t;
    }

    /** A flag code as a title: "HIGH_DOSE" -> "High dose", with the titles below where words need more. */
    static String titleOf(String code) {
        return switch (code) {
            case "HIGH_DOSE" -> "High daily opioid dose";
            case "ELEVATED_DOSE" -> "Elevated daily opioid dose";
            case "Z_DRUG_COPRESCRIBED" -> "Z-drug co-prescribed with an opioid";
            case "BENZODIAZEPINE_COPRESCRIBED" -> "Benzodiazepine co-prescribed with an opioid";
            case "GABAPENTINOID_COPRESCRIBED" -> "Gabapentinoid co-prescribed with an opioid";
            case "NALOXONE_RECOMMENDED" -> "Naloxone recommended";
            case "SPECIALIST_INPUT_REQUIRED" -> "Specialist input required before any taper";
            default -> {
                String s = code.replace('_', ' ').toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
        };
    }

    /** Plain text for a summary or label: control and direction characters replaced, cut to 139 characters. */
    static String plain(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c >= 0x202a && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f || c == 0x061c || c == 0x2028
                || c == 0x2029 || c >= 0xd800 && c <= 0xdfff ? '?' : c));
        return Markdown.cut(b.toString(), SUMMARY_MAX);
    }

}

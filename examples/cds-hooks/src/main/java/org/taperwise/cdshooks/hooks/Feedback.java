package org.taperwise.cdshooks.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.taperwise.cdshooks.http.BadRequestException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * CDS Hooks 2.0 feedback ({@code POST /cds-services/{id}/feedback}): {@code {"feedback": [{card, outcome,
 * acceptedSuggestions?, overrideReason?, outcomeTimestamp}]}}. {@code card} is the card's uuid; {@code outcome}
 * {@code accepted} (with optional {@code acceptedSuggestions[].id}) or {@code overridden} (with optional
 * {@code overrideReason} {reason: Coding, userComment}); {@code outcomeTimestamp} an ISO-8601 date-time. Anything
 * else is a 400 naming the field ({@code feedback[2].outcome}).
 */
public record Feedback(String card, String outcome, List<String> acceptedSuggestions, String overrideReasonCode,
                       boolean hasUserComment, Instant outcomeTimestamp) {

    /** At most this many entries in one feedback call. */
    public static final int MAX_ENTRIES = 1000;

    /** Reads and checks every entry. */
    public static List<Feedback> read(ObjectNode body) {
        JsonNode list = body.get("feedback");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw BadRequestException.field("feedback", HookRequest.brief(list), "a non-empty array of feedback");
        }
        if (list.size() > MAX_ENTRIES) {
            throw BadRequestException.field("feedback", HookRequest.brief(list), "at most " + MAX_ENTRIES
                    + " entries");
        }
        List<Feedback> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(one(list.get(i), "feedback[" + i + "]"));
        }
        return out;
    }

    private static Feedback one(JsonNode f, String at) {
        if (!f.isObject()) {
            throw BadRequestException.field(at, HookRequest.brief(f), "an object");
        }
        String card = f.path("card").asText(null);
        if (card == null || !f.get("card").isTextual()) {
            throw BadRequestException.field(at + ".card", HookRequest.brief(f.get("card")), "the card's uuid");
        }
        try {
            UUID.fromString(card);
        } catch (IllegalArgumentException e) {
            throw BadRequestException.field(at + ".card", HookRequest.brief(f.get("card")), "the card's uuid");
        }
        String outcome = f.path("outcome").asText("");
        if (!outcome.equals("accepted") && !outcome.equals("overridden")) {
            throw BadRequestException.field(at + ".outcome", HookRequest.brief(f.get("outcome")),
                    "\"accepted\" or \"overridden\"");
        }
        List<String> accepted = new ArrayList<>();
        JsonNode suggestions = f.get("acceptedSuggestions");
        if (suggestions != null) {
            if (!outcome.equals("accepted") || !suggestions.isArray()) {
                throw BadRequestException.field(at + ".acceptedSuggestions", HookRequest.brief(suggestions),
                        "an array of {id}, only with outcome \"accepted\"");
            }
            for (int i = 0; i < suggestions.size(); i++) {
                JsonNode id = suggestions.get(i).get("id");
                if (id == null || !id.isTextual()) {
                    throw BadRequestException.field(at + ".acceptedSuggestions[" + i + "].id", HookRequest.brief(id),
                            "the suggestion's uuid");
                }
                accepted.add(id.asText());
            }
        }
        String reasonCode = null;
        boolean comment = false;
        JsonNode reason = f.get("overrideReason");
        if (reason != null) {
            if (!outcome.equals("overridden") || !reason.isObject()) {
                throw BadRequestException.field(at + ".overrideReason", HookRequest.brief(reason),
                        "an object {reason, userComment}, only with outcome \"overridden\"");
            }
            JsonNode coding = reason.get("reason");
            if (coding != null && !(coding.isObject() && coding.path("code").isTextual())) {
                throw BadRequestException.field(at + ".overrideReason.reason", HookRequest.brief(coding),
                        "a Coding {system, code, display}");
            }
            reasonCode = coding == null ? null : coding.path("system").asText("") + "|" + coding.path("code").asText();
            comment = reason.hasNonNull("userComment");
        }
        String ts = f.path("outcomeTimestamp").asText("");
        Instant when;
        try {
            when = OffsetDateTime.parse(ts).toInstant();
        } catch (DateTimeParseException e) {
            throw BadRequestException.field(at + ".outcomeTimestamp", HookRequest.brief(f.get("outcomeTimestamp")),
                    "an ISO-8601 date-time with offset (2026-12-07T10:15:00Z)");
        }
        return new Feedback(card, outcome, accepted, reasonCode, comment, when);
    }
}

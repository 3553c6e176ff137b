package org.taperwise.cdshooks.hooks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taperwise.InvalidInputException;
import org.taperwise.Problem;
import org.taperwise.TaperwiseEngine;
import org.taperwise.cdshooks.cards.CardFactory;
import org.taperwise.cdshooks.http.BadRequestException;
import org.taperwise.cdshooks.http.JsonResponses;
import org.taperwise.cdshooks.http.ResultStore;
import org.taperwise.model.Assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * One hook call: checks the envelope, completes the prefetch from {@code fhirServer}, maps the records to patient
 * facts, evaluates them and answers {@code {"cards": [...]}}. The evaluation date is the service's clock (CDS Hooks
 * requests carry no "today"), or the date the operator fixed ({@code --as-of}). Facts the engine refuses are a 400 listing every problem (path, value, expected).
 */
public final class HookHandler {
    private static final Logger LOG = LoggerFactory.getLogger(HookHandler.class);

    private final TaperwiseEngine engine;
    private final RecordMapper mapper;
    private final PrefetchFetcher fetcher;
    private final CardFactory cards;
    private final ResultStore<HookResult> results;
    private final Clock clock;
    private final String publicUrl;
    private final String sourceUrl;
    private final LocalDate fixedAsOf;

    public HookHandler(TaperwiseEngine engine, RecordMapper mapper, PrefetchFetcher fetcher, CardFactory cards,
                       ResultStore<HookResult> results, Clock clock, String publicUrl, String sourceUrl,
                       LocalDate fixedAsOf) {
        this.engine = engine;
        this.mapper = mapper;
        this.fetcher = fetcher;
        this.cards = cards;
        this.results = results;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.sourceUrl = sourceUrl;
        this.fixedAsOf = fixedAsOf;
    }

    /** Answers a hook call to this service. */
    public ObjectNode handle(CdsService service, ObjectNode body) {
        HookRequest request = HookRequest.read(service, body);
        LocalDate asOf = fixedAsOf != null ? fixedAsOf : LocalDate.now(clock);
        List<String> fetched = fetcher.complete(request, asOf);
        RecordMapper.Mapped mapped = mapper.map(request.body(), asOf);
        Assessment assessment;
        try {
            assessment = engine.evaluate(mapped.facts());
        } catch (InvalidInputException e) {
            throw new BadRequestException(400, "invalid_patient_facts", "the records mapped to patient facts the "
                    + "engine refuses: " + e.problems().size() + " problem(s)", e.problems().stream()
                    .map(HookHandler::view).toList());
        }
        String token = results.put(new HookResult(assessment, mapped.notes(), fetched));
        CardFactory.Links links = new CardFactory.Links(publicUrl + "/assessments/" + token,
                publicUrl + "/handouts/" + token, sourceUrl);
        String patientRef = request.patientId().startsWith("Patient/") ? request.patientId()
                : "Patient/" + request.patientId();
        ArrayNode list = cards.cards(assessment, !service.ordersHook(), patientRef, request.hookInstance(), links);
        LOG.info("{} {}: {} card(s), {} mapping note(s), {} prefetch key(s) fetched", service.id(),
                request.hookInstance(), list.size(), mapped.notes().size(), fetched.size());
        ObjectNode response = JsonResponses.MAPPER.createObjectNode();
        response.set("cards", list);
        return response;
    }

    private static JsonResponses.ProblemView view(Problem p) {
        return new JsonResponses.ProblemView(null, p.path(), p.value(), p.expected());
    }
}

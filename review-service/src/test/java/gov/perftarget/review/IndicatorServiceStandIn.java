package gov.perftarget.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Stands in for indicator-service's HTTP API in this module's tests, served by the test
 * application itself. The system tests run against the real indicator-service.
 */
// review-service calls indicator-service with its own service token, as a reviewer
@RolesAllowed("reviewer")
@Path("/test-stand-in/indicator-service/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorServiceStandIn {

    private static final Map<String, List<Map<String, Object>>> FROZEN = new ConcurrentHashMap<>();
    private static final Map<String, List<Map<String, Object>>> MEASURE_VALUES = new ConcurrentHashMap<>();
    private static final Map<UUID, List<Map<String, Object>>> WORKING = new ConcurrentHashMap<>();

    /** The status a batch read answers with other than 200 (0: none), and how long a batch read takes. */
    private static volatile int lookupFailure;
    private static volatile long lookupMillis;
    /** The revisions ({@code id/revision}) of each batch read answered, and the most answered at once. */
    private static final List<List<String>> LOOKUPS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger lookupsInFlight = new AtomicInteger();
    private static final AtomicInteger mostLookupsAtOnce = new AtomicInteger();

    /**
     * Makes batch reads fail with {@code status} (0: answer them again), each answer taking {@code millis};
     * the count of reads answered at once starts again from 0.
     */
    static void answerLookups(int status, long millis) {
        lookupFailure = status;
        lookupMillis = millis;
        mostLookupsAtOnce.set(0);
    }

    /** The answered batch reads that held any of the given declarations, each as the revisions it held of them. */
    static List<List<String>> lookupsOf(List<UUID> declarationIds) {
        List<String> prefixes = declarationIds.stream().map(id -> id + "/").toList();
        return LOOKUPS.stream()
                .map(lookup -> lookup.stream().filter(key -> prefixes.stream().anyMatch(key::startsWith)).toList())
                .filter(held -> !held.isEmpty()).toList();
    }

    static int mostLookupsAtOnce() {
        return mostLookupsAtOnce.get();
    }

    static void freeze(UUID declarationId, int revision, List<Map<String, Object>> indicators) {
        FROZEN.put(declarationId + "/" + revision, indicators);
    }

    /** A declaration's working copy of indicators, as a declarant edits it before submitting. */
    static void keepWorkingCopy(UUID declarationId, List<Map<String, Object>> indicators) {
        WORKING.put(declarationId, indicators);
    }

    /** The annual measures of a frozen revision with their progress and actual values, as indicator-service serves them once approved. */
    static void recordMeasureValues(UUID declarationId, int revision, List<Map<String, Object>> values) {
        MEASURE_VALUES.put(declarationId + "/" + revision, values);
    }

    @GET
    @Path("/declarations/{declarationId}/revisions/{revision}/measure-values")
    public List<Map<String, Object>> measureValues(@PathParam("declarationId") UUID declarationId,
            @PathParam("revision") int revision) {
        List<Map<String, Object>> values = MEASURE_VALUES.get(declarationId + "/" + revision);
        if (values == null) {
            throw new NotFoundException();
        }
        return values;
    }

    @GET
    @Path("/declarations/{declarationId}/indicators")
    @RolesAllowed({ "declarant", "reviewer", "admin" }) // called with the caller's own token
    public Map<String, Object> working(@PathParam("declarationId") UUID declarationId) {
        List<Map<String, Object>> indicators = WORKING.get(declarationId);
        if (indicators == null) {
            throw new NotFoundException();
        }
        return Map.of("declarationId", declarationId, "revision", 0, "version", 1, "indicators", indicators);
    }

    @GET
    @Path("/declarations/{declarationId}/revisions/{revision}/indicators")
    public Map<String, Object> frozen(@PathParam("declarationId") UUID declarationId,
            @PathParam("revision") int revision) {
        List<Map<String, Object>> indicators = FROZEN.get(declarationId + "/" + revision);
        if (indicators == null) {
            throw new NotFoundException();
        }
        return Map.of("declarationId", declarationId, "revision", revision, "indicators", indicators);
    }

    /** The batch read: the frozen sets of the revisions asked for, those not frozen left out. */
    @POST
    @Path("/revision-indicators/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> lookup(JsonNode request) throws InterruptedException {
        if (lookupFailure != 0) {
            throw new WebApplicationException(lookupFailure);
        }
        mostLookupsAtOnce.accumulateAndGet(lookupsInFlight.incrementAndGet(), Math::max);
        try {
            Thread.sleep(lookupMillis);
        } finally {
            lookupsInFlight.decrementAndGet();
        }
        List<String> asked = new ArrayList<>();
        List<Map<String, Object>> sets = new ArrayList<>();
        for (JsonNode revision : request.get("revisions")) {
            UUID declarationId = UUID.fromString(revision.get("declarationId").asText());
            int number = revision.get("revision").asInt();
            asked.add(declarationId + "/" + number);
            List<Map<String, Object>> indicators = FROZEN.get(declarationId + "/" + number);
            if (indicators != null) {
                sets.add(Map.of("declarationId", declarationId, "revision", number, "indicators", indicators));
            }
        }
        LOOKUPS.add(asked);
        return Map.of("indicatorSets", sets);
    }

    @GET
    @Path("/categories")
    public JsonNode categories() {
        return SeedRevision.catalogueJson();
    }
}

package gov.perftarget.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

    static void freeze(UUID declarationId, int revision, List<Map<String, Object>> indicators) {
        FROZEN.put(declarationId + "/" + revision, indicators);
    }

    /** The annual measures of a frozen revision with actual values, as indicator-service serves them once approved. */
    static void recordActualValues(UUID declarationId, int revision, List<Map<String, Object>> values) {
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
    @Path("/declarations/{declarationId}/revisions/{revision}/indicators")
    public Map<String, Object> frozen(@PathParam("declarationId") UUID declarationId,
            @PathParam("revision") int revision) {
        List<Map<String, Object>> indicators = FROZEN.get(declarationId + "/" + revision);
        if (indicators == null) {
            throw new NotFoundException();
        }
        return Map.of("declarationId", declarationId, "revision", revision, "indicators", indicators);
    }

    @GET
    @Path("/categories")
    public JsonNode categories() {
        return SeedRevision.catalogueJson();
    }
}

package gov.perftarget.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Stands in for indicator-service's HTTP API in this module's tests (the official form reads and writes a
 * declaration's indicators), served by the test application itself; the system tests use the real one. Like it,
 * it refuses a category the catalogue does not have, naming the field.
 */
@RolesAllowed({ "declarant", "reviewer", "admin" })
@Path("/test-stand-in/indicator-service/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorServiceStandIn {

    private static final Set<String> CATEGORIES = Set.of("产出指标", "效益指标", "满意度指标", "数量指标", "质量指标", "时效指标",
            "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标");
    private static final Map<UUID, List<Map<String, Object>>> WORKING = new ConcurrentHashMap<>();

    static List<Map<String, Object>> working(UUID declarationId) {
        return WORKING.get(declarationId);
    }

    /** A declaration's working copy, as if a declarant had written it. */
    static void keep(UUID declarationId, List<Map<String, Object>> indicators) {
        WORKING.put(declarationId, indicators);
    }

    /** The catalogue of domain.md §2, by name (the stand-in's codes are the names). */
    @GET
    @Path("/categories")
    public List<Map<String, Object>> categories() {
        return List.of(category("产出指标", "数量指标", "质量指标", "时效指标", "成本指标"),
                category("效益指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
                category("满意度指标", "服务对象满意度指标"));
    }

    private static Map<String, Object> category(String level1, String... level2) {
        return Map.of("code", level1, "name", level1, "children",
                java.util.Arrays.stream(level2).map(name -> Map.of("code", name, "name", name, "children", List.of())).toList());
    }

    /** A revision's indicators: the stand-in freezes nothing and serves the working copy. */
    @GET
    @Path("/declarations/{declarationId}/revisions/{revision}/indicators")
    public Map<String, Object> frozen(@PathParam("declarationId") UUID declarationId, @PathParam("revision") int revision) {
        return workingCopy(declarationId, null);
    }

    /**
     * The working copy, or the version named; like indicator-service, version 0 (nothing written yet) until the
     * first write, version 1 after it, and no other.
     */
    @GET
    @Path("/declarations/{declarationId}/indicators")
    public Map<String, Object> workingCopy(@PathParam("declarationId") UUID declarationId,
            @QueryParam("version") Integer version) {
        List<Map<String, Object>> indicators = WORKING.get(declarationId);
        int current = indicators == null ? 0 : 1;
        if (version != null && version != current) {
            throw new NotFoundException();
        }
        if (indicators == null) {
            if (version == null) {
                throw new NotFoundException();
            }
            return Map.of("declarationId", declarationId, "revision", 0, "version", 0, "indicators", List.of());
        }
        return Map.of("declarationId", declarationId, "revision", 0, "version", 1, "indicators", indicators);
    }

    @PUT
    @Path("/declarations/{declarationId}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("declarationId") UUID declarationId, JsonNode request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        List<Map<String, Object>> indicators = new ArrayList<>();
        int i = 0;
        for (JsonNode indicator : request.path("indicators")) {
            for (String field : List.of("level1Category", "level2Category")) {
                if (!CATEGORIES.contains(indicator.path(field).asText())) {
                    errors.add(Map.of("field", "indicators[" + i + "]." + field, "message", "不是指标类别"));
                }
            }
            indicators.add(Map.of("position", i + 1, "level1Category", indicator.path("level1Category").asText(),
                    "level1CategoryName", indicator.path("level1Category").asText(),
                    "level2Category", indicator.path("level2Category").asText(),
                    "level2CategoryName", indicator.path("level2Category").asText(),
                    "name", indicator.path("name").asText(), "periodTarget", indicator.path("periodTarget").asText(),
                    "annualTarget", indicator.path("annualTarget").asText()));
            i++;
        }
        if (!errors.isEmpty()) {
            return Response.status(422).type("application/problem+json")
                    .entity(Map.of("type", "urn:perftarget:problem:invalid-indicators", "status", 422, "errors", errors))
                    .build();
        }
        WORKING.put(declarationId, indicators);
        return Response.ok(Map.of("declarationId", declarationId, "revision", 0, "version", 1, "indicators", indicators))
                .build();
    }
}

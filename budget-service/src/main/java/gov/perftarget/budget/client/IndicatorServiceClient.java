package gov.perftarget.budget.client;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * indicator-service's API, the part the official form needs: a declaration's indicators (working copy or frozen
 * with a revision) to print, and the working copy to replace on import. Called with the caller's own token, so
 * that indicator-service decides what the caller may read and write.
 */
@RegisterRestClient(configKey = "indicator-service")
@Path("/api/v1")
public interface IndicatorServiceClient {

    @GET
    @Path("/declarations/{declarationId}/indicators")
    IndicatorSet workingIndicators(@HeaderParam("Authorization") String authorization,
            @PathParam("declarationId") UUID declarationId);

    /** Version {@code version} of the working copy, as a submission naming it would freeze it (404: not kept). */
    @GET
    @Path("/declarations/{declarationId}/indicators")
    IndicatorSet indicatorSetVersion(@HeaderParam("Authorization") String authorization,
            @PathParam("declarationId") UUID declarationId, @QueryParam("version") int version);

    @GET
    @Path("/declarations/{declarationId}/revisions/{revision}/indicators")
    IndicatorSet frozenIndicators(@HeaderParam("Authorization") String authorization,
            @PathParam("declarationId") UUID declarationId, @PathParam("revision") int revision);

    @PUT
    @Path("/declarations/{declarationId}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    IndicatorSet replaceIndicators(@HeaderParam("Authorization") String authorization,
            @PathParam("declarationId") UUID declarationId, IndicatorSetRequest indicators);

    /** The catalogue: 一级 categories with their 二级 categories, by code and name. */
    @GET
    @Path("/categories")
    List<Category> categories(@HeaderParam("Authorization") String authorization);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IndicatorSet(UUID declarationId, int revision, Integer version, List<Indicator> indicators) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Indicator(int position, String level1Category, String level1CategoryName, String level2Category,
            String level2CategoryName, String name, String periodTarget, String annualTarget) {
    }

    /** A working copy to write: categories by name or code, as the form writes them. */
    record IndicatorSetRequest(List<IndicatorRequest> indicators) {
    }

    record IndicatorRequest(String level1Category, String level2Category, String name, String periodTarget,
            String annualTarget) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Category(String code, String name, List<Category> children) {
    }
}

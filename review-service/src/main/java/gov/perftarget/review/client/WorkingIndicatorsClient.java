package gov.perftarget.review.client;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * indicator-service's API, the part the pre-check reads: a declaration's working copy of indicators, called with
 * the caller's own token (indicator-service shows a draft to its own department only).
 */
@RegisterRestClient(configKey = "indicator-service")
@Path("/api/v1")
public interface WorkingIndicatorsClient {

    @GET
    @Path("/declarations/{declarationId}/indicators")
    IndicatorServiceClient.IndicatorSet workingIndicators(@HeaderParam("Authorization") String authorization,
            @PathParam("declarationId") UUID declarationId);
}

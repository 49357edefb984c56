package gov.perftarget.review.client;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import gov.perftarget.review.domain.SubmittedRevision;

/**
 * budget-service's API, the part the pre-check reads: a declaration as it stands, called with the caller's own
 * token, so that budget-service decides whether the caller may see it.
 */
@RegisterRestClient(configKey = "budget-service")
@Path("/api/v1")
public interface BudgetServiceClient {

    /** The declaration as it stands (a draft included); 404 if it does not exist or is not the caller's to see. */
    @GET
    @Path("/declarations/{declarationId}")
    SubmittedRevision declaration(@HeaderParam("Authorization") String authorization,
            @PathParam("declarationId") UUID declarationId);
}

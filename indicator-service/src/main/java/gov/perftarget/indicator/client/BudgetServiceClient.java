package gov.perftarget.indicator.client;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * budget-service's API, the part that says who owns a declaration. It is called with the caller's own
 * token, so that budget-service, which issues declarations, decides whether this caller may see it.
 */
@RegisterRestClient(configKey = "budget-service")
@Path("/api/v1")
public interface BudgetServiceClient {

    /** The declaration as budget-service shows it to the caller; 404 when it does not exist for the caller. */
    @GET
    @Path("/declarations/{id}")
    DeclarationOwner declaration(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** What indicator-service needs of a declaration (申报表): its department and whether it was ever submitted. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DeclarationOwner(UUID id, String departmentCode, int currentRevision) {
    }
}

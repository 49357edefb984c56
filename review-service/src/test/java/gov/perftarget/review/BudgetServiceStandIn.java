package gov.perftarget.review;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import gov.perftarget.security.Caller;

/**
 * Stands in for budget-service's HTTP API in this module's tests (the pre-check reads a declaration as it
 * stands, with the caller's token), served by the test application itself; like budget-service it shows a
 * declarant its own department's declarations only.
 */
@RolesAllowed({ "declarant", "reviewer", "admin" })
@Path("/test-stand-in/budget-service/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetServiceStandIn {

    private final Caller caller;

    public BudgetServiceStandIn(Caller caller) {
        this.caller = caller;
    }

    private static final Map<UUID, JsonNode> DECLARATIONS = new ConcurrentHashMap<>();
    private static volatile int failure;

    static void store(UUID declarationId, JsonNode declaration) {
        DECLARATIONS.put(declarationId, declaration);
    }

    /** Makes every read fail with {@code status} (0: answer again). */
    static void fail(int status) {
        failure = status;
    }

    @GET
    @Path("/declarations/{declarationId}")
    public JsonNode declaration(@PathParam("declarationId") UUID declarationId) {
        if (failure != 0) {
            throw new WebApplicationException(failure);
        }
        JsonNode declaration = DECLARATIONS.get(declarationId);
        // like budget-service: a declarant sees its own department's declarations only
        if (declaration == null || !caller.mayAccess(declaration.path("departmentCode").asText())) {
            throw new NotFoundException();
        }
        return declaration;
    }
}

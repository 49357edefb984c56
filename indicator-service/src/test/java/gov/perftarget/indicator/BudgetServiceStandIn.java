package gov.perftarget.indicator;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import gov.perftarget.security.Caller;

/**
 * Stands in for budget-service's {@code GET /api/v1/declarations/{id}} in this module's tests, served by
 * the test application itself, with budget-service's visibility rules: a declarant sees its own
 * department's declarations, a reviewer those submitted at least once, an admin all. The system tests
 * run against the real budget-service.
 */
@RolesAllowed({ "declarant", "reviewer", "admin" })
@Path("/test-stand-in/budget-service/api/v1/declarations")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetServiceStandIn {

    /** The department the module tests' declarations belong to (the seed form's, as in the event examples). */
    static final String DEPARTMENT = "GZSTB";

    private record Issued(String departmentCode, int currentRevision) {
    }

    private static final Map<UUID, Issued> ISSUED = new ConcurrentHashMap<>();
    /** The status every answer has other than 200 (0: none). */
    private static volatile int failure;

    /** A new draft declaration of the tests' department, as budget-service would have issued it. */
    static UUID draft() {
        return draftOf(DEPARTMENT);
    }

    static UUID draftOf(String departmentCode) {
        UUID id = UUID.randomUUID();
        ISSUED.put(id, new Issued(departmentCode, 0));
        return id;
    }

    /** A declaration submitted once (revision 1), as budget-service would show it. */
    static UUID submittedOf(String departmentCode) {
        UUID id = UUID.randomUUID();
        ISSUED.put(id, new Issued(departmentCode, 1));
        return id;
    }

    /** Makes every answer {@code status} (0: answer again). */
    static void answer(int status) {
        failure = status;
    }

    private final Caller caller;

    public BudgetServiceStandIn(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    public Response declaration(@PathParam("id") UUID id) {
        if (failure != 0) {
            return Response.status(failure).build();
        }
        Issued issued = ISSUED.get(id);
        if (issued == null || !caller.mayAccess(issued.departmentCode())
                || caller.seesOnlySubmitted() && issued.currentRevision() == 0) {
            return Response.status(404).build();
        }
        return Response.ok(Map.of("id", id, "departmentCode", issued.departmentCode(), "currentRevision",
                issued.currentRevision(), "status", issued.currentRevision() == 0 ? "DRAFT" : "SUBMITTED")).build();
    }
}

package gov.perftarget.review.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.api.ApiDocumentFilter;
import gov.perftarget.api.ProblemResponses;
import gov.perftarget.review.domain.PreReviewResult;
import gov.perftarget.review.service.PreCheckService;
import gov.perftarget.security.Roles;

@Path("/api/v1/declarations/{declarationId}/pre-check")
@Tag(name = "Reviews", description = "绩效目标审核 reviews and their automatic pre-review")
@Produces(MediaType.APPLICATION_JSON)
public class PreCheckResource {

    private final PreCheckService preChecks;

    public PreCheckResource(PreCheckService preChecks) {
        this.preChecks = preChecks;
    }

    @GET
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "preCheckDeclaration",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "budget-service-unavailable indicator-service-unavailable"),
            summary = "Pre-check a declaration as it stands (预检)",
            description = "Runs the whole automatic pre-review on the declaration and its working indicators as they"
                    + " stand, before submitting: every finding at once, also when the budget figures do not add up"
                    + " (which a submission refuses). Nothing is stored or sent. The draft is read from budget-service"
                    + " and indicator-service with the caller's token: 404 unless the caller may see it there.")
    @ProblemResponses.NotFound
    @APIResponseSchema(value = PreReviewResult.class, responseCode = "200",
            responseDescription = "the pre-review of the declaration as it stands")
    public PreReviewResult preCheck(@PathParam("declarationId") UUID declarationId) {
        return preChecks.preCheck(declarationId);
    }
}

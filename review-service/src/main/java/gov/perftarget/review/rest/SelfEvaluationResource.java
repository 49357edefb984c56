package gov.perftarget.review.rest;

import gov.perftarget.review.representation.ScoringRuleSetRequest;
import gov.perftarget.review.representation.ScoringRuleSetResponse;
import gov.perftarget.review.representation.SelfEvaluationRequest;
import gov.perftarget.review.representation.SelfEvaluationResponse;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.api.ApiDocumentFilter;
import gov.perftarget.api.FiscalYear;
import gov.perftarget.api.ProblemResponses;
import gov.perftarget.security.Roles;
import gov.perftarget.review.service.ScoringRuleSetService;
import gov.perftarget.review.service.SelfEvaluationService;

@Path("/api/v1")
@Tag(name = "Self-evaluations", description = "绩效自评 year-end self-evaluation scores and their scoring rule sets")
@Produces(MediaType.APPLICATION_JSON)
public class SelfEvaluationResource {

    private final SelfEvaluationService evaluations;
    private final ScoringRuleSetService ruleSets;

    public SelfEvaluationResource(SelfEvaluationService evaluations, ScoringRuleSetService ruleSets) {
        this.evaluations = evaluations;
        this.ruleSets = ruleSets;
    }

    @POST
    @Path("/declarations/{declarationId}/revisions/{revision}/self-evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECLARANT)
    @Operation(operationId = "createSelfEvaluation",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "indicator-service-unavailable revision-not-approved scoring-rule-set-version-taken self-evaluation-incomplete"),
            summary = "Score an approved revision (绩效自评) from the actual"
            + " values in indicator-service, the budget executed and the evaluator's scores; every number traced")
    @APIResponse(responseCode = "201", description = "scored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfEvaluationResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @APIResponse(responseCode = "503", description = "indicator-service cannot be read now",
            content = @Content(mediaType = "application/problem+json"))
    public Response evaluate(@PathParam("declarationId") UUID declarationId, @PathParam("revision") int revision,
            @NotNull(message = "{validation.request-body-is-required}") @Valid SelfEvaluationRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(SelfEvaluationResponse.of(evaluations.evaluate(declarationId, revision, request))).build();
    }

    @GET
    @Path("/declarations/{declarationId}/revisions/{revision}/self-evaluations")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "listSelfEvaluations", summary = "The self-evaluations of a revision, newest first (自评记录)")
    @ProblemResponses.NotFound
    @APIResponse(responseCode = "200", description = "the self-evaluations, newest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfEvaluationResponse.class, type = SchemaType.ARRAY)))
    public List<SelfEvaluationResponse> list(@PathParam("declarationId") UUID declarationId,
            @PathParam("revision") int revision) {
        return evaluations.ofRevision(declarationId, revision).stream().map(SelfEvaluationResponse::of).toList();
    }

    @GET
    @Path("/self-evaluations/{id}")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getSelfEvaluation", summary = "Read a self-evaluation (查看绩效自评)")
    @ProblemResponses.NotFound
    @APIResponseSchema(value = SelfEvaluationResponse.class, responseCode = "200", responseDescription = "the self-evaluation")
    public SelfEvaluationResponse get(@PathParam("id") UUID id) {
        return SelfEvaluationResponse.of(evaluations.get(id));
    }

    @GET
    @Path("/scoring-rule-sets/{fiscalYear}")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getScoringRuleSet", summary = "The fiscal year's current scoring rules (评分规则);"
            + " the defaults of docs/domain.md §5 as version 0 until a version is stored")
    @APIResponseSchema(value = ScoringRuleSetResponse.class, responseCode = "200", responseDescription = "the current rules (the defaults when none is stored)")
    @ProblemResponses.BadRequest
    public ScoringRuleSetResponse current(@PathParam("fiscalYear") @FiscalYear int fiscalYear) {
        return ScoringRuleSetResponse.of(ruleSets.current(fiscalYear));
    }

    @GET
    @Path("/scoring-rule-sets/{fiscalYear}/versions/{version}")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getScoringRuleSetVersion", summary = "One stored version of the year's scoring rules")
    @ProblemResponses.NotFound
    @APIResponseSchema(value = ScoringRuleSetResponse.class, responseCode = "200", responseDescription = "the stored version")
    public ScoringRuleSetResponse version(@PathParam("fiscalYear") @FiscalYear int fiscalYear, @PathParam("version") int version) {
        return ScoringRuleSetResponse.of(ruleSets.version(fiscalYear, version));
    }

    @PUT
    @Path("/scoring-rule-sets/{fiscalYear}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceScoringRuleSet",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "scoring-rule-set-version-taken scoring-rules-invalid"),
            summary = "Store a new version of the year's scoring rules"
            + " (admins); earlier versions stay, so earlier scores can be reproduced")
    @APIResponse(responseCode = "201", description = "the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringRuleSetResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public Response replace(@PathParam("fiscalYear") @FiscalYear int fiscalYear,
            @NotNull(message = "{validation.request-body-is-required}") @Valid ScoringRuleSetRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(ScoringRuleSetResponse.of(ruleSets.add(fiscalYear, request.rules(), request.note()))).build();
    }
}

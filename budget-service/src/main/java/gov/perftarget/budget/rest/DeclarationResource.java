package gov.perftarget.budget.rest;

import gov.perftarget.budget.representation.DeclarationRequest;
import gov.perftarget.budget.representation.DeclarationResponse;
import gov.perftarget.budget.representation.RevisionDiffResponse;
import gov.perftarget.budget.representation.RevisionResponse;
import gov.perftarget.budget.representation.SubmissionRequest;
import gov.perftarget.budget.representation.SubmissionResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Metrics;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.api.ApiDocumentFilter;
import gov.perftarget.api.FiscalYear;
import gov.perftarget.api.Page;
import gov.perftarget.api.PageRequest;
import gov.perftarget.api.ProblemResponses;
import gov.perftarget.security.Roles;
import gov.perftarget.api.Versions;
import gov.perftarget.budget.domain.Declaration;
import gov.perftarget.budget.domain.DeclarationStatus;
import gov.perftarget.budget.service.DeclarationService;
import gov.perftarget.budget.service.SubmittedIndicatorSet;
import gov.perftarget.budget.service.IdempotencyService;
import gov.perftarget.rules.BudgetCheck;

@Path("/api/v1/declarations")
@Tag(name = "Declarations", description = "部门整体预算绩效目标申报表 declarations, their submission and revisions")
@Produces(MediaType.APPLICATION_JSON)
public class DeclarationResource {

    private final DeclarationService declarations;
    private final IdempotencyService idempotency;
    private final SubmittedIndicatorSet submittedIndicatorSet;

    public DeclarationResource(DeclarationService declarations, IdempotencyService idempotency,
            SubmittedIndicatorSet submittedIndicatorSet) {
        this.declarations = declarations;
        this.idempotency = idempotency;
        this.submittedIndicatorSet = submittedIndicatorSet;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECLARANT)
    @Operation(operationId = "createDeclaration",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "declaration-exists idempotency-key-reused unknown-department"),
            summary = "Create a declaration as a draft; Idempotency-Key makes retries safe (新建申报表)")
    @APIResponse(responseCode = "201", description = "created as DRAFT; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public Response create(@HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @NotNull(message = "{validation.request-body-is-required}") @Valid DeclarationRequest request) {
        return idempotency.once(idempotencyKey, "POST /api/v1/declarations", request, () -> {
            Declaration declaration = declarations.create(request);
            return Response.created(URI.create("/api/v1/declarations/" + declaration.id))
                    .tag(Versions.tag(declaration.version)).entity(DeclarationResponse.of(declaration)).build();
        });
    }

    /** A page of declarations, for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "DeclarationPage", description = "one page of declarations")
    public record DeclarationPage(List<DeclarationResponse> items, int page, int size,
            @Schema(description = Page.TOTAL) long total) {
    }

    @GET
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "listDeclarations",
            summary = "List declarations by department, fiscal year and status, or find them by department name or code (申报表列表)",
            description = "Sorts by fiscalYear, departmentCode, status, createdAt, updatedAt (default -fiscalYear,departmentCode).")
    @APIResponse(responseCode = "200", description = "one page of declarations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationPage.class)))
    @ProblemResponses.BadRequest
    public Page<DeclarationResponse> list(
            @QueryParam("departmentId") UUID departmentId,
            @QueryParam("fiscalYear") @FiscalYear Integer fiscalYear,
            @QueryParam("status") DeclarationStatus status,
            @Parameter(description = "部门名称或编码中的文字 (text in the department's name or code), case-insensitive",
                    example = "科学技术") @QueryParam("q")
            @Size(max = 100, message = "{validation.q-must-be-at-most-characters}") String q,
            @Valid @BeanParam PageRequest paging) {
        Page<Declaration> found = declarations.list(departmentId, fiscalYear, status, q, paging);
        return found.map(DeclarationResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getDeclaration", summary = "Read a declaration as it stands (查看申报表)")
    @APIResponse(responseCode = "200", description = "the declaration; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationResponse.class)))
    @ProblemResponses.NotFound
    public Response get(@PathParam("id") UUID id) {
        Declaration declaration = declarations.get(id);
        return Response.ok(DeclarationResponse.of(declaration)).tag(Versions.tag(declaration.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECLARANT)
    @Operation(operationId = "updateDeclaration",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "declaration-identity-fixed declaration-not-editable precondition-required stale-version"),
            summary = "Change a DRAFT or RETURNED declaration; If-Match must carry the version read (修改申报表)")
    @APIResponse(responseCode = "200", description = "changed; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.StaleVersion
    @ProblemResponses.Unprocessable
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = "{validation.request-body-is-required}") @Valid DeclarationRequest request) {
        Declaration declaration = declarations.update(id, Versions.required(ifMatch), request);
        return Response.ok(DeclarationResponse.of(declaration)).tag(Versions.tag(declaration.version)).build();
    }

    @POST
    @Path("/{id}/validate")
    @RolesAllowed(Roles.DECLARANT)
    @Operation(operationId = "validateDeclaration",
            summary = "Check the budget identities without submitting (校验勾稽关系，不提交)")
    @APIResponse(responseCode = "200", description = "the sums, the identities and their findings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetCheck.class)))
    @ProblemResponses.NotFound
    public BudgetCheck validate(@PathParam("id") UUID id) {
        return declarations.validate(id);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECLARANT)
    @Operation(operationId = "submitDeclaration",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "budget-identities-failed declaration-not-editable indicator-set-unknown precondition-required stale-version"),
            summary = "Submit the declaration: freeze the next revision and "
            + "start its review with exactly the indicator set it names; If-Match, if sent, must name the current version (提交申报表)")
    @APIResponse(responseCode = "201", description = "submitted; Location is the frozen revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.StaleVersion
    @ProblemResponses.Unprocessable
    public Response submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = "{validation.request-body-is-required}") @Valid SubmissionRequest request) {
        Long expectedVersion = ifMatch == null || ifMatch.isBlank() ? null : Versions.required(ifMatch);
        declarations.requireVisible(id); // 404 before asking indicator-service about a declaration the caller cannot see
        submittedIndicatorSet.requireKept(id, request.indicatorSetVersion());
        DeclarationService.Submission submission = declarations.submit(id, expectedVersion, request.indicatorSetVersion());
        Metrics.counter("perftarget.submissions").increment(); // committed: counted for the dashboard's rate
        int number = submission.revision().number;
        return Response.created(URI.create("/api/v1/declarations/" + id + "/revisions/" + number))
                .entity(new SubmissionResponse(id, number, submission.declaration().status,
                        submission.revision().submittedAt, submission.warnings()))
                .build();
    }

    @GET
    @Path("/{id}/revisions/{number}")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getDeclarationRevision", summary = "Read a submitted revision, frozen (查看修订版本)")
    @APIResponse(responseCode = "200", description = "the revision as submitted", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionResponse.class)))
    @ProblemResponses.NotFound
    public RevisionResponse revision(@PathParam("id") UUID id, @PathParam("number") int number) {
        return RevisionResponse.of(declarations.revision(id, number));
    }

    @GET
    @Path("/{id}/diff")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "diffDeclarationRevisions",
            summary = "What changed between two submitted revisions, field by field (修订版本差异)")
    @APIResponse(responseCode = "200", description = "the changed fields", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionDiffResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public RevisionDiffResponse diff(@PathParam("id") UUID id,
            @QueryParam("from") @NotNull(message = "{validation.from-is-required}") Integer from,
            @QueryParam("to") @NotNull(message = "{validation.to-is-required}") Integer to) {
        return new RevisionDiffResponse(id, from, to, declarations.changes(id, from, to));
    }
}

package gov.perftarget.budget.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.api.Page;
import gov.perftarget.budget.domain.Declaration;
import gov.perftarget.budget.service.DeclarationService;
import gov.perftarget.rules.BudgetCheck;

@Path("/api/v1/declarations")
@Tag(name = "Declarations", description = "部门整体预算绩效目标申报表 declarations, their submission and revisions")
@Produces(MediaType.APPLICATION_JSON)
public class DeclarationResource {

    private final DeclarationService declarations;

    public DeclarationResource(DeclarationService declarations) {
        this.declarations = declarations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDeclaration", summary = "Create a declaration as a draft (新建申报表)")
    public Response create(@NotNull(message = "请求体不能为空|request body is required") @Valid DeclarationRequest request) {
        Declaration declaration = declarations.create(request);
        return Response.created(URI.create("/api/v1/declarations/" + declaration.id))
                .entity(DeclarationResponse.of(declaration)).build();
    }

    @GET
    @Operation(operationId = "listDeclarations", summary = "List declarations by department and fiscal year (申报表列表)")
    public Page<DeclarationResponse> list(
            @QueryParam("departmentId") UUID departmentId,
            @QueryParam("fiscalYear") Integer fiscalYear,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能为负|page must not be negative") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页条数至少为 1|size must be at least 1")
            @Max(value = 100, message = "每页条数不能超过 100|size must be at most 100") int size) {
        Page<Declaration> found = declarations.list(departmentId, fiscalYear, page, size);
        return new Page<>(found.items().stream().map(DeclarationResponse::of).toList(), found.page(), found.size(),
                found.total());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDeclaration", summary = "Read a declaration as it stands (查看申报表)")
    public DeclarationResponse get(@PathParam("id") UUID id) {
        return DeclarationResponse.of(declarations.get(id));
    }

    @POST
    @Path("/{id}/validate")
    @Operation(operationId = "validateDeclaration",
            summary = "Check the budget identities without submitting (校验勾稽关系，不提交)")
    public BudgetCheck validate(@PathParam("id") UUID id) {
        return declarations.validate(id);
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitDeclaration",
            summary = "Submit the declaration: freeze the next revision and start its review (提交申报表)")
    public Response submit(@PathParam("id") UUID id) {
        DeclarationService.Submission submission = declarations.submit(id);
        int number = submission.revision().number;
        return Response.created(URI.create("/api/v1/declarations/" + id + "/revisions/" + number))
                .entity(new SubmissionResponse(id, number, submission.declaration().status,
                        submission.revision().submittedAt, submission.warnings()))
                .build();
    }

    @GET
    @Path("/{id}/revisions/{number}")
    @Operation(operationId = "getDeclarationRevision", summary = "Read a submitted revision, frozen (查看修订版本)")
    public RevisionResponse revision(@PathParam("id") UUID id, @PathParam("number") int number) {
        return RevisionResponse.of(declarations.revision(id, number));
    }
}

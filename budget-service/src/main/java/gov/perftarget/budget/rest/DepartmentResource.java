package gov.perftarget.budget.rest;

import gov.perftarget.budget.representation.DepartmentRequest;
import gov.perftarget.budget.representation.DepartmentResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.api.ApiDocumentFilter;
import gov.perftarget.api.Page;
import gov.perftarget.api.PageRequest;
import gov.perftarget.api.ProblemResponses;
import gov.perftarget.security.Roles;
import gov.perftarget.api.Versions;
import gov.perftarget.budget.domain.Department;
import gov.perftarget.budget.service.DepartmentService;
import gov.perftarget.budget.service.IdempotencyService;

@Path("/api/v1/departments")
@Tag(name = "Departments", description = "部门 budget departments")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    private final DepartmentService departments;
    private final IdempotencyService idempotency;

    public DepartmentResource(DepartmentService departments, IdempotencyService idempotency) {
        this.departments = departments;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createDepartment",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "department-code-taken department-cycle idempotency-key-reused unknown-department"),
            summary = "Create a department (新建部门)")
    @APIResponse(responseCode = "201", description = "created; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public Response create(@HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @NotNull(message = "{validation.request-body-is-required}") @Valid DepartmentRequest request) {
        return idempotency.once(idempotencyKey, "POST /api/v1/departments", request, () -> {
            Department department = departments.create(request);
            return Response.created(URI.create("/api/v1/departments/" + department.id))
                    .tag(Versions.tag(department.version)).entity(DepartmentResponse.of(department)).build();
        });
    }

    /** A page of departments, for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "DepartmentPage", description = "一页部门 (one page of departments)")
    public record DepartmentPage(List<DepartmentResponse> items, int page, int size,
            @Schema(description = Page.TOTAL) long total) {
    }

    @GET
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "listDepartments", summary = "List departments, or find one by code (部门列表)",
            description = "Sorts by code, name (default code).")
    @APIResponse(responseCode = "200", description = "one page of departments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentPage.class)))
    @ProblemResponses.BadRequest
    public Page<DepartmentResponse> list(
            @QueryParam("code") @Parameter(description = "部门编码 (department code), exact", example = "GZSTB") String code,
            @QueryParam("parentId") @Parameter(description = "上级部门 (parent department) id") UUID parentId,
            @Valid @BeanParam PageRequest paging) {
        return departments.list(code, parentId, paging).map(DepartmentResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getDepartment", summary = "Read a department (查看部门)")
    @APIResponse(responseCode = "200", description = "the department; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentResponse.class)))
    @ProblemResponses.NotFound
    public Response get(@PathParam("id") UUID id) {
        Department department = departments.get(id);
        return Response.ok(DepartmentResponse.of(department)).tag(Versions.tag(department.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateDepartment",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "department-code-taken department-cycle precondition-required stale-version unknown-department"),
            summary = "Change a department; If-Match must carry the version read (修改部门)")
    @APIResponse(responseCode = "200", description = "changed; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.StaleVersion
    @ProblemResponses.Unprocessable
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = "{validation.request-body-is-required}") @Valid DepartmentRequest request) {
        Department department = departments.update(id, Versions.required(ifMatch), request);
        return Response.ok(DepartmentResponse.of(department)).tag(Versions.tag(department.version)).build();
    }
}

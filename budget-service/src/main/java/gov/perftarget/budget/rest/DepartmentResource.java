package gov.perftarget.budget.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import gov.perftarget.budget.domain.Department;
import gov.perftarget.budget.service.DepartmentService;

@Path("/api/v1/departments")
@Tag(name = "Departments", description = "部门 budget departments")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    private final DepartmentService departments;

    public DepartmentResource(DepartmentService departments) {
        this.departments = departments;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDepartment", summary = "Create a department (新建部门)")
    public Response create(@NotNull(message = "请求体不能为空|request body is required") @Valid DepartmentRequest request) {
        Department department = departments.create(request);
        return Response.created(URI.create("/api/v1/departments/" + department.id))
                .entity(DepartmentResponse.of(department)).build();
    }

    @GET
    @Operation(operationId = "listDepartments", summary = "List departments, or find one by code (部门列表)")
    public List<DepartmentResponse> list(@QueryParam("code") String code) {
        return departments.list(code).stream().map(DepartmentResponse::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDepartment", summary = "Read a department (查看部门)")
    public DepartmentResponse get(@PathParam("id") UUID id) {
        return DepartmentResponse.of(departments.get(id));
    }
}

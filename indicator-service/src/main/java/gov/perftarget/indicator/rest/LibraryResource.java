package gov.perftarget.indicator.rest;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.api.Page;
import gov.perftarget.indicator.domain.LibraryIndicator;
import gov.perftarget.indicator.domain.LibraryScope;
import gov.perftarget.indicator.service.LibraryService;

@Path("/api/v1/library-indicators")
@Tag(name = "Indicator library", description = "指标库 standard indicators (共性指标 / 个性指标)")
@Produces(MediaType.APPLICATION_JSON)
public class LibraryResource {

    private final LibraryService library;

    public LibraryResource(LibraryService library) {
        this.library = library;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createLibraryIndicator", summary = "Add an indicator to the library (新增指标库指标)")
    public Response create(@NotNull(message = "请求体不能为空|request body is required") @Valid LibraryIndicatorRequest request) {
        LibraryIndicator indicator = library.create(request);
        return Response.created(URI.create("/api/v1/library-indicators/" + indicator.id))
                .entity(LibraryIndicatorResponse.of(indicator)).build();
    }

    @GET
    @Operation(operationId = "searchLibraryIndicators",
            summary = "Search the library by text, category, scope, field of work (检索指标库)")
    public Page<LibraryIndicatorResponse> search(
            @QueryParam("q") String text,
            @QueryParam("level1Category") String level1Category,
            @QueryParam("level2Category") String level2Category,
            @QueryParam("scope") LibraryScope scope,
            @QueryParam("fieldOfWork") String fieldOfWork,
            @QueryParam("enabled") Boolean enabled,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能为负|page must not be negative") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页条数至少为 1|size must be at least 1")
            @Max(value = 100, message = "每页条数不能超过 100|size must be at most 100") int size) {
        Page<LibraryIndicator> found = library.search(new LibraryService.LibrarySearch(text, level1Category,
                level2Category, scope, fieldOfWork, enabled), page, size);
        return found.map(LibraryIndicatorResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLibraryIndicator", summary = "Read a library indicator (查看指标库指标)")
    public LibraryIndicatorResponse get(@PathParam("id") UUID id) {
        return LibraryIndicatorResponse.of(library.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceLibraryIndicator",
            summary = "Change a library indicator, or disable it with enabled=false (修改或停用指标库指标)")
    public LibraryIndicatorResponse replace(@PathParam("id") UUID id,
            @NotNull(message = "请求体不能为空|request body is required") @Valid LibraryIndicatorRequest request) {
        return LibraryIndicatorResponse.of(library.replace(id, request));
    }
}
